// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// UASC health, on SQLite and PostgreSQL: when the initial screening is due and what of it is
// missing, what the service refuses, what it audits, the stale edit refused, the worklist
// pile "UASC screening outstanding" and the list model.
#include "WorkspaceFixture.h"

#include "data/SettingsStore.h"
#include "uasc/core/UascScreeningRule.h"
#include "uasc/core/UascService.h"
#include "uasc/models/UascScreeningListModel.h"

#include <QAbstractItemModelTester>

using namespace lac;
using namespace lac::test;

Q_DECLARE_METATYPE(QList<lac::UascScreen>)

class TestUasc : public QObject
{
    Q_OBJECT

    static UascScreening screen(qint64 child, UascScreen which, QDate on,
                                UascScreenOutcome outcome = UascScreenOutcome::NoFurtherAction)
    {
        UascScreening s;
        s.childId = child;
        s.screen = which;
        s.date = on;
        s.outcome = outcome;
        return s;
    }

    static qint64 uascChild(WorkspaceFixture& f, const QString& caseId, QDate start)
    {
        const qint64 id = f.childInCare(caseId, QDate(2009, 5, 1), start);
        f.database.exec(QStringLiteral("UPDATE children SET uasc = 1 WHERE id = ?"), {id});
        return id;
    }

private Q_SLOTS:
    void due_data()
    {
        QTest::addColumn<int>("workingDays");
        QTest::addColumn<QDate>("arrival");
        QTest::addColumn<QDate>("careStarted");
        QTest::addColumn<QDate>("due");
        QTest::newRow("arrival not known: 20 working days from care")
            << 20 << QDate() << QDate(2026, 2, 2) << QDate(2026, 3, 2);
        QTest::newRow("arrived before care: the clock starts with care")
            << 20 << QDate(2026, 1, 28) << QDate(2026, 2, 2) << QDate(2026, 3, 2);
        QTest::newRow("arrival recorded after care started: from arrival")
            << 20 << QDate(2026, 2, 9) << QDate(2026, 2, 2) << QDate(2026, 3, 9);
        QTest::newRow("Good Friday and Easter Monday are not working days")
            << 20 << QDate() << QDate(2026, 3, 26) << QDate(2026, 4, 27);
        QTest::newRow("a tighter local target of 10 working days")
            << 10 << QDate() << QDate(2026, 2, 2) << QDate(2026, 2, 16);
        QTest::newRow("no dates at all: nothing to chase") << 20 << QDate() << QDate() << QDate();
    }
    void due()
    {
        QFETCH(int, workingDays);
        QFETCH(QDate, arrival);
        QFETCH(QDate, careStarted);
        QFETCH(QDate, due);
        const WorkingDayCalendar calendar;
        QCOMPARE(UascScreeningRule{workingDays}.due(arrival, careStarted, calendar), due);
    }

    void missing_data()
    {
        using S = UascScreen;
        QTest::addColumn<QList<UascScreen>>("screened");
        QTest::addColumn<QList<UascScreen>>("missing");
        QTest::newRow("nothing yet")
            << QList<S>{} << QList<S>{S::Tuberculosis, S::HepatitisB, S::HepatitisC, S::Hiv};
        QTest::newRow("TB and HIV done")
            << QList<S>{S::Tuberculosis, S::Hiv} << QList<S>{S::HepatitisB, S::HepatitisC};
        QTest::newRow("an other screen is not an initial one")
            << QList<S>{S::Other}
            << QList<S>{S::Tuberculosis, S::HepatitisB, S::HepatitisC, S::Hiv};
        QTest::newRow("all four") << QList<S>{S::Hiv, S::HepatitisC, S::HepatitisB, S::Tuberculosis}
                                  << QList<S>{};
    }
    void missing()
    {
        QFETCH(QList<UascScreen>, screened);
        QFETCH(QList<UascScreen>, missing);
        QCOMPARE(UascScreeningRule::missing(screened), missing);
    }

