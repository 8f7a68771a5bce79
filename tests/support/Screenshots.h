// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Test helper: with LACHEALTH_SCREENSHOTS=DIR set, a GUI test keeps pictures of what it shows,
// so that a person can look at the screens the test drove (xvfb-run for the real look).

#include <QDir>
#include <QString>
#include <QWidget>

namespace lac::test {

/// Saves \a widget as DIR/\a name.png when LACHEALTH_SCREENSHOTS=DIR is set; nothing otherwise.
inline void keepScreenshot(QWidget* widget, const QString& name)
{
    const QString dir = qEnvironmentVariable("LACHEALTH_SCREENSHOTS");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    widget->grab().save(QDir(dir).filePath(name + QStringLiteral(".png")));
}

} // namespace lac::test
