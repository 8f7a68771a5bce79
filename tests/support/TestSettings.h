// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QSettings>
#include <QTemporaryDir>

namespace lac::test {

/// Remembered layouts and filters (QSettings) in a folder of the test run's own, so that a
/// previous run, another checkout's run or the user's own settings cannot decide what a view
/// opens with. Make it a member of the test class: it is set up before the first test runs.
class TestSettings
{
public:
    explicit TestSettings(const QString& applicationName)
    {
        QCoreApplication::setOrganizationName(QStringLiteral("LACHealthTrackerTests"));
        QCoreApplication::setApplicationName(applicationName);
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.path());
    }

private:
    QTemporaryDir m_dir;
};

} // namespace lac::test
