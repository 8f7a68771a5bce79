// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Late reasons and whose delay they were are combined, owners first and then reasons within
// each owner's row, before suppression (LateReasonFolding), so that no larger figure is hidden
// to protect one late assessment with no reason recorded: the rule as worked examples, and a
// quarter shaped like the 100,000-children county's, where 182 late because of health and 24
// of them for one reason were hidden to protect a "No reason recorded" of 1.
#include "reporting/BoardPaperText.h"
#include "reporting/LateReasonFolding.h"
#include "reporting/PublishedReport.h"

#include <QTest>

using namespace lac;
using I = ReportIndicator;
using Owners = QList<QStringList>;
using ReasonRows = QList<QList<int>>;

namespace {

LateReasonCount reason(const char* code, const char* owner, int count)
{
    return LateReasonCount{QString::fromLatin1(code), QString::fromLatin1(code).toUpper(),
                           QString::fromLatin1(owner), count};
}

/// The large county's quarter, by reason (in the reference list's order, "no reason" last).
QList<LateReasonCount> countyReasons()
{
    return {reason("late_notification", "social_care", 120),
            reason("paperwork", "social_care", 60),
            reason("consent", "social_care", 40),
            reason("ooa_capacity", "host_health", 90),
            reason("health_capacity", "health", 158),
            reason("was_not_brought", "carer", 70),
            reason("cancelled_by_carer", "carer", 30),
            reason("cancelled_by_health", "health", 24),
            reason("child_declined", "child", 15),
            reason("child_unavailable", "other", 8),
            reason("hard_to_engage", "child", 6),
            reason("unknown", "other", 5),
            reason("", "", 1)};
}

/// A quarter of a large county whose late assessments are \a reasons: each reason spread over
/// the three months (the last takes the remainder; a count of 1 falls in May), IHAs and RHAs
/// in the hundreds, a third of the late ones IHAs.
TimelinessReport countyQuarter(const QList<LateReasonCount>& reasons)
{
    TimelinessReport r;
    r.firstMonth = QDate(2026, 4, 1);
    r.lastMonth = QDate(2026, 6, 1);
    r.asOf = QDate(2026, 12, 5);
    for (int m = 0; m < 3; ++m) {
        MonthFigures f;
        f.month = r.firstMonth.addMonths(m);
        int late = 0;
        for (LateReasonCount x : reasons) {
            x.count = x.count == 1 ? (m == 1 ? 1 : 0)
                                   : (m < 2 ? x.count / 3 : x.count - 2 * (x.count / 3));
            if (x.count > 0)
                f.lateReasons << x;
            late += x.count;
        }
        const int ihaLate = late / 3;
        f[I::IhaInTime] = LocationCounts{40 + m, 20, 0};
        f[I::IhaLate] = LocationCounts{ihaLate * 2 / 3, ihaLate - ihaLate * 2 / 3, 0};
        f[I::RhaInTime] = LocationCounts{300, 150 + m, 0};
        f[I::RhaLate] =
            LocationCounts{(late - ihaLate) / 2, late - ihaLate - (late - ihaLate) / 2, 0};
        f[I::IhaDue] = f[I::IhaInTime];
        f[I::IhaDue] += f[I::IhaLate];
        f[I::RhaDue] = f[I::RhaInTime];
        f[I::RhaDue] += f[I::RhaLate];
        f[I::IhaRequestsInTime] = f[I::IhaDue];
        f[I::EnteredCare] = f[I::IhaDue];
        r.months << f;
    }
    return r;
}

} // namespace

