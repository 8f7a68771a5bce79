// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Test helper: a fresh database with raw SQL for setting up cases. On SQLite it is a file in a
// temporary folder. When CTest runs a test's PostgreSQL twin it sets LACHEALTH_TEST_POSTGRES
// to the folder of a throwaway server (scripts/test-postgres.sh), and each TestDatabase is a
// new database on that server, dropped again at the end.

#include "data/Database.h"
#include "data/ServerDatabaseOpener.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace lac::test {

class TestDatabase
{
public:
    TestDatabase()
    {
        auto db = Database::open(
            freshLocation(m_dir.filePath(QStringLiteral("test.sqlite")), m_serverDatabase));
        if (!db)
            qFatal("cannot open test database: %s", qPrintable(db.failure().text()));
        m_db = std::move(db).value();
    }
    ~TestDatabase()
    {
        m_db.reset();
        if (!m_serverDatabase.isEmpty())
            dropServerDatabase(m_serverDatabase);
    }
    TestDatabase(const TestDatabase&) = delete;
    TestDatabase& operator=(const TestDatabase&) = delete;

    /// The test server's connection URI (its "postgres" database), or empty on SQLite.
    static QString serverUri()
    {
        const QString dir = qEnvironmentVariable("LACHEALTH_TEST_POSTGRES");
        if (dir.isEmpty())
            return {};
        QFile f(dir + QStringLiteral("/uri"));
        if (!f.open(QIODevice::ReadOnly))
            qFatal("LACHEALTH_TEST_POSTGRES is set but %s/uri cannot be read", qPrintable(dir));
        return QString::fromUtf8(f.readAll()).trimmed();
    }
    /// The URI of database \a name on the test server.
    static QString serverUri(const QString& name)
    {
        QString uri = serverUri();
        return uri.replace(QStringLiteral("/postgres?"), QStringLiteral("/%1?").arg(name));
    }
    /// A new empty database on the test server; its name, for serverUri(name).
    static QString createServerDatabase()
    {
        static QAtomicInteger<int> counter;
        const QString name = QStringLiteral("t%1_%2")
                                 .arg(QCoreApplication::applicationPid())
                                 .arg(counter.fetchAndAddRelaxed(1));
        onServer(QStringLiteral("CREATE DATABASE %1").arg(name));
        return name;
    }
    /// Where a test's fresh database goes: \a file on SQLite; on the PostgreSQL run, a new
    /// database on the test server, whose name is put in \a serverDatabase for dropping.
    static QString freshLocation(const QString& file, QString& serverDatabase)
    {
        if (serverUri().isEmpty())
            return file;
        serverDatabase = createServerDatabase();
        return serverUri(serverDatabase);
    }
    /// Drops a database createServerDatabase() made, even with connections still open.
    static void dropServerDatabase(const QString& name)
    {
        onServer(QStringLiteral("DROP DATABASE %1 WITH (FORCE)").arg(name));
    }
    /// Runs \a sql, unprepared, on database \a database of the test server (its maintenance
    /// database unless named); a failure ends the test.
    static void onServer(const QString& sql, const QString& database = QStringLiteral("postgres"))
    {
        const QString name = QStringLiteral("lachealth-test-admin");
        {
            const auto where = ServerLocation::parse(serverUri(database));
            if (!where)
                qFatal("bad test server URI: %s", qPrintable(where.failure().text()));
            QSqlDatabase admin = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
            admin.setConnectOptions(where->keywords.join(QLatin1Char(';')));
            if (!admin.open())
                qFatal("cannot reach the test server: %s", qPrintable(admin.lastError().text()));
            QSqlQuery q(admin);
            if (!q.exec(sql))
                qFatal("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        }
        QSqlDatabase::removeDatabase(name);
    }

    Database& db() { return *m_db; }
    /// The Qt Sql connection, for transactions around a set-up (BEGIN cannot be prepared on
    /// PostgreSQL, so exec("BEGIN") would not work there).
    QSqlDatabase sql() const { return QSqlDatabase::database(m_db->connectionName()); }
    QString path() const { return m_db->path(); }

    QSqlQuery exec(const QString& sql, const QVariantList& values = {})
    {
        return execOn(*m_db, sql, values);
    }
    QVariant scalar(const QString& sql, const QVariantList& values = {})
    {
        return scalarOn(*m_db, sql, values);
    }

    /// Runs raw SQL for setting up a case on any open database; a failure ends the test.
    static QSqlQuery execOn(const Database& db, const QString& sql, const QVariantList& values)
    {
        QSqlQuery q(QSqlDatabase::database(db.connectionName()));
        q.prepare(sql);
        for (const auto& v : values)
            q.addBindValue(v);
        if (!q.exec())
            qFatal("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        return q;
    }
    /// The first value execOn() returns (null if no row).
    static QVariant scalarOn(const Database& db, const QString& sql, const QVariantList& values)
    {
        auto q = execOn(db, sql, values);
        return q.next() ? q.value(0) : QVariant();
    }

    /// A child in care since \a start with one placement; returns the child's id.
    qint64 addChild(const QString& caseId, const QString& given, const QString& family, QDate dob,
                    QDate start, const QString& placement = QStringLiteral("U4"),
                    const QString& location = QStringLiteral("IN"))
    {
        const QString now = QStringLiteral("2026-01-01T00:00:00Z");
        const qint64 id =
            scalar(QStringLiteral(
                       "INSERT INTO children (case_id, given_name, family_name, date_of_birth, "
                       "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?) RETURNING id"),
                   {caseId, given, family, dob.toString(Qt::ISODate), now, now})
                .toLongLong();
        const qint64 period =
            scalar(QStringLiteral("INSERT INTO care_periods (child_id, start_date, created_at, "
                                  "updated_at) VALUES (?, ?, ?, ?) RETURNING id"),
                   {id, start.toString(Qt::ISODate), now, now})
                .toLongLong();
        exec(QStringLiteral(
                 "INSERT INTO episodes (care_period_id, child_id, start_date, rne, legal_status, "
                 "placement_type, location, created_at, updated_at) VALUES (?, ?, ?, 'S', 'C2', ?, "
                 "?, ?, ?)"),
             {period, id, start.toString(Qt::ISODate), placement, location, now, now});
        return id;
    }

private:
    QTemporaryDir m_dir;
    QString m_serverDatabase;
    std::unique_ptr<Database> m_db;
};

} // namespace lac::test
