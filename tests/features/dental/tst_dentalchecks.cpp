// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Dental checks, the first kind of record added as a feature folder: when a check is due,
// what the service refuses, what it audits, the worklist pile and the list model.
#include "WorkspaceFixture.h"

#include "data/SettingsStore.h"
#include "dental/core/DentalCheckService.h"
#include "dental/core/DentalSchedule.h"
#include "dental/models/DentalCheckListModel.h"

#include <QAbstractItemModelTester>

using namespace lac;
using namespace lac::test;

class TestDentalChecks : public QObject
{
    Q_OBJECT

    static DentalCheckRecord seen(qint64 child, QDate on)
    {
        DentalCheckRecord c;
        c.childId = child;
        c.date = on;
        c.dentist = QStringLiteral("Bridge Street Dental");
        return c;
    }

private Q_SLOTS:
    void nextDue_data()
    {
        QTest::addColumn<int>("months");
        QTest::addColumn<QDate>("lastCheck");
        QTest::addColumn<QDate>("careStarted");
        QTest::addColumn<QDate>("due");
        QTest::newRow("yearly after a check")
            << 12 << QDate(2025, 3, 10) << QDate(2024, 1, 5) << QDate(2026, 3, 10);
        QTest::newRow("a local six-monthly standard")
            << 6 << QDate(2025, 8, 31) << QDate(2024, 1, 5) << QDate(2026, 2, 28);
        QTest::newRow("no check recorded: due since care started")
            << 12 << QDate() << QDate(2026, 1, 20) << QDate(2026, 1, 20);
        QTest::newRow("29 February, a year on")
            << 12 << QDate(2024, 2, 29) << QDate(2023, 6, 1) << QDate(2025, 2, 28);
    }
    void nextDue()
    {
        QFETCH(int, months);
        QFETCH(QDate, lastCheck);
        QFETCH(QDate, careStarted);
        QFETCH(QDate, due);
        QCOMPARE(DentalSchedule{months}.nextDue(lastCheck, careStarted), due);
    }

    void refusesWhatCannotBeRight()
    {
        WorkspaceFixture f;
        SettingsStore settings(f.database.db());
        DentalCheckService service(f.context, settings);
        const qint64 child =
            f.childInCare(QStringLiteral("D1"), QDate(2015, 1, 1), QDate(2026, 1, 5));
        const int before = f.auditCount();

        DentalCheckRecord future = seen(child, f.context.today().addDays(1));
        auto r = service.record(future);
        QVERIFY(!r);
        QCOMPARE(r.failure().where, QStringLiteral("Date"));
        DentalCheckRecord noDentist = seen(child, QDate(2026, 2, 2));
        noDentist.dentist.clear();
        QCOMPARE(service.record(noDentist).failure().where, QStringLiteral("Dentist"));
        DentalCheckRecord otherReason = seen(child, QDate(2026, 2, 2));
        otherReason.reason = DentalNotSeenReason::Other;
        QCOMPARE(service.record(otherReason).failure().where, QStringLiteral("Notes"));
        QCOMPARE(f.auditCount(), before); // nothing written
        QCOMPARE(service.forChild(child).value().size(), 0);
    }

    void recordsAndCorrectsWithAudit()
    {
        WorkspaceFixture f;
        SettingsStore settings(f.database.db());
        DentalCheckService service(f.context, settings);
        const qint64 child =
            f.childInCare(QStringLiteral("D2"), QDate(2015, 1, 1), QDate(2025, 1, 5));
        const int before = f.auditCount();
        auto id = service.record(seen(child, QDate(2026, 2, 2)));
        QVERIFY(ok(id));
        QCOMPARE(f.auditCount(), before + 1);
        auto checks = service.forChild(child).value();
        QCOMPARE(checks.size(), 1);
        QCOMPARE(checks.at(0).dentist, QStringLiteral("Bridge Street Dental"));

        DentalCheckRecord fix = checks.at(0);
        fix.date = QDate(2026, 2, 3);
        QVERIFY(ok(service.correct(fix)));
        QCOMPARE(f.auditCount(), before + 2);
        QCOMPARE(service.forChild(child).value().at(0).date, QDate(2026, 2, 3));
        // The same old version again: someone else's change is never overwritten.
        fix.notes = QStringLiteral("second edit from a stale copy");
        QVERIFY(!service.correct(fix));
        QCOMPARE(service.forChild(child).value().at(0).notes, QString());
    }

