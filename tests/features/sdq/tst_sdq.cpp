// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// SDQs: when one is due, what the service refuses (a score and a reason together, a score
// outside 0-40, a future date), what it audits, the "SDQ due" pile, the list model and the
// demo county's share and mean.
#include "WorkspaceFixture.h"

#include "demo/DemoDatabaseBuilder.h"
#include "sdq/core/SdqDemo.h"
#include "sdq/core/SdqService.h"
#include "sdq/data/SdqStore.h"
#include "sdq/models/SdqListModel.h"

#include <QAbstractItemModelTester>
#include <QTemporaryDir>

using namespace lac;
using namespace lac::test;

class TestSdq : public QObject
{
    Q_OBJECT

    static SdqRecord scored(qint64 child, QDate on, int score)
    {
        SdqRecord s;
        s.childId = child;
        s.date = on;
        s.score = score;
        return s;
    }

private Q_SLOTS:
    void nextDue_data()
    {
        QTest::addColumn<QDate>("born");
        QTest::addColumn<QDate>("careStarted");
        QTest::addColumn<QDate>("last");
        QTest::addColumn<QDate>("due");
        QTest::newRow("in care at 2: due on the 4th birthday")
            << QDate(2020, 6, 1) << QDate(2022, 6, 1) << QDate() << QDate(2024, 6, 1);
        QTest::newRow("came into care at 9: due from the start of care")
            << QDate(2015, 6, 1) << QDate(2025, 2, 3) << QDate() << QDate(2025, 2, 3);
        QTest::newRow("a year after the last one")
            << QDate(2015, 6, 1) << QDate(2020, 2, 3) << QDate(2025, 7, 9) << QDate(2026, 7, 9);
        QTest::newRow("29 February, a year on")
            << QDate(2015, 6, 1) << QDate(2020, 2, 3) << QDate(2024, 2, 29) << QDate(2025, 2, 28);
        QTest::newRow("a year on would be past the 17th birthday: none due")
            << QDate(2009, 6, 1) << QDate(2020, 2, 3) << QDate(2025, 6, 2) << QDate();
        QTest::newRow("SDQ1 at 2: the first is still due on the 4th birthday")
            << QDate(2020, 6, 1) << QDate(2022, 6, 1) << QDate(2022, 7, 1) << QDate(2024, 6, 1);
        QTest::newRow("came into care at 17: none due")
            << QDate(2008, 6, 1) << QDate(2025, 6, 2) << QDate() << QDate();
    }
    void nextDue()
    {
        QFETCH(QDate, born);
        QFETCH(QDate, careStarted);
        QFETCH(QDate, last);
        QFETCH(QDate, due);
        QCOMPARE(SdqSchedule::nextDue(born, careStarted, last), due);
    }