class TestLateReasonFolding : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rule_data()
    {
        QTest::addColumn<QList<LateReasonCount>>("reasons");
        QTest::addColumn<int>("threshold");
        QTest::addColumn<Owners>("owners");
        QTest::addColumn<ReasonRows>("reasonRows");
        const QList<LateReasonCount> county = countyReasons();
        const Owners singleOwners{{QStringLiteral("social_care")},
                                  {QStringLiteral("health")},
                                  {QStringLiteral("host_health")},
                                  {QStringLiteral("carer")},
                                  {QStringLiteral("child")},
                                  {QStringLiteral("other")},
                                  {QString()}};
        // "No reason recorded" (1) joins "Other" (13), the owner with fewest left; within that
        // row, the 1 joins "Reason unknown" (5), its smallest reason.
        QTest::newRow("the county")
            << county << 5
            << Owners{{QStringLiteral("social_care")}, {QStringLiteral("health")},
                      {QStringLiteral("host_health")}, {QStringLiteral("carer")},
                      {QStringLiteral("child")},       {QStringLiteral("other"), QString()}}
            << ReasonRows{{0}, {1}, {2}, {3}, {4}, {5}, {6}, {7}, {8}, {9}, {10}, {11, 12}};
        QTest::newRow("internal: nothing combined")
            << county << 0 << singleOwners
            << ReasonRows{{0}, {1}, {2}, {3}, {4}, {5}, {6}, {7}, {8}, {9}, {10}, {11}, {12}};
        // Every owner 5 or more, but Health's interpreter needs (2) are small: they join the
        // owner's smallest other reason, and Health's row stays on its own.
        QTest::newRow("a small reason of a large owner")
            << QList<LateReasonCount>{reason("paperwork", "social_care", 9),
                                      reason("health_capacity", "health", 30),
                                      reason("cancelled_by_health", "health", 7),
                                      reason("interpreter_uasc", "health", 2)}
            << 5 << Owners{{QStringLiteral("social_care")}, {QStringLiteral("health")}}
            << ReasonRows{{0}, {1}, {2, 3}};
        // Two small owners together are 5 or more: they alone make the combined row, and
        // their reasons (3 and 2) one combined reason row.
        QTest::newRow("two small owners make one")
            << QList<LateReasonCount>{reason("paperwork", "social_care", 9),
                                      reason("was_not_brought", "carer", 3),
                                      reason("child_declined", "child", 2)}
            << 5
            << Owners{{QStringLiteral("social_care")},
                      {QStringLiteral("carer"), QStringLiteral("child")}}
            << ReasonRows{{0}, {1, 2}};
        // Every late assessment together is 1 to 4: combining would avoid nothing.
        QTest::newRow("all together still small")
            << QList<LateReasonCount>{reason("paperwork", "social_care", 2),
                                      reason("was_not_brought", "carer", 1)}
            << 5 << Owners{{QStringLiteral("social_care")}, {QStringLiteral("carer")}}
            << ReasonRows{{0}, {1}};
    }

    void rule()
    {
        QFETCH(QList<LateReasonCount>, reasons);
        QFETCH(int, threshold);
        QFETCH(Owners, owners);
        QFETCH(ReasonRows, reasonRows);
        const LateReasonFolding::Rows rows = LateReasonFolding::fold(reasons, threshold);
        QCOMPARE(rows.owners, owners);
        QCOMPARE(rows.reasons, reasonRows);
        // Each reason row belongs to the owner row holding its reasons' owners.
        for (int r = 0; r < rows.reasons.size(); ++r)
            for (int i : rows.reasons.at(r))
                QVERIFY(rows.owners.at(rows.reasonOwner.at(r)).contains(reasons.at(i).owner));
    }

    void theLargeCountyHidesNothingOfFiveOrMore()
    {
        const PublishedReport p(countyQuarter(countyReasons()), 5);
        const auto figures = p.suppressionFigures();
        QCOMPARE(figures.largeHidden, 0);
        QCOMPARE(figures.secondary, 0);
        QVERIFY2(p.audit().leak.isEmpty(), qPrintable(p.audit().leak));
        const int period = p.periodColumn();
        QCOMPARE(p.owners().size(), 6);
        QCOMPARE(p.owners().last(), QStringLiteral("other+"));
        QCOMPARE(p.ownerName(5), QStringLiteral("Others together (Other, No reason recorded)"));
        QCOMPARE(p.ownerCount(period, 5), QStringLiteral("14"));
        QCOMPARE(p.ownerCount(period, 1), QStringLiteral("182"));
        QCOMPARE(p.reasons().size(), 12);
        QCOMPARE(p.reasons().last().code, QStringLiteral("unknown+"));
        QCOMPARE(p.reasonCount(period, 11), QStringLiteral("6"));
        QCOMPARE(p.reasonCount(period, 7), QStringLiteral("24"));
        QVERIFY2(p.exceptions(period).contains(QStringLiteral(
                     "other reasons counted together (reason unknown; no reason recorded)")),
                 qPrintable(p.exceptions(period)));
        // The method box names the rows and the rule.
        const QString method = BoardPaperText::method(p).join(QLatin1Char('\n'));
        QVERIFY2(method.contains(QStringLiteral(
                     "counted together in the rows \"Others together (Other, No reason "
                     "recorded)\", \"Other reasons counted together (reason unknown; no reason "
                     "recorded)\"")),
                 qPrintable(method));
        QVERIFY(method.contains(QStringLiteral("the owner with the fewest late assessments")));
        // An internal report keeps every owner and reason.
        const PublishedReport internal(countyQuarter(countyReasons()), 0);
        QCOMPARE(internal.owners().size(), 7);
        QCOMPARE(internal.reasons().size(), 13);
        QVERIFY(internal.combinedLateRows().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestLateReasonFolding)
#include "tst_latereasonfolding.moc"