    void aViewerCannotRecord()
    {
        WorkspaceFixture f(UserRole::Viewer);
        SettingsStore settings(f.database.db());
        DentalCheckService service(f.context, settings);
        const qint64 child = f.database.addChild(
            QStringLiteral("D3"), QStringLiteral("Amy"), QStringLiteral("D3"), QDate(2015, 1, 1),
            QDate(2026, 1, 5), QStringLiteral("U4"), QStringLiteral("IN"));
        QVERIFY(!service.record(seen(child, QDate(2026, 2, 2))));
        QVERIFY(ok(service.forChild(child)));
    }

    void thePileListsWhoIsDue()
    {
        WorkspaceFixture f; // today is 16/03/2026
        SettingsStore settings(f.database.db());
        DentalCheckService service(f.context, settings);
        const DentalWorklistPile pile(service);
        const qint64 never =
            f.childInCare(QStringLiteral("N1"), QDate(2015, 1, 1), QDate(2026, 2, 1));
        const qint64 recent =
            f.childInCare(QStringLiteral("R1"), QDate(2015, 1, 1), QDate(2024, 2, 1));
        const qint64 lapsed =
            f.childInCare(QStringLiteral("L1"), QDate(2015, 1, 1), QDate(2024, 2, 1));
        const qint64 notSeen =
            f.childInCare(QStringLiteral("S1"), QDate(2015, 1, 1), QDate(2024, 2, 1));
        QVERIFY(ok(service.record(seen(recent, QDate(2025, 12, 1)))));
        QVERIFY(ok(service.record(seen(lapsed, QDate(2025, 2, 14)))));
        DentalCheckRecord visit = seen(notSeen, QDate(2026, 3, 1));
        visit.reason = DentalNotSeenReason::NoNhsDentist;
        QVERIFY(ok(service.record(visit))); // a visit without a check is no check

        auto rows = pile.rows(f.context.today());
        QVERIFY(ok(rows));
        QList<qint64> ids;
        for (const WorklistRow& r : rows.value())
            ids << r.childId;
        // Longest overdue first: none since care started in 2024, none since care started on
        // 01/02/2026, and a year after the check on 14/02/2025.
        QCOMPARE(ids, (QList<qint64>{notSeen, never, lapsed}));
        QCOMPARE(rows.value().at(2).due, QDate(2026, 2, 14));
        QCOMPARE(pile.count(f.context.today()).value(), 3);
        QCOMPARE(service.nextDue(recent).value(), QDate(2026, 12, 1));

        // A tighter local standard is a setting.
        QVERIFY(ok(settings.setValue(QStringLiteral("dental.months_between_checks"),
                                     QStringLiteral("3"))));
        QCOMPARE(pile.count(f.context.today()).value(), 4);
    }

    void theListModelIsAWellBehavedModel()
    {
        DentalCheckListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        DentalCheckRecord a = seen(1, QDate(2026, 1, 2));
        DentalCheckRecord b = seen(1, QDate(2025, 1, 2));
        b.reason = DentalNotSeenReason::Refused;
        b.notes = QStringLiteral("did not want to go\nwill try again");
        model.setRows({a, b});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(1, DentalCheckListModel::OutcomeColumn).data().toString(),
                 DentalCheckListModel::reasonText(DentalNotSeenReason::Refused));
        QCOMPARE(model.index(1, DentalCheckListModel::NotesColumn).data().toString(),
                 QStringLiteral("did not want to go"));
        QCOMPARE(model.index(0, DentalCheckListModel::DateColumn)
                     .data(PagedTableModel::RawValueRole)
                     .toDate(),
                 QDate(2026, 1, 2));
    }
};

QTEST_MAIN(TestDentalChecks)
#include "tst_dentalchecks.moc"