    void refusesWhatCannotBeRight_data()
    {
        QTest::addColumn<QDate>("on");
        QTest::addColumn<int>("score"); // -1: none
        QTest::addColumn<int>("reason");
        QTest::addColumn<QString>("notes");
        QTest::addColumn<QString>("where");
        QTest::newRow("tomorrow") << QDate(2026, 3, 17) << 12 << 0 << ""
                                  << "Date";
        QTest::newRow("before birth") << QDate(2014, 12, 31) << 12 << 0 << ""
                                      << "Date";
        QTest::newRow("score 41") << QDate(2026, 1, 5) << 41 << 0 << ""
                                  << "Score";
        QTest::newRow("score -1 given as a number") << QDate(2026, 1, 5) << -2 << 0 << ""
                                                    << "Score";
        QTest::newRow("a score and a reason together")
            << QDate(2026, 1, 5) << 12 << int(SdqReason::CarerRefused) << ""
            << "Reason";
        QTest::newRow("neither a score nor a reason") << QDate(2026, 1, 5) << -1 << 0 << ""
                                                      << "Score";
        QTest::newRow("SDQ4 without saying what")
            << QDate(2026, 1, 5) << -1 << int(SdqReason::Other) << ""
            << "Notes";
        QTest::newRow("a score the day before the 4th birthday")
            << QDate(2018, 12, 31) << 12 << 0 << ""
            << "Score";
        QTest::newRow("a score on the 4th birthday") << QDate(2019, 1, 1) << 12 << 0 << ""
                                                     << "";
        QTest::newRow("SDQ1 for a child under 4")
            << QDate(2018, 12, 31) << -1 << int(SdqReason::OutsideAgeRange) << ""
            << "";
        QTest::newRow("score 0 is a score") << QDate(2026, 1, 5) << 0 << 0 << ""
                                            << "";
        QTest::newRow("score 40 is a score") << QDate(2026, 1, 5) << 40 << 0 << ""
                                             << "";
        QTest::newRow("SDQ5 alone")
            << QDate(2026, 1, 5) << -1 << int(SdqReason::YoungPersonRefused) << ""
            << "";
    }
    void refusesWhatCannotBeRight()
    {
        QFETCH(QDate, on);
        QFETCH(int, score);
        QFETCH(int, reason);
        QFETCH(QString, notes);
        QFETCH(QString, where);
        WorkspaceFixture f; // today is 16/03/2026
        SdqService service(f.context);
        const qint64 child =
            f.childInCare(QStringLiteral("Q1"), QDate(2015, 1, 1), QDate(2024, 1, 5));
        const int before = f.auditCount();
        SdqRecord s;
        s.childId = child;
        s.date = on;
        if (score != -1)
            s.score = score;
        s.reason = SdqReason(reason);
        s.notes = notes;
        auto r = service.record(s);
        if (where.isEmpty()) {
            QVERIFY(ok(r));
            QCOMPARE(f.auditCount(), before + 1);
            QCOMPARE(service.forChild(child).value().size(), 1);
            QCOMPARE(service.forChild(child).value().at(0).score, s.score);
            QCOMPARE(service.forChild(child).value().at(0).reason, s.reason);
            return;
        }
        QVERIFY(!r);
        QCOMPARE(r.failure().where, where);
        QCOMPARE(f.auditCount(), before); // nothing written, nothing lost
        QCOMPARE(service.forChild(child).value().size(), 0);
    }

    void recordsAndCorrectsWithAudit()
    {
        WorkspaceFixture f;
        SdqService service(f.context);
        const qint64 child =
            f.childInCare(QStringLiteral("Q2"), QDate(2015, 1, 1), QDate(2024, 1, 5));
        const int before = f.auditCount();
        QVERIFY(ok(service.record(scored(child, QDate(2025, 11, 2), 18))));
        SdqRecord fix = service.forChild(child).value().at(0);
        fix.score.reset();
        fix.reason = SdqReason::CarerRefused;
        QVERIFY(ok(service.correct(fix)));
        QCOMPARE(f.auditCount(), before + 2);
        const SdqRecord now = service.forChild(child).value().at(0);
        QVERIFY(!now.score);
        QCOMPARE(now.reason, SdqReason::CarerRefused);
        fix.notes = QStringLiteral("from a stale copy");
        QVERIFY(!service.correct(fix));
    }

