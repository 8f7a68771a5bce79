// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QApplication>
#include <QWidget>

namespace lac::test {

/// The child's window on screen (a ChildDetailView opened from the list), or nullptr: the
/// GUI tests open one through the main window and cannot hold it directly.
inline QWidget* openChildWindow()
{
    for (QWidget* w : QApplication::topLevelWidgets())
        if (w->objectName() == QStringLiteral("ChildDetailView") && w->isVisible())
            return w;
    return nullptr;
}

} // namespace lac::test
