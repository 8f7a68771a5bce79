// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/Database.h"
#include "data/DatabaseInstanceLock.h"
#include "domain/UserContext.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

class QWidget;

namespace lac {

/// Everything between "which file?" and the main window, with a plain message for each way it
/// can go wrong and never a crash: one window per database on this PC, a quick integrity check
/// (a damaged file is reported and the latest good backup offered), opening and upgrading, a
/// warning when the file is on a network share, signing the user in from the users table, and
/// the start-of-day backup.
class DatabaseStartup
{
    Q_DECLARE_TR_FUNCTIONS(lac::DatabaseStartup)

public:
    struct Opened
    {
        std::unique_ptr<DatabaseInstanceLock> lock;
        std::unique_ptr<Database> database;
        UserContext user;
    };

    /// The open database and signed-in user, or nullopt after telling the user why not.
    static std::optional<Opened> open(const QString& path, QWidget* parent);

private:
    static bool offerLatestBackup(const QString& path, const QString& problem, QWidget* parent);
};

} // namespace lac
