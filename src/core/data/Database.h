// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

namespace lac {

/// One open LAC Health Tracker database (SQLite by default) on its own named Qt Sql
/// connection, brought up to the current schema when opened.
///
/// Opening never changes a database it cannot fully upgrade: each migration runs in one
/// transaction, a backup copy is taken before the first, and a database written by a newer
/// version of the program is refused untouched. No Qt Sql type appears in this header, so
/// layers above core can hold a Database without being able to run SQL on it.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(lac::Database)

public:
    /// How opening should behave; the defaults suit the application.
    struct Options
    {
        bool createIfMissing = true;
        bool backupBeforeUpgrade = true;
        /// How long a write waits for another PC's write lock before it fails with a message.
        int busyTimeoutMs = 5000;
    };

    /// How SQLite keeps a write safe until it is complete.
    enum class JournalMode
    {
        WriteAheadLog, ///< local disks: readers never wait for a writer
        Rollback,      ///< network shares, where the write-ahead log is unsafe
    };

    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    /// Opens (creating if allowed) and migrates the database file at \a path.
    static Result<std::unique_ptr<Database>> open(const QString& path, const Options& options);
    static Result<std::unique_ptr<Database>> open(const QString& path)
    {
        return open(path, Options{});
    }

    /// The schema version this program writes (the highest numbered migration).
    static int latestSchemaVersion();

    QString path() const { return m_path; }
    QString connectionName() const { return m_connectionName; }
    int schemaVersion() const { return m_schemaVersion; }
    /// The backup taken before an upgrade during open(), empty if none was needed.
    QString upgradeBackupPath() const { return m_upgradeBackup; }
    JournalMode journalMode() const { return m_journalMode; }
    /// A warning for the user when the file lives on a network share (empty on a local disk).
    QString storageWarning() const { return m_storageWarning; }

private:
    Database(QString path, QString connectionName);

    QString m_path;
    QString m_connectionName;
    int m_schemaVersion = 0;
    QString m_upgradeBackup;
    JournalMode m_journalMode = JournalMode::WriteAheadLog;
    QString m_storageWarning;
};

} // namespace lac
