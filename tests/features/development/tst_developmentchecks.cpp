// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Development reviews of under-5s: when a child is up to date (OC2's HEALTH_CHECK), what the
// service refuses, what it audits, the list model, and the demo county's share up to date.
#include "WorkspaceFixture.h"

#include "demo/DemoDatabaseBuilder.h"
#include "development/core/DevelopmentCheckService.h"
#include "development/core/DevelopmentDemo.h"
#include "development/core/DevelopmentStatus.h"
#include "development/data/DevelopmentCheckStore.h"
#include "development/models/DevelopmentCheckListModel.h"

#include <QAbstractItemModelTester>
#include <QTemporaryDir>

using namespace lac;
using namespace lac::test;

using State = DevelopmentStatus::State;
Q_DECLARE_METATYPE(DevelopmentStatus::State)

class TestDevelopmentChecks : public QObject
{
    Q_OBJECT

    static DevelopmentCheckRecord review(qint64 child, DevelopmentReview r, QDate on,
                                         DevelopmentOutcome o = DevelopmentOutcome::Done)
    {
        DevelopmentCheckRecord c;
        c.childId = child;
        c.review = r;
        c.date = on;
        c.outcome = o;
        c.reviewer = QStringLiteral("Riverside Health Visiting Team");
        return c;
    }

private Q_SLOTS:
    void status_data()
    {
        // A child born on 10/01/2023: 6-8 week review due by 07/03/2023, 1 year review by
        // 10/04/2024, 2-2½ year review by 10/07/2025; 5 on 10/01/2028.
        QTest::addColumn<QString>("done"); // reviews done: w = 6-8 weeks, y = 1 year, t = 2 years
        QTest::addColumn<QString>("notDone");
        QTest::addColumn<QDate>("on");
        QTest::addColumn<State>("state");
        QTest::addColumn<int>("missing");
        QTest::newRow("7 weeks old: nothing due yet")
            << ""
            << "" << QDate(2023, 3, 1) << State::UpToDate << 0;
        QTest::newRow("the day the first review is due by, none recorded")
            << ""
            << "" << QDate(2023, 3, 7) << State::NothingRecorded << 1;
        QTest::newRow("first review done, 1 year not yet due")
            << "w"
            << "" << QDate(2024, 4, 9) << State::UpToDate << 0;
        QTest::newRow("1 year review overdue at 15 months")
            << "w"
            << "" << QDate(2024, 4, 10) << State::Behind << 1;
        QTest::newRow("a review declined is not done")
            << "w"
            << "y" << QDate(2024, 6, 1) << State::Behind << 1;
        QTest::newRow("all three done at 31 March")
            << "wyt"
            << "" << QDate(2026, 3, 31) << State::UpToDate << 0;
        QTest::newRow("two missed of three") << "t"
                                             << "" << QDate(2026, 3, 31) << State::Behind << 2;
        QTest::newRow("a review recorded after the date does not count yet")
            << "w"
            << "" << QDate(2023, 3, 2) << State::UpToDate << 0;
        QTest::newRow("aged 5: not asked for")
            << ""
            << "" << QDate(2028, 1, 10) << State::NotApplicable << 0;
        QTest::newRow("the day before the 5th birthday, nothing recorded")
            << ""
            << "" << QDate(2028, 1, 9) << State::NothingRecorded << 3;
    }
    void status()
    {
        QFETCH(QString, done);
        QFETCH(QString, notDone);
        QFETCH(QDate, on);
        QFETCH(State, state);
        QFETCH(int, missing);
        const QDate born(2023, 1, 10);
        QList<DevelopmentCheckRecord> checks;
        const auto add = [&](const QString& codes, DevelopmentOutcome outcome) {
            for (QChar c : codes) {
                const DevelopmentReview r = c == u'w'   ? DevelopmentReview::SixToEightWeeks
                                            : c == u'y' ? DevelopmentReview::OneYear
                                                        : DevelopmentReview::TwoYears;
                checks << review(1, r, DevelopmentStatus::dueBy(r, born).addDays(-5), outcome);
            }
        };
        add(done, DevelopmentOutcome::Done);
        add(notDone, DevelopmentOutcome::Declined);
        const DevelopmentStatus s = DevelopmentStatus::compute(born, checks, on);
        QCOMPARE(s.state, state);
        QCOMPARE(int(s.missing.size()), missing);
    }

