// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "rules/AssessmentScheduler.h"

#include <QTest>

using namespace lac;

namespace {

PlacementSpan placement(QDate start, const char* type = "U6", const char* ls = "C2",
                        PlacementLocation where = PlacementLocation::InArea, QDate end = {})
{
    return {start, end, QString::fromLatin1(type), QString::fromLatin1(ls), where};
}

RecordedAssessment done(qint64 id, AssessmentKind kind, qint64 period, QDate completed)
{
    RecordedAssessment r;
    r.id = id;
    r.kind = kind;
    r.carePeriodId = period;
    r.completed = completed;
    return r;
}

const PlannedAssessment* find(const ChildSchedule& s, AssessmentKind kind, bool completed)
{
    for (const auto& a : s.assessments) {
        if (a.kind == kind && a.completed.isValid() == completed)
            return &a;
    }
    return nullptr;
}

} // namespace

class TestAssessmentScheduler : public QObject
{
    Q_OBJECT

    WorkingDayCalendar calendar;
    AssessmentScheduler scheduler{calendar, AssessmentPolicy{}};

private Q_SLOTS:
    void newEntrantGetsAnIhaDueIn20WorkingDays()
    {
        ChildFacts child{QDate(2015, 3, 1),
                         {{1, QDate(2025, 12, 22), {}, true, {placement(QDate(2025, 12, 22))}}},
                         {}};
        const auto s = scheduler.plan(child, QDate(2026, 1, 5));
        QCOMPARE(s.assessments.size(), 1);
        const auto& iha = s.assessments.first();
        QCOMPARE(iha.kind, AssessmentKind::Initial);
        QCOMPARE(iha.id, 0);
        QCOMPARE(iha.due, QDate(2026, 1, 22));
        QCOMPARE(iha.requestDue, QDate(2025, 12, 31));
        QVERIFY(iha.exemption.isEmpty());
        QCOMPARE(iha.locationAtDue, PlacementLocation::InArea);
        QVERIFY(s.inCare);
        QCOMPARE(s.currentPlacementType, QStringLiteral("U6"));
        QCOMPARE(s.nextDue, QDate(2026, 1, 22));
        QCOMPARE(*s.nextDueKind, AssessmentKind::Initial);
    }

    void noReviewWhileIhaOutstanding()
    {
        ChildFacts child{QDate(2015, 3, 1),
                         {{1, QDate(2024, 1, 8), {}, true, {placement(QDate(2024, 1, 8))}}},
                         {}};
        const auto s = scheduler.plan(child, QDate(2026, 1, 5));
        QCOMPARE(s.assessments.size(), 1); // the overdue IHA only
        QVERIFY(s.nextDue < QDate(2026, 1, 5));
    }

    void reviewChainFollowsLastCompletedAssessment_data()
    {
        QTest::addColumn<QDate>("dob");
        QTest::addColumn<QDate>("ihaDone");
        QTest::addColumn<QDate>("rhaDue");
        QTest::newRow("10-year-old: 12 months")
            << QDate(2015, 3, 1) << QDate(2025, 1, 20) << QDate(2026, 1, 20);
        QTest::newRow("toddler: 6 months")
            << QDate(2023, 3, 1) << QDate(2025, 1, 20) << QDate(2025, 7, 20);
        QTest::newRow("late IHA moves the clock")
            << QDate(2015, 3, 1) << QDate(2025, 3, 31) << QDate(2026, 3, 31);
        QTest::newRow("month end clamps")
            << QDate(2023, 3, 1) << QDate(2025, 8, 29) << QDate(2026, 2, 28);
    }
    void reviewChainFollowsLastCompletedAssessment()
    {
        QFETCH(QDate, dob);
        QFETCH(QDate, ihaDone);
        QFETCH(QDate, rhaDue);
        ChildFacts child{dob,
                         {{1, QDate(2025, 1, 6), {}, true, {placement(QDate(2025, 1, 6))}}},
                         {done(10, AssessmentKind::Initial, 1, ihaDone)}};
        const auto s = scheduler.plan(child, QDate(2025, 6, 1));
        const auto* rha = find(s, AssessmentKind::Review, false);
        QVERIFY(rha);
        QCOMPARE(rha->id, 0);
        QCOMPARE(rha->clockStart, ihaDone);
        QCOMPARE(rha->due, rhaDue);
        QCOMPARE(s.nextDue, rhaDue);
        QCOMPARE(*s.nextDueKind, AssessmentKind::Review);
    }

