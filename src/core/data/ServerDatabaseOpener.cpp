// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "data/ServerDatabaseOpener.h"

#include "data/MigrationScript.h"
#include "data/SqlConnection.h"

#include <QAtomicInteger>
#include <QSqlQuery>

namespace lac {
namespace {

// 'LACH', as SQLite's application_id: the advisory lock that serialises upgrades, and the
// application named in the schema table so that a stranger's database is recognised.
constexpr qint64 upgradeLockKey = 0x4C414348;
const char* const applicationName = "lachealth";
// A transaction left idle this long (a PC asleep or cut off mid-save) is ended by the server,
// which releases its locks, so colleagues waiting for the same child get in.
constexpr int idleInTransactionMs = 120000;

QString nextConnectionName()
{
    static QAtomicInteger<int> counter;
    return QStringLiteral("lachealth-pg-%1").arg(counter.fetchAndAddRelaxed(1));
}

/// Runs one statement with no bindings; a Failure names \a what.
Status exec(QSqlDatabase& sql, const QString& statement, const QString& what)
{
    QSqlQuery q(sql);
    if (!q.exec(statement))
        return sqlFailure(what, q.lastError());
    return {};
}

/// The version in the schema table, 0 when the database has no tables at all, or a Failure
/// when it holds someone else's tables.
Result<int> installedVersion(QSqlDatabase& sql, const QString& display)
{
    QSqlQuery q(sql);
    if (!q.exec(QStringLiteral("SELECT to_regclass('lachealth_schema') IS NOT NULL, "
                               "(SELECT count(*) FROM pg_tables WHERE schemaname = "
                               "current_schema())")) ||
        !q.next())
        return sqlFailure(ServerDatabaseOpener::tr("could not read the team database"),
                          q.lastError());
    const bool ours = q.value(0).toBool();
    const int tables = q.value(1).toInt();
    if (!ours)
        return tables == 0 ? Result<int>(0)
                           : Result<int>(Failure{
                                 ServerDatabaseOpener::tr(
                                     "this database holds another program's tables; it was not "
                                     "changed. Ask for an empty database for LAC Health Tracker"),
                                 display});
    if (!q.exec(QStringLiteral("SELECT application, version FROM lachealth_schema")) || !q.next())
        return sqlFailure(ServerDatabaseOpener::tr("could not read the schema version"),
                          q.lastError());
    if (q.value(0).toString() != QLatin1String(applicationName))
        return Failure{ServerDatabaseOpener::tr("this database belongs to another program; it "
                                                "was not changed"),
                       display};
    return q.value(1).toInt();
}

/// Brings the schema to the last of \a scripts (the first is the baseline), all in one
/// transaction that holds the upgrade lock: a second PC opening at the same moment waits, then
/// finds nothing to do.
Result<int> upgrade(QSqlDatabase& sql, const QList<MigrationScript>& scripts,
                    const QString& display)
{
    const int latest = scripts.isEmpty() ? 0 : scripts.last().version;
    if (!sql.transaction())
        return sqlFailure(ServerDatabaseOpener::tr("could not start the upgrade"), sql.lastError());
    auto fail = [&](Failure f) {
        sql.rollback();
        return Result<int>(std::move(f));
    };
    // An upgrade of a large database can take minutes: another PC opening meanwhile waits for
    // it (up to ten minutes) rather than failing after the usual few seconds' lock timeout.
    if (auto s = exec(sql, QStringLiteral("SET LOCAL lock_timeout = '600s'"),
                      ServerDatabaseOpener::tr("could not start the upgrade"));
        !s)
        return fail(s.failure());
    if (auto s = exec(sql, QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(upgradeLockKey),
                      ServerDatabaseOpener::tr("another PC is upgrading the team database and "
                                               "has not finished; try again in a few minutes"));
        !s)
        return fail(s.failure());
    auto current = installedVersion(sql, display);
    if (!current)
        return fail(current.failure());
    if (*current > latest)
        return fail(Database::newerSchema(*current, latest, display));
    if (*current == latest) {
        sql.rollback();
        return *current;
    }
    int version = *current;
    QList<MigrationScript> toRun;
    if (version == 0) {
        // The baseline, then the portable reference lists every database starts with.
        toRun << scripts.first();
        for (const auto& shared : MigrationScript::bundled())
            if (shared.name.endsWith(QLatin1String("_reference_data.sql")))
                toRun << shared;
        if (auto s = exec(sql,
                          QStringLiteral("CREATE TABLE lachealth_schema (application TEXT NOT "
                                         "NULL, version INTEGER NOT NULL)"),
                          ServerDatabaseOpener::tr("could not create the schema table"));
            !s)
            return fail(s.failure());
        QSqlQuery q(sql);
        q.prepare(QStringLiteral("INSERT INTO lachealth_schema VALUES (?, 0)"));
        q.addBindValue(QString::fromLatin1(applicationName));
        if (!q.exec())
            return fail(sqlFailure(ServerDatabaseOpener::tr("could not create the schema table"),
                                   q.lastError()));
    }
    for (const auto& script : scripts)
        if (script.version > version && !(version == 0 && script.name == scripts.first().name))
            toRun << script;
    for (const auto& script : toRun) {
        for (const QString& statement : script.statements) {
            QSqlQuery q(sql);
            if (!q.exec(statement))
                return fail(sqlFailure(ServerDatabaseOpener::tr("upgrade step %1 failed; the "
                                                                "database was left at schema %2")
                                           .arg(script.name)
                                           .arg(*current),
                                       q.lastError()));
        }
        version = std::max(version, script.version);
    }
    QSqlQuery q(sql);
    q.prepare(QStringLiteral("UPDATE lachealth_schema SET version = ?"));
    q.addBindValue(version);
    if (!q.exec())
        return fail(sqlFailure(ServerDatabaseOpener::tr("could not record schema %1").arg(version),
                               q.lastError()));
    if (!sql.commit())
        return fail(
            sqlFailure(ServerDatabaseOpener::tr("could not save the upgrade"), sql.lastError()));
    return version;
}

} // namespace

QList<MigrationScript> ServerDatabaseOpener::scripts()
{
    return MigrationScript::bundled(QStringLiteral(":/migrations/postgresql"));
}

Result<std::unique_ptr<Database>> ServerDatabaseOpener::open(const QString& location,
                                                             const Database::Options& options)
{
    auto where = ServerLocation::parse(location);
    if (!where)
        return where.failure();
    std::unique_ptr<Database> db(new Database(where->display, nextConnectionName()));
    db->m_engine = Database::Engine::PostgreSQL;
    QSqlDatabase sql = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), db->m_connectionName);
    if (!sql.isValid())
        return Failure{tr("this computer cannot reach PostgreSQL databases: Qt's PostgreSQL "
                          "driver is not installed (Debian package libqt6sql6-psql)"),
                       where->display};
    QStringList keywords = where->keywords;
    // A PC that sleeps or loses the network mid-save must not hold its locks for hours: TCP
    // keepalives notice a dead peer, and the server ends a transaction left idle.
    auto addDefault = [&](const QString& key, const QString& value) {
        if (where->keyword(key).isEmpty())
            keywords << QStringLiteral("%1=%2").arg(key, value);
    };
    addDefault(QStringLiteral("application_name"), QString::fromLatin1(applicationName));
    addDefault(QStringLiteral("connect_timeout"), QStringLiteral("10"));
    addDefault(QStringLiteral("keepalives"), QStringLiteral("1"));
    addDefault(QStringLiteral("keepalives_idle"), QStringLiteral("30"));
    addDefault(QStringLiteral("keepalives_interval"), QStringLiteral("10"));
    addDefault(QStringLiteral("keepalives_count"), QStringLiteral("3"));
    sql.setConnectOptions(keywords.join(QLatin1Char(';')));
    if (!sql.open())
        return sqlFailure(tr("cannot connect to the team database %1").arg(where->display),
                          sql.lastError());

    // Waiting for another PC's lock is bounded as SQLite's busy timeout is; a transaction
    // left idle ends; and the server's side of the connection sends keepalives too, so that a
    // PC gone from the network stops holding a connection (the client's keepalives above
    // only tell this PC that the server has gone). One round trip for all of them; the
    // numbers come from the program, not from input.
    const QString settings =
        QStringLiteral("SET lock_timeout = %1; SET idle_in_transaction_session_timeout = %2; "
                       "SET tcp_keepalives_idle = 30; SET tcp_keepalives_interval = 10; "
                       "SET tcp_keepalives_count = 3; SET client_min_messages = warning")
            .arg(options.busyTimeoutMs)
            .arg(idleInTransactionMs);
    if (auto s = exec(sql, settings, tr("could not set up the connection")); !s)
        return Failure{s.failure().message, where->display};

    const auto migrations = scripts();
    const int latest = migrations.isEmpty() ? 0 : migrations.last().version;
    auto installed = installedVersion(sql, where->display);
    if (!installed)
        return installed.failure();
    if (*installed > latest)
        return Database::newerSchema(*installed, latest, where->display);
    if (*installed == 0 && !options.createIfMissing)
        return Failure{tr("this team database is empty; nothing was changed"), where->display};
    int version = *installed;
    if (version < latest) {
        auto upgraded = upgrade(sql, migrations, where->display);
        if (!upgraded)
            return upgraded.failure();
        version = *upgraded;
    }
    db->m_schemaVersion = version;
    if (!where->remoteHost.isEmpty() && where->sslMode != QLatin1String("verify-full"))
        db->m_storageWarning =
            tr("The connection to the database server %1 is not verified (sslmode=verify-full "
               "is not set), so another machine on the network could pose as the server. Ask "
               "IT to set it in the connection (docs/deployment.md).")
                .arg(where->remoteHost);
    return db;
}

} // namespace lac