    void refusesWhatCannotBeRight()
    {
        WorkspaceFixture f; // today is 16/03/2026
        DevelopmentCheckService service(f.context);
        const qint64 child =
            f.childInCare(QStringLiteral("V1"), QDate(2024, 5, 1), QDate(2025, 1, 5));
        const qint64 older =
            f.childInCare(QStringLiteral("V2"), QDate(2019, 5, 1), QDate(2025, 1, 5));
        const int before = f.auditCount();
        const auto where = [&](const DevelopmentCheckRecord& c) {
            auto r = service.record(c);
            return r ? QString() : r.failure().where;
        };
        QCOMPARE(where(review(child, DevelopmentReview::OneYear, QDate(2026, 3, 17))),
                 QStringLiteral("Date")); // tomorrow
        QCOMPARE(where(review(child, DevelopmentReview::OneYear, QDate(2024, 4, 30))),
                 QStringLiteral("Date")); // before birth
        QCOMPARE(where(review(older, DevelopmentReview::TwoYears, QDate(2024, 5, 1))),
                 QStringLiteral("Date")); // on the 5th birthday
        QCOMPARE(where(review(child, DevelopmentReview::OneYear, QDate(2025, 5, 1),
                              DevelopmentOutcome::NotDoneOther)),
                 QStringLiteral("Notes"));
        QCOMPARE(f.auditCount(), before); // nothing written
        QCOMPARE(service.forChild(child).value().size(), 0);
    }

    void recordsAndCorrectsWithAudit()
    {
        WorkspaceFixture f;
        DevelopmentCheckService service(f.context);
        const qint64 child =
            f.childInCare(QStringLiteral("V3"), QDate(2024, 5, 1), QDate(2025, 1, 5));
        const int before = f.auditCount();
        QCOMPARE(service.status(child, f.context.today()).value().state, State::NothingRecorded);
        QVERIFY(ok(
            service.record(review(child, DevelopmentReview::SixToEightWeeks, QDate(2024, 6, 20)))));
        QVERIFY(ok(service.record(review(child, DevelopmentReview::OneYear, QDate(2025, 5, 2),
                                         DevelopmentOutcome::WasNotBrought))));
        QCOMPARE(f.auditCount(), before + 2);
        auto status = service.status(child, f.context.today()).value();
        QCOMPARE(status.state, State::Behind);
        QCOMPARE(status.missing, QList<DevelopmentReview>{DevelopmentReview::OneYear});

        DevelopmentCheckRecord fix = service.forChild(child).value().at(1);
        fix.outcome = DevelopmentOutcome::Done;
        fix.notes = QStringLiteral("seen at the second appointment");
        QVERIFY(ok(service.correct(fix)));
        QCOMPARE(f.auditCount(), before + 3);
        status = service.status(child, f.context.today()).value();
        QCOMPARE(status.state, State::UpToDate);
        QCOMPARE(status.nextDueBy, QDate(2026, 11, 1));
        // The same old version again: someone else's change is never overwritten.
        fix.notes = QStringLiteral("from a stale copy");
        QVERIFY(!service.correct(fix));
        QCOMPARE(service.forChild(child).value().at(1).notes,
                 QStringLiteral("seen at the second appointment"));
    }