    void completedReviewsKeptAndNextPlanned()
    {
        ChildFacts child{QDate(2012, 5, 1),
                         {{1, QDate(2022, 1, 4), {}, true, {placement(QDate(2022, 1, 4))}}},
                         {done(1, AssessmentKind::Initial, 1, QDate(2022, 1, 25)),
                          done(2, AssessmentKind::Review, 1, QDate(2023, 2, 1)),
                          done(3, AssessmentKind::Review, 1, QDate(2024, 1, 15))}};
        RecordedAssessment open;
        open.id = 4;
        open.kind = AssessmentKind::Review;
        open.carePeriodId = 1;
        open.due = QDate(2020, 1, 1); // stale: the scheduler corrects it
        child.assessments << open;
        const auto s = scheduler.plan(child, QDate(2024, 6, 1));
        QCOMPARE(s.assessments.size(), 4);
        QVERIFY(s.superseded.isEmpty());
        for (const auto& a : s.assessments) {
            if (a.id == 2)
                QCOMPARE(a.due, QDate(2023, 1, 25)); // completed late: 12 months from the IHA
            if (a.id == 3)
                QCOMPARE(a.due, QDate(2024, 2, 1));
            if (a.id == 4) {
                QCOMPARE(a.due, QDate(2025, 1, 15)); // the open row is reused, not duplicated
                QCOMPARE(a.clockStart, QDate(2024, 1, 15));
            }
        }
    }

    void exemptions()
    {
        // Short break: IHA exempt and no reviews.
        ChildFacts shortBreak{
            QDate(2015, 3, 1),
            {{1, QDate(2025, 1, 6), {}, true, {placement(QDate(2025, 1, 6), "U6", "V3")}}},
            {}};
        auto s = scheduler.plan(shortBreak, QDate(2025, 6, 1));
        QCOMPARE(s.assessments.size(), 1);
        QCOMPARE(s.assessments.first().exemption, QStringLiteral("short_break"));
        QVERIFY(!s.nextDue.isValid());

        // Left care before the IHA was due: not required, not late.
        ChildFacts leaver{
            QDate(2015, 3, 1),
            {{1, QDate(2025, 1, 6), QDate(2025, 1, 20), true, {placement(QDate(2025, 1, 6))}}},
            {}};
        s = scheduler.plan(leaver, QDate(2025, 6, 1));
        QCOMPARE(s.assessments.first().exemption, QStringLiteral("left_care"));
        QVERIFY(!s.inCare);

        // An IHA in the 3 months before this period: exempt, and it starts the RHA clock.
        ChildFacts returner{
            QDate(2015, 3, 1),
            {{1, QDate(2024, 10, 1), QDate(2024, 11, 30), true, {placement(QDate(2024, 10, 1))}},
             {2, QDate(2025, 1, 6), {}, true, {placement(QDate(2025, 1, 6))}}},
            {done(1, AssessmentKind::Initial, 1, QDate(2024, 10, 20))}};
        s = scheduler.plan(returner, QDate(2025, 6, 1));
        const PlannedAssessment* secondIha = nullptr;
        const PlannedAssessment* openReview = nullptr;
        for (const auto& a : s.assessments) {
            if (a.kind == AssessmentKind::Initial && a.carePeriodId == 2)
                secondIha = &a;
            if (a.kind == AssessmentKind::Review && !a.completed.isValid() && a.carePeriodId == 2)
                openReview = &a;
        }
        QVERIFY(secondIha);
        QCOMPARE(secondIha->exemption, QStringLiteral("iha_before_care"));
        QVERIFY(openReview);
        QCOMPARE(openReview->due, QDate(2025, 10, 20));
    }

    void reviewNotRequiredAfterLeavingCare()
    {
        RecordedAssessment open;
        open.id = 7;
        open.kind = AssessmentKind::Review;
        open.carePeriodId = 1;
        ChildFacts child{
            QDate(2012, 5, 1),
            {{1, QDate(2024, 1, 8), QDate(2024, 9, 1), true, {placement(QDate(2024, 1, 8))}}},
            {done(1, AssessmentKind::Initial, 1, QDate(2024, 1, 30)), open}};
        const auto s = scheduler.plan(child, QDate(2025, 6, 1));
        const auto* rha = find(s, AssessmentKind::Review, false);
        QVERIFY(rha);
        QCOMPARE(rha->id, 7);
        QCOMPARE(rha->exemption, QStringLiteral("left_care"));
        QVERIFY(!s.nextDue.isValid());
    }

