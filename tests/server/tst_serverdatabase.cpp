// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// A team database on a real PostgreSQL 15 server (the throwaway one CTest starts): the same
// schema as SQLite, upgrades that cannot collide, refusals that change nothing, locks that end
// in the message people know, and role rules the server enforces whatever a client sends.
#include "support/TestDatabase.h"

#include "data/DatabaseCopy.h"
#include "data/MigrationScript.h"
#include "data/ServerDatabaseOpener.h"
#include "data/SqlConnection.h"
#include "data/SqlTransaction.h"
#include "demo/DemoDatabaseBuilder.h"
#include "rules/WorkingDayCalendar.h"
#include "security/UserDirectory.h"
#include "services/DueDateService.h"

#include <QProcess>

#include <thread>

using namespace lac;
using namespace lac::test;

namespace {

using Shape = QMap<QString, QStringList>; // table -> its facts, sorted

QStringList column(const Database& db, const QString& sql, const QVariantList& values = {})
{
    QStringList out;
    auto q = TestDatabase::execOn(db, sql, values);
    while (q.next())
        out << q.value(0).toString();
    out.sort();
    return out;
}

/// Tables, columns with NOT NULL, CHECK and foreign-key counts, indexes and triggers.
Shape sqliteShape(const Database& db)
{
    Shape shape;
    for (const QString& t :
         column(db, QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND "
                                   "name NOT LIKE 'sqlite_%'"))) {
        QStringList facts;
        auto q = TestDatabase::execOn(db, QStringLiteral("PRAGMA table_info(%1)").arg(t), {});
        while (q.next())
            facts << QStringLiteral("column %1 %2")
                         .arg(q.value(1).toString(), q.value(3).toInt() || q.value(5).toInt()
                                                         ? QStringLiteral("not null")
                                                         : QStringLiteral("null"));
        const QString sql =
            TestDatabase::scalarOn(
                db, QStringLiteral("SELECT sql FROM sqlite_master WHERE name = ?"), {t})
                .toString();
        facts << QStringLiteral("checks %1").arg(sql.count(QStringLiteral("CHECK")));
        facts << QStringLiteral("foreign keys %1")
                     .arg(column(db,
                                 QStringLiteral("SELECT \"from\" FROM pragma_foreign_key_list(?)"),
                                 {t})
                              .size());
        for (const QString& i : column(db,
                                       QStringLiteral("SELECT name FROM sqlite_master WHERE "
                                                      "type = 'index' AND tbl_name = ? AND name "
                                                      "NOT LIKE 'sqlite_autoindex%'"),
                                       {t}))
            facts << QStringLiteral("index ") + i;
        for (const QString& tr : column(db,
                                        QStringLiteral("SELECT name FROM sqlite_master WHERE "
                                                       "type = 'trigger' AND tbl_name = ?"),
                                        {t}))
            facts << QStringLiteral("trigger ") + tr;
        facts.sort();
        shape.insert(t, facts);
    }
    return shape;
}

Shape serverShape(const Database& db)
{
    Shape shape;
    for (const QString& t : column(db, QStringLiteral("SELECT tablename FROM pg_tables WHERE "
                                                      "schemaname = current_schema() AND "
                                                      "tablename <> 'lachealth_schema'"))) {
        QStringList facts;
        auto q = TestDatabase::execOn(
            db,
            QStringLiteral("SELECT column_name, is_nullable FROM information_schema.columns "
                           "WHERE table_schema = current_schema() AND table_name = ?"),
            {t});
        while (q.next())
            facts << QStringLiteral("column %1 %2")
                         .arg(q.value(0).toString(), q.value(1).toString() == QLatin1String("NO")
                                                         ? QStringLiteral("not null")
                                                         : QStringLiteral("null"));
        for (const char* kind : {"c", "f"}) {
            const int n =
                TestDatabase::scalarOn(db,
                                       QStringLiteral("SELECT count(*) FROM pg_constraint "
                                                      "WHERE conrelid = ?::regclass AND "
                                                      "contype = ?"),
                                       {t, QString::fromLatin1(kind)})
                    .toInt();
            facts << QStringLiteral("%1 %2")
                         .arg(qstrcmp(kind, "c") == 0 ? QStringLiteral("checks")
                                                      : QStringLiteral("foreign keys"))
                         .arg(n);
        }
        // Primary keys and UNIQUE constraints are automatic indexes on SQLite too.
        for (const QString& i :
             column(db,
                    QStringLiteral("SELECT i.indexname FROM pg_indexes i WHERE i.tablename = ? "
                                   "AND i.schemaname = current_schema() AND NOT EXISTS (SELECT "
                                   "1 FROM pg_constraint c WHERE c.conname = i.indexname)"),
                    {t}))
            facts << QStringLiteral("index ") + i;
        // SQLite has no TRUNCATE, so its triggers are the server's without *_no_truncate.
        for (const QString& tr : column(db,
                                        QStringLiteral("SELECT tgname FROM pg_trigger WHERE "
                                                       "tgrelid = ?::regclass AND NOT tgisinternal "
                                                       "AND tgname NOT LIKE '%\\_no\\_truncate'"),
                                        {t}))
            facts << QStringLiteral("trigger ") + tr;
        facts.sort();
        shape.insert(t, facts);
    }
    return shape;
}