    void thePileListsWhoIsDue()
    {
        WorkspaceFixture f; // today is 16/03/2026
        SdqService service(f.context);
        const SdqWorklistPile pile(service);
        const qint64 never =
            f.childInCare(QStringLiteral("N1"), QDate(2015, 1, 1), QDate(2026, 2, 1));
        const qint64 recent =
            f.childInCare(QStringLiteral("R1"), QDate(2015, 1, 1), QDate(2024, 2, 1));
        const qint64 lapsed =
            f.childInCare(QStringLiteral("L1"), QDate(2015, 1, 1), QDate(2024, 2, 1));
        const qint64 refused =
            f.childInCare(QStringLiteral("S1"), QDate(2012, 1, 1), QDate(2024, 2, 1));
        f.childInCare(QStringLiteral("Y1"), QDate(2023, 1, 1), QDate(2024, 2, 1)); // 3
        f.childInCare(QStringLiteral("O1"), QDate(2009, 1, 1), QDate(2024, 2, 1)); // 17
        QVERIFY(ok(service.record(scored(recent, QDate(2025, 12, 1), 9))));
        QVERIFY(ok(service.record(scored(lapsed, QDate(2025, 2, 14), 22))));
        SdqRecord no;
        no.childId = refused;
        no.date = QDate(2025, 9, 1);
        no.reason = SdqReason::YoungPersonRefused;
        QVERIFY(ok(service.record(no))); // a reason answers that year

        auto rows = pile.rows(f.context.today());
        QVERIFY(ok(rows));
        QList<qint64> ids;
        for (const WorklistRow& r : rows.value())
            ids << r.childId;
        QCOMPARE(ids, (QList<qint64>{never, lapsed}));
        QCOMPARE(rows.value().at(1).due, QDate(2026, 2, 14));
        QCOMPARE(pile.count(f.context.today()).value(), 2);
        QCOMPARE(pile.key(), QStringLiteral("sdq_due"));
        QCOMPARE(service.nextDue(recent).value(), QDate(2026, 12, 1));
        QCOMPARE(service.nextDue(refused).value(), QDate(2026, 9, 1));
    }

    void theListModelIsAWellBehavedModel()
    {
        SdqListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        SdqRecord b;
        b.childId = 1;
        b.date = QDate(2025, 1, 2);
        b.reason = SdqReason::DisabilityTooSevere;
        model.setRows({scored(1, QDate(2026, 1, 2), 0), b});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, SdqListModel::ScoreColumn).data().toString(), QStringLiteral("0"));
        QCOMPARE(model.index(1, SdqListModel::ScoreColumn).data().toString(), QString());
        QCOMPARE(model.index(1, SdqListModel::ReasonColumn).data().toString(),
                 SdqListModel::reasonText(SdqReason::DisabilityTooSevere));
        QVERIFY(SdqListModel::reasonText(SdqReason::DisabilityTooSevere)
                    .startsWith(QStringLiteral("SDQ3")));
    }

    void theDemoCountyIsNearEnglandsFigures()
    {
        QTemporaryDir dir;
        DemoOptions o;
        o.children = 900;
        o.seed = 4;
        o.today = QDate(2026, 3, 16);
        const QString path = dir.filePath(QStringLiteral("demo.sqlite"));
        auto built = DemoDatabaseBuilder::build(
            path, o, false, UserContext{QStringLiteral("demo"), UserRole::Administrator},
            {&SdqDemo::fill});
        QVERIFY(ok(built));
        auto db = Database::open(path);
        QVERIFY(ok(db));
        const SdqStore store(*db.value());
        int scores = 0;
        int reasons = 0;
        double sum = 0;
        const auto children = store.childrenInCare();
        QVERIFY(ok(children));
        for (const SdqStanding& c : children.value()) {
            const auto sdqs = store.forChild(c.childId);
            QVERIFY(ok(sdqs));
            for (const SdqRecord& s : sdqs.value()) {
                QVERIFY(s.date <= o.today);
                QVERIFY(s.date >= c.dateOfBirth.addYears(4));
                QVERIFY(!(s.score && s.reason != SdqReason::None));
                if (s.score) {
                    ++scores;
                    sum += *s.score;
                } else {
                    ++reasons;
                }
            }
        }
        QVERIFY(scores > 100);
        const double mean = sum / scores;
        qInfo("%d scores (mean %.1f), %d reasons", scores, mean, reasons);
        QVERIFY2(mean > 14.0 && mean < 15.8, qPrintable(QString::number(mean)));
        QVERIFY(reasons > 0);
    }
};

QTEST_MAIN(TestSdq)
#include "tst_sdq.moc"