    void theOverduePileListsChildrenBehindOldestFirst()
    {
        WorkspaceFixture f; // today is 16/03/2026
        DevelopmentCheckService service(f.context);
        const DevelopmentWorklistPile pile(service);
        const auto child = [&f](const char* id, QDate born) {
            return f.childInCare(QString::fromLatin1(id), born, std::max(born, QDate(2025, 1, 5)));
        };
        // 1 year review due by 01/08/2025, not done: behind.
        const qint64 behind = child("P1", QDate(2024, 5, 1));
        QVERIFY(ok(service.record(
            review(behind, DevelopmentReview::SixToEightWeeks, QDate(2024, 6, 20)))));
        QVERIFY(ok(service.record(review(behind, DevelopmentReview::OneYear, QDate(2025, 5, 2),
                                         DevelopmentOutcome::Declined))));
        // 6-8 week review due by 26/01/2026 and nothing on record.
        const qint64 unknown = child("P2", QDate(2025, 12, 1));
        // Nothing due yet (due by 17/04/2026); 5 and over; every review done.
        child("P3", QDate(2026, 2, 20));
        child("P4", QDate(2020, 1, 1));
        const qint64 done = child("P5", QDate(2024, 5, 1));
        QVERIFY(ok(
            service.record(review(done, DevelopmentReview::SixToEightWeeks, QDate(2024, 6, 20)))));
        QVERIFY(ok(service.record(review(done, DevelopmentReview::OneYear, QDate(2025, 5, 2)))));

        const QDate today = f.context.today();
        QCOMPARE(pile.count(today).value(), 2);
        const auto rows = pile.rows(today).value();
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(0).childId, behind);
        QCOMPARE(rows.at(0).due, QDate(2025, 8, 1));
        QCOMPARE(rows.at(0).since, QDate(2025, 5, 2));
        QCOMPARE(rows.at(0).detail, QStringLiteral("1 year review not done"));
        QCOMPARE(rows.at(1).childId, unknown);
        QCOMPARE(rows.at(1).due, QDate(2026, 1, 26));
        QVERIFY(rows.at(1).detail.startsWith(QStringLiteral("no review recorded")));
        // The same children as each one's own status says.
        QCOMPARE(service.status(behind, today).value().state, State::Behind);
        QCOMPARE(service.status(unknown, today).value().state, State::NothingRecorded);
        // Once the 1 year review is done the child leaves the pile.
        QVERIFY(ok(service.record(review(behind, DevelopmentReview::OneYear, QDate(2025, 9, 9)))));
        QCOMPARE(pile.count(today).value(), 1);
    }

    void aViewerCannotRecord()
    {
        WorkspaceFixture f(UserRole::Viewer);
        DevelopmentCheckService service(f.context);
        const qint64 child = f.database.addChild(
            QStringLiteral("V4"), QStringLiteral("Amy"), QStringLiteral("V4"), QDate(2024, 5, 1),
            QDate(2025, 1, 5), QStringLiteral("U4"), QStringLiteral("IN"));
        QVERIFY(
            !service.record(review(child, DevelopmentReview::SixToEightWeeks, QDate(2024, 6, 20))));
        QVERIFY(ok(service.forChild(child)));
    }

    void theListModelIsAWellBehavedModel()
    {
        DevelopmentCheckListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRows({review(1, DevelopmentReview::SixToEightWeeks, QDate(2024, 6, 20)),
                       review(1, DevelopmentReview::OneYear, QDate(2025, 5, 2),
                              DevelopmentOutcome::Declined)});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), 5);
        QCOMPARE(model.index(1, DevelopmentCheckListModel::OutcomeColumn).data().toString(),
                 DevelopmentCheckListModel::outcomeText(DevelopmentOutcome::Declined));
        QCOMPARE(model.index(1, DevelopmentCheckListModel::ReviewColumn)
                     .data(PagedTableModel::RawValueRole)
                     .toInt(),
                 int(DevelopmentReview::OneYear));
        model.setRows({});
        QCOMPARE(model.rowCount(), 0);
    }

    void theDemoCountyIsMostlyUpToDate()
    {
        QTemporaryDir dir;
        DemoOptions o;
        o.children = 900;
        o.seed = 3;
        o.today = QDate(2026, 3, 16);
        const QString path = dir.filePath(QStringLiteral("demo.sqlite"));
        auto built = DemoDatabaseBuilder::build(
            path, o, false, UserContext{QStringLiteral("demo"), UserRole::Administrator},
            {&DevelopmentDemo::fill});
        QVERIFY(ok(built));
        QVERIFY(built.value().featureRecords > 0);
        auto db = Database::open(path);
        QVERIFY(ok(db));
        const DevelopmentCheckStore store(*db.value());
        int under5 = 0;
        int upToDate = 0;
        const auto children = store.childrenBornFrom(o.today.addYears(-5));
        QVERIFY(ok(children));
        for (const DevelopmentChild& c : children.value()) {
            const auto checks = store.forChild(c.childId);
            QVERIFY(ok(checks));
            const auto s = DevelopmentStatus::compute(c.dateOfBirth, checks.value(), o.today);
            if (s.state == State::NotApplicable)
                continue;
            ++under5;
            upToDate += s.state == State::UpToDate ? 1 : 0;
            QVERIFY(s.state != State::NothingRecorded);
        }
        QVERIFY(under5 > 40);
        const double share = double(upToDate) / under5;
        qInfo("%d of %d under-5s up to date (%.1f%%)", upToDate, under5, 100 * share);
        QVERIFY2(share > 0.8 && share < 0.96, qPrintable(QString::number(share)));
    }
};

QTEST_MAIN(TestDevelopmentChecks)
#include "tst_developmentchecks.moc"