    void preWindowCareHasNoIhaExpectation()
    {
        ChildFacts child{QDate(2012, 5, 1),
                         {{1, QDate(2016, 2, 1), {}, false, {placement(QDate(2016, 2, 1))}}},
                         {}};
        auto s = scheduler.plan(child, QDate(2025, 6, 1));
        QVERIFY(s.assessments.isEmpty());
        // Once an assessment is recorded, reviews follow it.
        child.assessments << done(5, AssessmentKind::Review, 1, QDate(2025, 3, 3));
        s = scheduler.plan(child, QDate(2025, 6, 1));
        QCOMPARE(s.nextDue, QDate(2026, 3, 3));
    }

    void locationAtDueFollowsPlacementMoves()
    {
        ChildFacts child{
            QDate(2015, 3, 1),
            {{1,
              QDate(2025, 1, 6),
              {},
              true,
              {placement(QDate(2025, 1, 6), "U6", "C1", PlacementLocation::InArea,
                         QDate(2025, 1, 20)),
               placement(QDate(2025, 1, 20), "K2", "C1", PlacementLocation::OutOfArea)}}},
            {}};
        const auto s = scheduler.plan(child, QDate(2025, 1, 10));
        QCOMPARE(s.assessments.first().locationAtDue, PlacementLocation::OutOfArea);
        QCOMPARE(s.currentLocation, PlacementLocation::InArea);
        QCOMPARE(s.currentPlacementType, QStringLiteral("U6"));
    }

    // Reports split entries and IHAs by where care began and RHAs by the placement on the due
    // date; the scheduler hands both over so that they are kept on the rows.
    void reportPlacementsFollowPlacementMoves()
    {
        ChildFacts child{QDate(2015, 3, 1),
                         {{1,
                           QDate(2025, 1, 6),
                           {},
                           true,
                           {placement(QDate(2025, 7, 1), "R1", "C2", PlacementLocation::InArea),
                            placement(QDate(2025, 1, 6), "U6", "C2", PlacementLocation::InArea,
                                      QDate(2025, 1, 20)),
                            placement(QDate(2025, 1, 20), "K2", "C2", PlacementLocation::OutOfArea,
                                      QDate(2025, 7, 1))}}},
                         {done(7, AssessmentKind::Initial, 1, QDate(2025, 1, 30))}};
        const auto s = scheduler.plan(child, QDate(2025, 8, 1));
        QCOMPARE(s.entries.size(), 1);
        QCOMPARE(s.entries.first().carePeriodId, qint64(1));
        QCOMPARE(s.entries.first().placementType,
                 QStringLiteral("U6")); // the first, not listed first
        QCOMPARE(s.entries.first().location, PlacementLocation::InArea);
        const PlannedAssessment* iha = find(s, AssessmentKind::Initial, true);
        QVERIFY(iha);
        QCOMPARE(iha->placementTypeAtDue, QStringLiteral("K2")); // moved before the IHA was due
        QCOMPARE(iha->locationAtDue, PlacementLocation::OutOfArea);
        const PlannedAssessment* rha = find(s, AssessmentKind::Review, false);
        QVERIFY(rha);
        QCOMPARE(rha->due, QDate(2026, 1, 30));
        QCOMPARE(rha->placementTypeAtDue, QStringLiteral("R1")); // back in area by then
        QCOMPARE(rha->locationAtDue, PlacementLocation::InArea);
    }

    void periodWithoutPlacementsHasNoEntryPlacement()
    {
        const ChildFacts child{QDate(2015, 3, 1), {{4, QDate(2025, 1, 6), {}, true, {}}}, {}};
        const auto s = scheduler.plan(child, QDate(2025, 1, 10));
        QCOMPARE(s.entries.size(), 1);
        QVERIFY(s.entries.first().placementType.isEmpty());
        QCOMPARE(s.entries.first().location, PlacementLocation::Unknown);
        QVERIFY(s.assessments.first().placementTypeAtDue.isEmpty());
    }

    void duplicateOpenRowsAreSuperseded()
    {
        RecordedAssessment a;
        a.id = 1;
        a.kind = AssessmentKind::Initial;
        a.carePeriodId = 1;
        RecordedAssessment b = a;
        b.id = 2;
        ChildFacts child{QDate(2015, 3, 1),
                         {{1, QDate(2025, 1, 6), {}, true, {placement(QDate(2025, 1, 6))}}},
                         {a, b}};
        const auto s = scheduler.plan(child, QDate(2025, 1, 10));
        QCOMPARE(s.assessments.size(), 1);
        QCOMPARE(s.superseded, QList<qint64>{2});
    }
};

QTEST_GUILESS_MAIN(TestAssessmentScheduler)
#include "tst_assessmentscheduler.moc"