    void refusesWhatCannotBeRight()
    {
        WorkspaceFixture f;
        SettingsStore settings(f.database.db());
        UascService service(f.context, settings, f.calendar);
        const qint64 child = uascChild(f, QStringLiteral("U1"), QDate(2026, 1, 5));
        const int before = f.auditCount();

        auto r = service.recordScreening(
            screen(child, UascScreen::Tuberculosis, f.context.today().addDays(1)));
        QVERIFY(!r);
        QCOMPARE(r.failure().where, QStringLiteral("Date"));
        QCOMPARE(service.recordScreening(screen(child, UascScreen::Other, QDate(2026, 2, 2)))
                     .failure()
                     .where,
                 QStringLiteral("Screen"));
        QCOMPARE(service
                     .recordScreening(screen(child, UascScreen::Hiv, QDate(2026, 2, 2),
                                             UascScreenOutcome::Referred))
                     .failure()
                     .where,
                 QStringLiteral("Referral"));
        UascProfile future;
        future.childId = child;
        future.arrivalDate = f.context.today().addDays(3);
        QCOMPARE(service.saveProfile(future).failure().where, QStringLiteral("Arrived"));
        QCOMPARE(f.auditCount(), before); // nothing written
        QCOMPARE(service.screenings(child).value().size(), 0);
        QVERIFY(!service.profile(child).value());
    }

    void recordsAndCorrectsWithAudit()
    {
        WorkspaceFixture f;
        SettingsStore settings(f.database.db());
        UascService service(f.context, settings, f.calendar);
        const qint64 child = uascChild(f, QStringLiteral("U2"), QDate(2026, 1, 5));
        const int before = f.auditCount();
        UascScreening tb =
            screen(child, UascScreen::Tuberculosis, QDate(2026, 2, 2), UascScreenOutcome::Referred);
        tb.referral = QStringLiteral("TB clinic");
        QVERIFY(ok(service.recordScreening(tb)));
        QCOMPARE(f.auditCount(), before + 1);
        auto list = service.screenings(child).value();
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.at(0).referral, QStringLiteral("TB clinic"));
        QCOMPARE(list.at(0).outcome, UascScreenOutcome::Referred);

        UascScreening fix = list.at(0);
        fix.date = QDate(2026, 2, 3);
        QVERIFY(ok(service.correctScreening(fix)));
        QCOMPARE(f.auditCount(), before + 2);
        QCOMPARE(service.screenings(child).value().at(0).date, QDate(2026, 2, 3));
        fix.notes = QStringLiteral("second edit from a stale copy");
        QVERIFY(!service.correctScreening(fix));
        QCOMPARE(service.screenings(child).value().at(0).notes, QString());

