// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportTestSupport.h"
#include "support/TestDatabase.h"

#include "data/AuditLog.h"
#include "data/SettingsStore.h"
#include "services/CaseContext.h"
#include "services/ChildCaseService.h"
#include "services/DueDateService.h"
#include "services/ImportService.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace lac;
using test::TestDatabase;

namespace {

const QByteArray header = "CHILD,SEX,DOB\nB1,1,01/02/2015\nB2,2,03/04/2016\nB3,1,05/06/2017\n";

/// What one person at one PC has: a connection and the services over it.
struct Desk
{
    Desk(std::unique_ptr<Database> database, const QString& login)
        : db(std::move(database))
        , settings(*db)
        , audit(*db, UserContext{login, UserRole::Administrator})
        , dueDates(*db, calendar, AssessmentPolicy{})
        , importer(*db, audit, settings, dueDates)
        , context{*db, audit, dueDates, AssessmentPolicy{}}
        , cases(context)
    {}
    std::unique_ptr<Database> db;
    WorkingDayCalendar calendar;
    SettingsStore settings;
    AuditLog audit;
    DueDateService dueDates;
    ImportService importer;
    CaseContext context; // the service keeps a reference
    ChildCaseService cases;
};

} // namespace

/// An import is all or nothing and one at a time, on SQLite and (as the PostgreSQL twin) on a
/// server: a database error part-way leaves every table as it was, and a colleague saving or
/// importing while it runs gets the busy message instead of a half-merged database.
class TestImportAtomicity : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString folder(const QString& name, const QByteArray& episodes)
    {
        const QString dir = m_dir.filePath(name);
        QDir().mkpath(dir);
        QFile h(dir + QStringLiteral("/header.csv"));
        QFile e(dir + QStringLiteral("/episodes.csv"));
        if (!h.open(QIODevice::WriteOnly) || !e.open(QIODevice::WriteOnly))
            return {};
        h.write(header);
        e.write(episodes);
        return dir;
    }
    static ImportRequest ssda903(const QString& dir)
    {
        ImportRequest r;
        r.path = dir;
        return r;
    }

    /// Imports the three children with one episode for B1, from folder \a name.
    bool recordB1(const Desk& desk, const QString& name)
    {
        const auto r = desk.importer.run(
            ssda903(folder(name, "CHILD,DECOM,RNE,LS,PLACE\nB1,06/01/2025,S,C1,U4\n")));
        return r && r->written;
    }

private Q_SLOTS:
    void aDatabaseErrorPartWayLeavesEveryTableAsItWas()
    {
        TestDatabase t;
        Desk desk(Database::open(t.path()).value(), QStringLiteral("tester"));
        QVERIFY(recordB1(desk, QStringLiteral("first")));
        // The database itself refuses B3's episode, after B2 has been added and B1's episode
        // changed: the rows already sent must all be undone.
        QSqlQuery trigger(t.sql());
        if (desk.db->isServer()) {
            QVERIFY(trigger.exec(QStringLiteral(
                "CREATE FUNCTION refuse_episode() RETURNS trigger LANGUAGE plpgsql AS "
                "$$ BEGIN RAISE EXCEPTION 'refused by the test'; END $$")));
            QVERIFY(trigger.exec(QStringLiteral(
                "CREATE TRIGGER refuse_episode BEFORE INSERT ON episodes FOR EACH ROW WHEN "
                "(NEW.start_date = '2025-03-03') EXECUTE FUNCTION refuse_episode()")));
        } else {
            QVERIFY(trigger.exec(QStringLiteral(
                "CREATE TRIGGER refuse_episode BEFORE INSERT ON episodes WHEN NEW.start_date = "
                "'2025-03-03' BEGIN SELECT RAISE(ABORT, 'refused by the test'); END")));
        }
        const QString before = importtest::dumpTables(t.path());
        const auto r = desk.importer.run(
            ssda903(folder(QStringLiteral("second"), "CHILD,DECOM,RNE,LS,PLACE,DEC,REC\n"
                                                     "B1,06/01/2025,S,C1,U4,03/02/2025,E11\n"
                                                     "B2,06/01/2025,S,C1,U4,,\n"
                                                     "B3,03/03/2025,S,C1,U4,,\n")));
        QVERIFY(!r);
        QVERIFY2(r.failure().text().contains(QStringLiteral("refused by the test")),
                 qPrintable(r.failure().text()));
        QCOMPARE(importtest::dumpTables(t.path()), before);
        QCOMPARE(t.scalar(QStringLiteral("SELECT count(*) FROM episodes")).toInt(), 1);
    }

    void aColleagueSavingDuringAnImportGetsTheBusyMessage()
    {
        TestDatabase t;
        Desk desk(Database::open(t.path()).value(), QStringLiteral("tester"));
        QVERIFY(recordB1(desk, QStringLiteral("v1")));
        const qint64 b1 =
            t.scalar(QStringLiteral("SELECT id FROM children WHERE case_id = 'B1'")).toLongLong();

        Database::Options quick;
        quick.busyTimeoutMs = 300;
        Desk colleague(Database::open(t.path(), quick).value(), QStringLiteral("colleague"));
        Status saved = Failure{QStringLiteral("not tried"), {}};
        Result<ImportReport> imported = Failure{QStringLiteral("not tried"), {}};
        ImportRequest request = ssda903(folder(QStringLiteral("v2"), "CHILD,DECOM,RNE,LS,PLACE\n"
                                                                     "B1,06/01/2025,S,C1,U6\n"
                                                                     "B2,06/01/2025,S,C1,U4\n"));
        request.progress = [&](double f, const QString&) {
            if (f < 0.98 || saved.failure().message != QLatin1String("not tried"))
                return;
            // Everything is written but not committed: B1's row is the import's until then.
            const auto child = colleague.cases.child(b1);
            saved = child ? colleague.cases.setClinicalNeed(b1, child->version, true)
                          : Status(child.failure());
            imported = colleague.importer.run(ssda903(m_dir.filePath(QStringLiteral("v1"))));
        };
        const auto r = desk.importer.run(request);
        QVERIFY2(r && r->written, r ? "" : qPrintable(r.failure().text()));
        const QString busy = QStringLiteral("someone else (on this or another PC) is saving");
        QVERIFY(!saved);
        QVERIFY2(saved.failure().text().contains(busy), qPrintable(saved.failure().text()));
        QVERIFY(!imported);
        QVERIFY2(imported.failure().text().contains(busy), qPrintable(imported.failure().text()));

        // The import is whole, and the colleague's save works once it has finished.
        QCOMPARE(t.scalar(QStringLiteral("SELECT count(*) FROM episodes")).toInt(), 2);
        QCOMPARE(t.scalar(QStringLiteral("SELECT placement_type FROM episodes e JOIN children c "
                                         "ON c.id = e.child_id WHERE c.case_id = 'B1'"))
                     .toString(),
                 QStringLiteral("U6"));
        const auto child = colleague.cases.child(b1);
        QVERIFY(child);
        QVERIFY(colleague.cases.setClinicalNeed(b1, child->version, true));
        QCOMPARE(t.scalar(QStringLiteral("SELECT count(*) FROM assessments WHERE kind = 'IHA' "
                                         "AND closed_at IS NULL"))
                     .toInt(),
                 2);
    }
};

QTEST_GUILESS_MAIN(TestImportAtomicity)
#include "tst_importatomicity.moc"
