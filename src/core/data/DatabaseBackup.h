// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "data/Database.h"
#include "data/IntegrityCheck.h"

#include <QCoreApplication>
#include <QString>

namespace lac {

/// Backups and restores of a whole database file.
///
/// A backup is made with SQLite's VACUUM INTO, which copies one consistent moment even while
/// others keep working (a plain file copy of a database in use can be torn), into a temporary
/// name that is flushed to disk and only then renamed to the name asked for. A restore first
/// checks the backup in full, then keeps the file it replaces (with its write-ahead log) under
/// a ".replaced-<time>" name, so a restore can itself be undone.
class DatabaseBackup
{
    Q_DECLARE_TR_FUNCTIONS(lac::DatabaseBackup)

public:
    /// Copies the open database \a db to \a target, which must not exist yet.
    static Status write(const Database& db, const QString& target);
    /// Copies the database file at \a source (not opened as a Database: no migrations run).
    static Status write(const QString& source, const QString& target);

    /// A full check of \a backup: sound, a LAC Health Tracker database, not from a newer version.
    static Result<IntegrityReport> validate(const QString& backup);

    /// Replaces the database at \a databasePath with \a backup and returns where the replaced
    /// file was kept (empty if there was none). Nobody may have the database open: callers
    /// hold its DatabaseInstanceLock. Nothing is changed when the backup fails validation.
    static Result<QString> restore(const QString& databasePath, const QString& backup);
};

} // namespace lac
