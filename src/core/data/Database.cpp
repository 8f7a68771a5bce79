// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "data/Database.h"

#include "common/DatabaseLocation.h"
#include "data/MigrationScript.h"
#include "data/ServerDatabaseOpener.h"
#include "data/SqlConnection.h"
#include "data/SqlDialect.h"
#include "data/StorageLocation.h"

#include <QAtomicInteger>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlField>
#include <QSqlQuery>

#include <optional>

namespace lac {
namespace {

// 'LACH' in the SQLite header, so that a stranger's database is recognised as such.
constexpr int applicationId = 0x4C414348;

QString nextConnectionName()
{
    static QAtomicInteger<int> counter;
    return QStringLiteral("lachealth-%1").arg(counter.fetchAndAddRelaxed(1));
}

Result<int> pragmaInt(QSqlDatabase& sql, const QString& pragma)
{
    QSqlQuery q(sql);
    if (!q.exec(QStringLiteral("PRAGMA ") + pragma) || !q.next())
        return sqlFailure(
            Database::tr("could not read the database (is it a LAC Health Tracker database?)"),
            q.lastError());
    return q.value(0).toInt();
}

Status execPragma(QSqlDatabase& sql, const QString& pragma)
{
    QSqlQuery q(sql);
    if (!q.exec(QStringLiteral("PRAGMA ") + pragma))
        return sqlFailure(Database::tr("could not set %1").arg(pragma), q.lastError());
    return {};
}

/// The caller's message, then what the user can do (if known), then the engine's own words.
Failure withPlainWords(const QString& what, const QString& plain, const QString& detailText)
{
    const QString detail = detailText.trimmed();
    QString message = what;
    if (!plain.isEmpty())
        message = QStringLiteral("%1: %2").arg(what, plain);
    if (!detail.isEmpty())
        message = QStringLiteral("%1 (%2)").arg(message, detail);
    return Failure{message, {}};
}

} // namespace

Failure Database::newerSchema(int version, int latest, const QString& where)
{
    return Failure{tr("this database was written by a newer version of LAC Health Tracker "
                      "(schema %1; this program understands up to %2). Nothing was changed: "
                      "install the newer version to open it.")
                       .arg(version)
                       .arg(latest),
                   where};
}

bool Database::isServerLocation(const QString& location)
{
    return lac::isServerLocation(location);
}

Database::Database(QString path, QString connectionName)
    : m_path(std::move(path))
    , m_connectionName(std::move(connectionName))
{}

Database::~Database()
{
    {
        QSqlDatabase sql = QSqlDatabase::database(m_connectionName, false);
        if (sql.isOpen())
            sql.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

Status Database::holdWritesFor(std::shared_future<Status> check) const
{
    if (!check.valid())
        return {};
    QSqlQuery q(sqlConnection(*this));
    if (!q.exec(isServer() ? QStringLiteral("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY")
                           : QStringLiteral("PRAGMA query_only = 1")))
        return Failure{tr("writes could not be held for the start's check"), m_path};
    m_heldFor = std::move(check);
    return {};
}

Status Database::writesAllowed() const
{
    if (!m_writesRefused)
        return m_writesRefused;
    if (!m_heldFor.valid())
        return {};
    // Still running: a save in the first moments after the window opens waits for the rest.
    const Status verdict = m_heldFor.get();
    m_heldFor = {};
    if (!verdict) {
        m_writesRefused = verdict;
        return verdict;
    }
    QSqlQuery q(sqlConnection(*this));
    if (!q.exec(isServer() ? QStringLiteral("SET SESSION CHARACTERISTICS AS TRANSACTION READ WRITE")
                           : QStringLiteral("PRAGMA query_only = 0")))
        return m_writesRefused =
                   Failure{tr("writes could not be let through after the check"), m_path};
    return {};
}

int Database::latestSchemaVersion()
{
    const auto scripts = MigrationScript::bundled();
    return scripts.isEmpty() ? 0 : scripts.last().version;
}

Result<std::unique_ptr<Database>> Database::open(const QString& path, const Options& options)
{
    if (isServerLocation(path))
        return ServerDatabaseOpener::open(path, options);
    const QFileInfo info(path);
    if (!info.exists()) {
        if (!options.createIfMissing)
            return Failure{tr("no database file here"), path};
        if (!QDir().mkpath(info.absolutePath()))
            return Failure{tr("cannot create the folder for the database"), info.absolutePath()};
    } else if (info.isDir()) {
        return Failure{tr("this is a folder, not a database file"), path};
    } else if (!info.isWritable() || !QFileInfo(info.absolutePath()).isWritable()) {
        // SQLite would silently open it read-only and fail at the first save; say so now.
        return Failure{tr("the database file or its folder is read-only, so nothing could be "
                          "saved. Nothing was changed: ask IT to give you write access, or copy "
                          "the file to a folder you can write to."),
                       path};
    }

    std::unique_ptr<Database> db(new Database(info.absoluteFilePath(), nextConnectionName()));
    QSqlDatabase sql = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), db->m_connectionName);
    sql.setDatabaseName(db->m_path);
    sql.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(options.busyTimeoutMs));
    if (!sql.open())
        return sqlFailure(tr("cannot open the database"), sql.lastError());