/// \a uri with the user replaced by \a login.
QString asLogin(QString uri, const QString& login)
{
    return uri.replace(QStringLiteral("postgresql://postgres@"),
                       QStringLiteral("postgresql://%1@").arg(login));
}

} // namespace

class TestServerDatabase : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!TestDatabase::serverUri().isEmpty(),
                 "run through CTest, which starts the test server");
    }

    void createsTheBaselineAtTheLatestVersion()
    {
        TestDatabase t;
        QVERIFY(t.db().isServer());
        QCOMPARE(t.db().schemaVersion(), Database::latestSchemaVersion());
        // Every migration exists for both engines, so both end at the same version.
        QCOMPARE(ServerDatabaseOpener::scripts().last().version,
                 MigrationScript::bundled().last().version);
        // The reference lists came with the baseline.
        QVERIFY(t.scalar(QStringLiteral("SELECT count(*) FROM placement_types")).toInt() > 30);
        QCOMPARE(t.scalar(QStringLiteral("SELECT version FROM lachealth_schema")).toInt(),
                 Database::latestSchemaVersion());
    }

    void aOneOffQueryWritesItsValuesAsLiterals()
    {
        // runQuery sends the values inside the statement (one round trip): a quote in a
        // value stays a quote, a "?" inside a string literal is not a placeholder, NULL is NULL.
        TestDatabase t;
        const QString name = QStringLiteral("O'Brien; DROP TABLE children; --");
        auto q = runQuery(t.db(), QStringLiteral("SELECT ?, 'why?', ?, ? IS NULL, ? + 1"),
                          {name, QStringLiteral("a\\b"), QVariant(), 41}, QStringLiteral("x"));
        QVERIFY(q);
        QVERIFY(q.value().next());
        QCOMPARE(q.value().value(0).toString(), name);
        QCOMPARE(q.value().value(1).toString(), QStringLiteral("why?"));
        QCOMPARE(q.value().value(2).toString(), QStringLiteral("a\\b"));
        QVERIFY(q.value().value(3).toBool());
        QCOMPARE(q.value().value(4).toInt(), 42);
        QVERIFY(t.scalar(QStringLiteral("SELECT count(*) FROM children")).isValid());
        // Placeholders and values that do not pair up are refused, never run.
        QVERIFY(!runQuery(t.db(), QStringLiteral("SELECT ?, ?"), {1}, QStringLiteral("x")));
        QVERIFY(!runQuery(t.db(), QStringLiteral("SELECT ?"), {1, 2}, QStringLiteral("x")));
    }

    void bothEnginesHaveTheSameSchema()
    {
        QTemporaryDir dir;
        auto file = Database::open(dir.filePath(QStringLiteral("same.sqlite")));
        QVERIFY(file);
        TestDatabase server;
        const Shape onFile = sqliteShape(*file.value());
        const Shape onServer = serverShape(server.db());
        QCOMPARE(onServer.keys(), onFile.keys());
        for (const QString& table : onFile.keys())
            QCOMPARE(onServer.value(table), onFile.value(table));
        QVERIFY(onFile.value(QStringLiteral("children")).size() > 25); // not vacuous
    }

    void refusesANewerSchemaUntouched()
    {
        {
            TestDatabase t;
            t.exec(QStringLiteral("UPDATE lachealth_schema SET version = version + 1"));
            const auto again = Database::open(t.db().path());
            QVERIFY(!again);
            QVERIFY2(again.failure().text().contains(QStringLiteral("newer version")),
                     qPrintable(again.failure().text()));
            QCOMPARE(t.scalar(QStringLiteral("SELECT version FROM lachealth_schema")).toInt(),
                     Database::latestSchemaVersion() + 1);
            QVERIFY(t.scalar(QStringLiteral("SELECT count(*) FROM late_reasons")).toInt() > 0);
        }
    }

    void refusesAnotherProgramsTables()
    {
        const QString name = TestDatabase::createServerDatabase();
        TestDatabase::onServer(QStringLiteral("CREATE TABLE invoices (id integer)"), name);
        const auto db = Database::open(TestDatabase::serverUri(name));
        QVERIFY(!db);
        QVERIFY2(db.failure().text().contains(QStringLiteral("another program")),
                 qPrintable(db.failure().text()));
        TestDatabase::onServer(QStringLiteral("DO $$ BEGIN IF (SELECT count(*) FROM pg_tables "
                                              "WHERE schemaname = 'public') <> 1 THEN RAISE "
                                              "EXCEPTION 'changed'; END IF; END $$"),
                               name);
        TestDatabase::dropServerDatabase(name);
    }

    void twoPCsOpeningAtOnceUpgradeOnce()
    {
        const QString name = TestDatabase::createServerDatabase();
        const QString uri = TestDatabase::serverUri(name);
        QString first, second;
        auto openIt = [&uri](QString* error) {
            auto db = Database::open(uri);
            *error = db ? QString() : db.failure().text();
        };
        std::thread a(openIt, &first);
        std::thread b(openIt, &second);
        a.join();
        b.join();
        QVERIFY2(first.isEmpty(), qPrintable(first));
        QVERIFY2(second.isEmpty(), qPrintable(second));
        {
            auto db = Database::open(uri);
            QVERIFY(db);
            QCOMPARE(TestDatabase::scalarOn(
                         *db.value(), QStringLiteral("SELECT count(*) FROM lachealth_schema"), {})
                         .toInt(),
                     1);
            QCOMPARE(TestDatabase::scalarOn(
                         *db.value(), QStringLiteral("SELECT count(*) FROM legal_statuses"), {})
                         .toInt(),
                     13);
        }
        TestDatabase::dropServerDatabase(name);
    }

    void anOpenWaitsForAnUpgradeInProgress()
    {
        const QString name = TestDatabase::createServerDatabase();
        const QString uri = TestDatabase::serverUri(name);
        QString error = QStringLiteral("not finished");
        {
            // Another PC in the middle of an upgrade: it holds the upgrade lock.
            QSqlDatabase upgrading =
                QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("upgrading"));
            upgrading.setConnectOptions(
                ServerLocation::parse(uri)->keywords.join(QLatin1Char(';')));
            QVERIFY(upgrading.open());
            QVERIFY(upgrading.transaction());
            QSqlQuery lock(upgrading);
            QVERIFY(lock.exec(QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(0x4C414348)));
            // This PC's usual lock wait is short; the upgrade takes longer than that.
            std::thread opening([&uri, &error] {
                Database::Options options;
                options.busyTimeoutMs = 200;
                auto db = Database::open(uri, options);
                error = db ? QString() : db.failure().text();
            });
            QTest::qWait(1500);
            QVERIFY(upgrading.commit());
            opening.join();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("upgrading"));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        TestDatabase::dropServerDatabase(name);
    }

    void neverDeletedNorTruncated()
    {
        TestDatabase t;
        t.addChild(QStringLiteral("D1"), QStringLiteral("Ann"), QStringLiteral("Lee"),
                   QDate(2015, 1, 1), QDate(2025, 1, 1));
        for (const QString& sql :
             {QStringLiteral("DELETE FROM episodes"), QStringLiteral("TRUNCATE children CASCADE"),
              QStringLiteral("TRUNCATE audit_log")}) {
            // Not prepared: PostgreSQL cannot prepare TRUNCATE, and hand-written SQL is not.
            QSqlQuery q(t.sql());
            QVERIFY2(!q.exec(sql), qPrintable(sql));
            const QString error = q.lastError().text();
            QVERIFY2(error.contains(QStringLiteral("never deleted")) ||
                         error.contains(QStringLiteral("appended to")),
                     qPrintable(error));
        }
        QCOMPARE(t.scalar(QStringLiteral("SELECT count(*) FROM children")).toInt(), 1);
    }

    void aLockWaitEndsInTheBusyMessage()
    {
        TestDatabase t;
        const qint64 child =
            t.addChild(QStringLiteral("L1"), QStringLiteral("Bo"), QStringLiteral("Ray"),
                       QDate(2016, 2, 2), QDate(2026, 1, 5));
        WorkingDayCalendar calendar;
        Database::Options quick;
        quick.busyTimeoutMs = 300;
        auto other = Database::open(t.db().path(), quick);
        QVERIFY(other);
        const DueDateService mine(t.db(), calendar, AssessmentPolicy{});
        const DueDateService theirs(*other.value(), calendar, AssessmentPolicy{});
        {
            SqlTransaction tx(t.db());
            QVERIFY(tx.begun());
            QVERIFY(mine.recompute({child}, QDate(2026, 1, 6))); // holds the child's row
            const auto waited = theirs.recompute({child}, QDate(2026, 1, 6));
            QVERIFY(!waited);
            QVERIFY2(waited.failure().text().contains(QStringLiteral("someone else")),
                     qPrintable(waited.failure().text()));
            QVERIFY(tx.commit());
        }
        // Once the first save has finished, the second goes through.
        QVERIFY(theirs.recompute({child}, QDate(2026, 1, 6)));
        QCOMPARE(t.scalar(QStringLiteral("SELECT count(*) FROM assessments WHERE child_id = ? "
                                         "AND kind = 'IHA'"),
                          {child})
                     .toInt(),
                 1);
    }

    void copiesAFileDatabaseExactly()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("county.sqlite"));
        DemoOptions options;
        options.children = 60;
        options.today = QDate(2026, 3, 2);
        QVERIFY(DemoDatabaseBuilder::build(
            file, options, false, UserContext{QStringLiteral("dba"), UserRole::Administrator}));
        auto from = Database::open(file);
        QVERIFY(from);
        TestDatabase to;
        const auto copied = DatabaseCopy::copy(*from.value(), to.db());
        QVERIFY2(copied, qPrintable(copied ? QString() : copied.failure().text()));
        // Every table, the feature folders' ones (dental_checks) too.
        QCOMPARE(copied->size(), DatabaseCopy::tablesOf(*from.value())->size());
        QVERIFY(DatabaseCopy::tablesOf(*from.value())->contains(QStringLiteral("dental_checks")));
        QCOMPARE(copied->size(), DatabaseCopy::tablesOf(to.db())->size());
        for (const auto& count : copied.value())
            QCOMPARE(
                to.scalar(QStringLiteral("SELECT count(*) FROM %1").arg(count.table)).toLongLong(),
                count.rows);
        QCOMPARE(to.scalar(QStringLiteral("SELECT count(*) FROM children")).toInt(), 60);
        // The report's counts are not copied: the server's own triggers count the records as
        // they arrive, to the same figures as the file's.
        const auto counts = [](const Database& db) {
            QSqlQuery q(QSqlDatabase::database(db.connectionName()));
            q.exec(QStringLiteral("SELECT measure, month, location, placement_type, outcome, "
                                  "request_in_time, late_reason, n FROM report_counts WHERE n "
                                  "<> 0 ORDER BY 1, 2, 3, 4, 5, 6, 7"));
            QStringList rows;
            while (q.next()) {
                QStringList row;
                for (int i = 0; i < 8; ++i)
                    row << q.value(i).toString();
                rows << row.join(QLatin1Char('|'));
            }
            return rows;
        };
        QVERIFY(!DatabaseCopy::tablesOf(*from.value())->contains(QStringLiteral("report_counts")));
        QVERIFY(counts(*from.value()).size() > 10);
        QCOMPARE(counts(to.db()), counts(*from.value()));
        // Ids carry on after the copied ones, so new work does not collide.
        const qint64 maxId = to.scalar(QStringLiteral("SELECT max(id) FROM children")).toLongLong();
        QVERIFY(to.addChild(QStringLiteral("NEW1"), QStringLiteral("Di"), QStringLiteral("Fox"),
                            QDate(2019, 5, 5), QDate(2026, 2, 2)) > maxId);
        // A second copy into a database that now holds data changes nothing.
        const auto again = DatabaseCopy::copy(*from.value(), to.db());
        QVERIFY(!again);
        QVERIFY2(again.failure().text().contains(QStringLiteral("already holds data")),
                 qPrintable(again.failure().text()));
        QCOMPARE(to.scalar(QStringLiteral("SELECT count(*) FROM children")).toInt(), 61);
    }

    void theServerEnforcesTheTeamsRoles()
    {
        const QString pid = QString::number(QCoreApplication::applicationPid());
        const QString viewer = QStringLiteral("viewer_") + pid;
        const QString admin = QStringLiteral("admin_") + pid;
        {
            TestDatabase t;
            const qint64 child =
                t.addChild(QStringLiteral("R1"), QStringLiteral("Cy"), QStringLiteral("Moss"),
                           QDate(2014, 3, 3), QDate(2025, 6, 2));
            // The DBA's set-up script, run as the DBA runs it.
            QProcess psql;
            psql.start(QStringLiteral("psql"),
                       {QStringLiteral("-q"), QStringLiteral("-v"),
                        QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-d"), t.db().path(),
                        QStringLiteral("-f"), QStringLiteral(LACHEALTH_TEAM_SETUP_SQL)});
            QVERIFY(psql.waitForFinished(60000));
            QVERIFY2(psql.exitCode() == 0, psql.readAllStandardError().constData());

            TestDatabase::onServer(
                QStringLiteral("CREATE ROLE %1 LOGIN IN ROLE lachealth_viewer").arg(viewer));
            TestDatabase::onServer(
                QStringLiteral("CREATE ROLE %1 LOGIN IN ROLE lachealth_health_admin").arg(admin));
            {
                auto asViewer = Database::open(asLogin(t.db().path(), viewer));
                QVERIFY2(asViewer, qPrintable(asViewer ? QString() : asViewer.failure().text()));
                const auto signedIn = UserDirectory(*asViewer.value()).signIn(QStringLiteral("x"));
                QVERIFY(signedIn);
                QCOMPARE(signedIn->login, viewer); // the server's login, not the one offered
                QCOMPARE(signedIn->role, UserRole::Viewer);
                // Hand-written SQL cannot do what the window would not offer.
                const auto update = runQuery(*asViewer.value(),
                                             QStringLiteral("UPDATE children SET notes = 'x' "
                                                            "WHERE id = ?"),
                                             {child}, QStringLiteral("could not save"));
                QVERIFY(!update);
                QVERIFY2(update.failure().text().contains(QStringLiteral("not allowed")),
                         qPrintable(update.failure().text()));

                auto asAdmin = Database::open(asLogin(t.db().path(), admin));
                QVERIFY(asAdmin);
                QCOMPARE(UserDirectory(*asAdmin.value()).signIn(QString())->role,
                         UserRole::HealthAdmin);
                QVERIFY(runQuery(*asAdmin.value(),
                                 QStringLiteral("UPDATE children SET notes = 'seen' WHERE id = ?"),
                                 {child}, QStringLiteral("save")));
                QVERIFY(!runQuery(*asAdmin.value(), QStringLiteral("DELETE FROM children"), {},
                                  QStringLiteral("delete")));
                QVERIFY(!runQuery(*asAdmin.value(),
                                  QStringLiteral("UPDATE settings SET value = ''"), {},
                                  QStringLiteral("settings")));
                // Case work moves the report's counts through the triggers, which run as the
                // owner; the login itself cannot write a count.
                const qint64 period =
                    t.scalar(QStringLiteral("SELECT id FROM care_periods WHERE child_id = ?"),
                             {child})
                        .toLongLong();
                QVERIFY(runQuery(*asAdmin.value(),
                                 QStringLiteral("INSERT INTO assessments (child_id, "
                                                "care_period_id, kind, clock_start, due_date, "
                                                "status, completed_date, created_at, updated_at) "
                                                "VALUES (?, ?, 'IHA', '2025-06-02', '2025-06-30', "
                                                "'completed', '2025-06-20', 'x', 'x')"),
                                 {child, period}, QStringLiteral("record an IHA")));
                QCOMPARE(t.scalar(QStringLiteral("SELECT sum(n) FROM report_counts WHERE "
                                                 "measure = 'IHA' AND month = '2025-06' AND "
                                                 "outcome = 'in_time'"))
                             .toInt(),
                         1);
                QVERIFY(!runQuery(*asAdmin.value(),
                                  QStringLiteral("UPDATE report_counts SET n = n + 1"), {},
                                  QStringLiteral("counts")));
                // An audit entry in someone else's name is written in the real one.
                auto forged =
                    runQuery(*asAdmin.value(),
                             QStringLiteral("INSERT INTO audit_log (at, user_login, action, "
                                            "entity) VALUES ('2026-01-01T00:00:00Z', "
                                            "'someone_else', 'update', 'children') "
                                            "RETURNING user_login"),
                             {}, QStringLiteral("audit"));
                QVERIFY(forged);
                QVERIFY(forged.value().next());
                QCOMPARE(forged.value().value(0).toString(), admin);
            }
        } // the database goes first: a role with grants in it cannot be dropped
        TestDatabase::onServer(QStringLiteral("DROP ROLE %1").arg(viewer));
        TestDatabase::onServer(QStringLiteral("DROP ROLE %1").arg(admin));
    }
};

QTEST_GUILESS_MAIN(TestServerDatabase)
#include "tst_serverdatabase.moc"