        // The summary: added once, then changed with the version check.
        UascProfile p;
        p.childId = child;
        p.arrivalDate = QDate(2026, 1, 2);
        p.interpreterLanguage = QStringLiteral("Pashto");
        auto id = service.saveProfile(p);
        QVERIFY(ok(id));
        QCOMPARE(f.auditCount(), before + 3);
        QVERIFY(!service.saveProfile(p)); // a second summary for the same child is refused
        UascProfile stored = *service.profile(child).value();
        QCOMPARE(stored.interpreterLanguage, QStringLiteral("Pashto"));
        QCOMPARE(stored.history, UascImmunisationHistory::Unknown);
        stored.gpPractice = QStringLiteral("Riverside Medical Centre");
        stored.catchUpPlan = QStringLiteral("resume at GP");
        QVERIFY(ok(service.saveProfile(stored)));
        QCOMPARE(service.profile(child).value()->gpPractice,
                 QStringLiteral("Riverside Medical Centre"));
        stored.optician = QStringLiteral("stale");
        QVERIFY(!service.saveProfile(stored));
        QCOMPARE(service.profile(child).value()->optician, QString());
        QCOMPARE(f.auditCount(), before + 4);
    }

    void aViewerCannotRecord()
    {
        WorkspaceFixture f(UserRole::Viewer);
        SettingsStore settings(f.database.db());
        UascService service(f.context, settings, f.calendar);
        const qint64 child = f.database.addChild(
            QStringLiteral("U3"), QStringLiteral("Amy"), QStringLiteral("U3"), QDate(2009, 1, 1),
            QDate(2026, 1, 5), QStringLiteral("U4"), QStringLiteral("IN"));
        QVERIFY(!service.recordScreening(screen(child, UascScreen::Hiv, QDate(2026, 2, 2))));
        UascProfile p;
        p.childId = child;
        QVERIFY(!service.saveProfile(p));
        QVERIFY(ok(service.screenings(child)));
    }

    void thePileListsWhoseScreeningIsOutstanding()
    {
        WorkspaceFixture f; // today is 16/03/2026
        SettingsStore settings(f.database.db());
        UascService service(f.context, settings, f.calendar);
        const UascWorklistPile pile(service);
        const qint64 none = uascChild(f, QStringLiteral("N1"), QDate(2026, 1, 5));
        const qint64 part = uascChild(f, QStringLiteral("P1"), QDate(2026, 2, 2));
        const qint64 done = uascChild(f, QStringLiteral("D1"), QDate(2026, 1, 5));
        const qint64 recent = uascChild(f, QStringLiteral("R1"), QDate(2026, 3, 2));
        const qint64 notUasc =
            f.childInCare(QStringLiteral("X1"), QDate(2009, 5, 1), QDate(2026, 1, 5));
        for (UascScreen s : UascScreeningRule::initialScreens())
            QVERIFY(ok(service.recordScreening(screen(done, s, QDate(2026, 1, 20),
                                                      s == UascScreen::Hiv
                                                          ? UascScreenOutcome::Declined
                                                          : UascScreenOutcome::ResultAwaited))));
        QVERIFY(
            ok(service.recordScreening(screen(part, UascScreen::Tuberculosis, QDate(2026, 2, 9)))));
        QVERIFY(ok(service.recordScreening(screen(part, UascScreen::Hiv, QDate(2026, 2, 9)))));

        auto rows = pile.rows(f.context.today());
        QVERIFY(ok(rows));
        QList<qint64> ids;
        for (const WorklistRow& r : rows.value())
            ids << r.childId;
        // Longest overdue first: due 02/02/2026 (care from 05/01), then 02/03/2026. Declined
        // and awaited count as screened; a child not yet 20 working days in is not chased;
        // a child who is not UASC never is.
        QCOMPARE(ids, (QList<qint64>{none, part}));
        QCOMPARE(rows.value().at(0).due, QDate(2026, 2, 2));
        QCOMPARE(rows.value().at(1).due, QDate(2026, 3, 2));
        QVERIFY(rows.value().at(1).detail.contains(QStringLiteral("hepatitis B, hepatitis C")));
        QCOMPARE(pile.count(f.context.today()).value(), 2);
        QVERIFY(!service.status(notUasc).value());
        QCOMPARE(service.status(recent).value()->due, QDate(2026, 3, 30));
        QVERIFY(service.status(done).value()->missing.isEmpty());

        // A shorter target is a setting: the recent arrival is then due too (16/03/2026).
        QVERIFY(ok(settings.setValue(QStringLiteral("uasc.screening_working_days"),
                                     QStringLiteral("10"))));
        QCOMPARE(pile.count(f.context.today()).value(), 3);
    }

    void theListModelIsAWellBehavedModel()
    {
        UascScreeningListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        UascScreening a = screen(1, UascScreen::Tuberculosis, QDate(2026, 1, 2));
        UascScreening b =
            screen(1, UascScreen::Other, QDate(2025, 1, 2), UascScreenOutcome::Declined);
        b.otherName = QStringLiteral("Schistosomiasis");
        b.notes = QStringLiteral("will think about it\nask again");
        model.setRows({a, b});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(1, UascScreeningListModel::ScreenColumn).data().toString(),
                 QStringLiteral("Other: Schistosomiasis"));
        QCOMPARE(model.index(1, UascScreeningListModel::OutcomeColumn).data().toString(),
                 UascScreeningListModel::outcomeText(UascScreenOutcome::Declined));
        QCOMPARE(model.index(1, UascScreeningListModel::NotesColumn).data().toString(),
                 QStringLiteral("will think about it"));
        QCOMPARE(model.index(0, UascScreeningListModel::DateColumn)
                     .data(PagedTableModel::RawValueRole)
                     .toDate(),
                 QDate(2026, 1, 2));
        model.setRows({});
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_MAIN(TestUasc)
#include "tst_uasc.moc"