    const auto appId = pragmaInt(sql, QStringLiteral("application_id"));
    if (!appId)
        return Failure{tr("this file is not a database this program can read (%1)")
                           .arg(appId.failure().message),
                       path};
    const auto version = pragmaInt(sql, QStringLiteral("user_version"));
    if (!version)
        return Failure{version.failure().message, path};
    if (*appId != 0 && *appId != applicationId)
        return Failure{tr("this is an SQLite database from another program; it was not changed"),
                       path};

    const auto scripts = MigrationScript::bundled();
    const int latest = scripts.isEmpty() ? 0 : scripts.last().version;
    if (*version > latest)
        return newerSchema(*version, latest, path);

    // The write-ahead log needs shared memory between processes, which network file systems
    // do not give: on a share use the rollback journal (docs/deployment.md).
    const StorageLocation location = StorageLocation::of(db->m_path);
    db->m_journalMode = location.isNetwork() ? JournalMode::Rollback : JournalMode::WriteAheadLog;
    if (location.isNetwork())
        db->m_storageWarning =
            tr("The database is on a network share (%1). It will work, but more slowly and "
               "only for a few people at once; keep a backup off this share and see "
               "docs/deployment.md for when to move to a server database.")
                .arg(location.fileSystem());
    const QString journal = db->m_journalMode == JournalMode::Rollback
                                ? QStringLiteral("journal_mode = DELETE")
                                : QStringLiteral("journal_mode = WAL");
    // Numbers come from the program, not from input.
    for (const QString& p : {QStringLiteral("foreign_keys = ON"),
                             QStringLiteral("busy_timeout = %1").arg(options.busyTimeoutMs),
                             journal, QStringLiteral("synchronous = FULL")}) {
        if (auto s = execPragma(sql, p); !s)
            return Failure{s.failure().message, path};
    }

