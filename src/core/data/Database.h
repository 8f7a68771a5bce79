// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QString>

#include <future>
#include <memory>

namespace lac {

/// One open LAC Health Tracker database on its own named Qt Sql connection, brought up to the
/// current schema when opened: an SQLite file (the default, for one PC) or a PostgreSQL server
/// database shared by a team (docs/deployment.md).
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

    /// Which engine holds the data; repositories share one SQL text and ask SqlDialect (in the
    /// data layer) for the few differences.
    enum class Engine
    {
        SQLite,
        PostgreSQL,
    };

    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    /// Opens (creating if allowed) and migrates the database at \a location: a file path
    /// (SQLite), or a PostgreSQL connection (isServerLocation()).
    static Result<std::unique_ptr<Database>> open(const QString& location, const Options& options);
    static Result<std::unique_ptr<Database>> open(const QString& location)
    {
        return open(location, Options{});
    }

    /// True for a PostgreSQL connection (the rule in common/DatabaseLocation.h).
    static bool isServerLocation(const QString& location);

    /// The refusal of a database written by a newer program (schema \a version, this program
    /// \a latest), worded once for both engines.
    static Failure newerSchema(int version, int latest, const QString& where);

    /// The schema version this program writes (the highest numbered migration).
    static int latestSchemaVersion();

    /// The file (SQLite) or the connection as shown to people (PostgreSQL; never a password).
    QString path() const { return m_path; }
    Engine engine() const { return m_engine; }
    bool isServer() const { return m_engine == Engine::PostgreSQL; }
    QString connectionName() const { return m_connectionName; }
    int schemaVersion() const { return m_schemaVersion; }
    /// The backup taken before an upgrade during open(), empty if none was needed.
    QString upgradeBackupPath() const { return m_upgradeBackup; }
    JournalMode journalMode() const { return m_journalMode; }
    /// A warning for the user when the file lives on a network share (empty on a local disk).
    QString storageWarning() const { return m_storageWarning; }

    /// Holds every write until \a check (the start's integrity check, running on another
    /// thread so that the window need not wait for it) is done, and refuses them for good if
    /// it fails: a damaged file is never written to. Until then the connection is query-only,
    /// so no write slips past outside a transaction either.
    Status holdWritesFor(std::shared_future<Status> check) const;
    /// Ok when writes may go ahead, waiting for a held check if it is still running; the
    /// check's failure otherwise. Transactions and the audit log ask before they write.
    Status writesAllowed() const;

private:
    friend struct ServerDatabaseOpener;
    Database(QString path, QString connectionName);

    QString m_path;
    QString m_connectionName;
    Engine m_engine = Engine::SQLite;
    int m_schemaVersion = 0;
    QString m_upgradeBackup;
    JournalMode m_journalMode = JournalMode::WriteAheadLog;
    QString m_storageWarning;
    mutable std::shared_future<Status> m_heldFor; ///< valid while writes are held
    mutable Status m_writesRefused;               ///< the held check's failure, kept
};

} // namespace lac
