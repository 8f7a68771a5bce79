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
/// warning when the file is on a network share, and signing the user in from the users table.
/// The quick check of a file that needs no upgrade runs on another thread (StartInBackground),
/// so that the window of a large county does not wait for it.
class DatabaseStartup
{
    Q_DECLARE_TR_FUNCTIONS(lac::DatabaseStartup)

public:
    struct Opened
    {
        std::unique_ptr<DatabaseInstanceLock> lock;
        std::unique_ptr<Database> database;
        UserContext user;
        /// The quick check still running on another thread (writes wait for it), or invalid
        /// when it ran before opening: an upgrade, a file with a damaged header, \a checkFirst.
        std::shared_future<Status> check;
    };

    /// The open database and signed-in user, or nullopt after telling the user why not. A
    /// file at the current schema is opened at once and checked in the background; with
    /// \a checkFirst (the start after a background check found damage) it is checked first.
    static std::optional<Opened> open(const QString& path, QWidget* parent,
                                      bool checkFirst = false);
    /// The background check's verdict on the file at \a path: ok, or the damage in words.
    static Status quickCheck(const QString& path);

private:
    static bool offerLatestBackup(const QString& path, const QString& problem, QWidget* parent);
};

} // namespace lac