    if (*version > 0 && *version < latest && options.backupBeforeUpgrade) {
        const QString backup =
            QStringLiteral("%1.schema%2-%3.bak")
                .arg(db->m_path)
                .arg(*version)
                .arg(QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddTHHmmssZ")));
        QSqlQuery q(sql);
        q.prepare(QStringLiteral("VACUUM INTO ?"));
        q.addBindValue(backup);
        if (!q.exec())
            return sqlFailure(tr("could not back up the database before upgrading it; nothing "
                                 "was changed"),
                              q.lastError());
        db->m_upgradeBackup = backup;
    }

    int current = *version;
    // A migration may rebuild a table (new table, copy, drop, rename), which foreign keys
    // would refuse half-way; they are off while upgrading and checked before each commit,
    // as SQLite documents for such changes.
    const bool upgrading = !scripts.isEmpty() && scripts.last().version > current;
    if (upgrading) {
        if (auto s = execPragma(sql, QStringLiteral("foreign_keys = OFF")); !s)
            return Failure{s.failure().message, path};
    }
    for (const auto& script : scripts) {
        if (script.version <= current)
            continue;
        if (!sql.transaction())
            return sqlFailure(tr("could not start the upgrade (is another program writing to "
                                 "the database?)"),
                              sql.lastError());
        for (const QString& statement : script.statements) {
            QSqlQuery q(sql);
            if (!q.exec(statement)) {
                Failure f = sqlFailure(tr("upgrade step %1 failed; the database was left at "
                                          "schema %2")
                                           .arg(script.name)
                                           .arg(current),
                                       q.lastError());
                sql.rollback();
                return f;
            }
        }
        QSqlQuery q(sql);
        if (!q.exec(QStringLiteral("PRAGMA foreign_key_check")) || q.next()) {
            Failure f =
                q.lastError().isValid()
                    ? sqlFailure(
                          tr("upgrade step %1 could not check its references").arg(script.name),
                          q.lastError())
                    : Failure{tr("upgrade step %1 would leave a record pointing at one "
                                 "that does not exist (table %2); the database was left "
                                 "at schema %3")
                                  .arg(script.name, q.value(0).toString())
                                  .arg(current),
                              path};
            q.finish();
            sql.rollback();
            return f;
        }
        // PRAGMA takes no bound values; both numbers come from the program, not from input.
        if (!q.exec(QStringLiteral("PRAGMA user_version = %1").arg(script.version)) ||
            !q.exec(QStringLiteral("PRAGMA application_id = %1").arg(applicationId))) {
            Failure f =
                sqlFailure(tr("could not record schema %1").arg(script.version), q.lastError());
            sql.rollback();
            return f;
        }
        if (!sql.commit()) {
            Failure f =
                sqlFailure(tr("could not save upgrade step %1").arg(script.name), sql.lastError());
            sql.rollback();
            return f;
        }
        current = script.version;
    }
    if (upgrading) {
        if (auto s = execPragma(sql, QStringLiteral("foreign_keys = ON")); !s)
            return Failure{s.failure().message, path};
    }
    db->m_schemaVersion = current;
    return db;
}

QSqlDatabase sqlConnection(const Database& db)
{
    return QSqlDatabase::database(db.connectionName(), false);
}

Failure sqlFailure(const QString& what, const QSqlError& error)
{
    // PostgreSQL's codes are five-character SQLSTATEs ("42501"); SQLite's are numbers of at
    // most four digits, so the shape of the code says which engine spoke.
    const QString code = error.nativeErrorCode();
    if (code.size() == 5)
        return withPlainWords(what, SqlDialect::plainWordsForSqlState(code), error.text());
    bool numeric = false;
    const int number = code.toInt(&numeric);
    return sqlFailure(what, numeric ? number : -1, error.text());
}

Failure sqlFailure(const QString& what, int nativeCode, const QString& detail)
{
    return withPlainWords(
        what, nativeCode >= 0 ? SqlDialect::plainWordsForSqliteCode(nativeCode) : QString(),
        detail);
}

namespace {

/// \a sql with each positional placeholder replaced by the driver's literal for its value;
/// nullopt when the placeholders and the values do not pair up.
std::optional<QString> withLiterals(const QString& sql, const QVariantList& values,
                                    const QSqlDriver& driver)
{
    QString out;
    out.reserve(sql.size() + 12 * values.size());
    qsizetype next = 0;
    QChar quote; // inside '…' or "…" while set ('' and "" close and reopen: no harm)
    for (const QChar ch : sql) {
        if (!quote.isNull()) {
            if (ch == quote)
                quote = QChar();
        } else if (ch == u'\'' || ch == u'"') {
            quote = ch;
        } else if (ch == u'?') {
            if (next == values.size())
                return std::nullopt;
            // As QPSQL formats the values of its EXECUTE (qCreateParamString in Qt 6.4).
            const QVariant& v = values.at(next++);
            QSqlField field(QString(), v.metaType());
            if (!v.isNull())
                field.setValue(v);
            out += driver.formatValue(field);
            continue;
        }
        out += ch;
    }
    if (next != values.size())
        return std::nullopt;
    return out;
}

} // namespace

Result<QSqlQuery> runQuery(const Database& db, const QString& sql, const QVariantList& values,
                           const QString& what)
{
    QSqlQuery q(sqlConnection(db));
    if (db.engine() == Database::Engine::PostgreSQL) {
        // QPSQL "prepares" with SQL-level PREPARE, then EXECUTE with the values written as
        // literals, then DEALLOCATE: three round trips for a query run once. Written straight
        // in, with the same literals, it is one. (RepeatedStatement keeps PREPARE for the
        // statements run many times.)
        if (const auto text = withLiterals(sql, values, *q.driver())) {
            if (!q.exec(*text))
                return sqlFailure(what, q.lastError());
            return q;
        }
        return Failure{what, QStringLiteral("the query's placeholders do not match its %1 values")
                                 .arg(values.size())};
    }
    if (!q.prepare(sql))
        return sqlFailure(what, q.lastError());
    for (const auto& v : values)
        q.addBindValue(v);
    if (!q.exec())
        return sqlFailure(what, q.lastError());
    return q;
}

} // namespace lac
