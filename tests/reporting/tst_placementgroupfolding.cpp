// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Placement types with small counts are combined into one row before suppression, so that no
// larger figure is hidden to protect them: the rule as worked examples, a county shaped like
// the 100,000-children demo (where 248 IHAs in time were hidden to protect 2), and the
// independent attacker on the group table as printed.
#include "TableAttack.h"
#include "reporting/BoardPaperText.h"
#include "reporting/PlacementGroupFolding.h"
#include "reporting/PublishedReport.h"

#include <QTest>

using namespace lac;
using lac::test::Table;
using I = ReportIndicator;
using L = LocationColumn;

namespace {

GroupFigures group(const char* code, int ihaIn, int ihaLate, int rhaIn, int rhaLate)
{
    return GroupFigures{QString::fromLatin1(code), ihaIn, ihaLate, 0, rhaIn, rhaLate, 0};
}

/// The 100,000-children county's placement types over its 12-month paper.
QList<GroupFigures> countyGroups()
{
    return {group("foster_relatives", 2117, 1416, 6104, 1401),
            group("foster_other", 7100, 5063, 22583, 5413),
            group("adoption", 0, 0, 1545, 393),
            group("with_parents", 900, 477, 2545, 486),
            group("homes_secure", 927, 1235, 2916, 1410),
            group("supported_independent", 604, 585, 1688, 528),
            group("other_residential", 248, 279, 466, 231),
            group("temporary", 2, 8, 53, 15)};
}

/// Twelve months whose period totals are the sums of \a groups, spread evenly (the last month
/// takes the remainder), every month's counts in the hundreds.
TimelinessReport countyReport(const QList<GroupFigures>& groups)
{
    TimelinessReport r;
    r.firstMonth = QDate(2025, 12, 1);
    r.lastMonth = QDate(2026, 11, 1);
    r.asOf = QDate(2026, 12, 5);
    const GroupFigures all = PlacementGroupFolding::sum(groups, {0, 1, 2, 3, 4, 5, 6, 7});
    const auto part = [](int total, int m) {
        return m < 11 ? total / 12 : total - 11 * (total / 12);
    };
    for (int m = 0; m < 12; ++m) {
        MonthFigures f;
        f.month = r.firstMonth.addMonths(m);
        const int inTime = part(all.ihaInTime, m);
        const int late = part(all.ihaLate, m);
        f[I::EnteredCare] =
            LocationCounts{(inTime + late) * 2 / 3, inTime + late - (inTime + late) * 2 / 3, 0};
        f[I::IhaDue] = f[I::EnteredCare];
        f[I::IhaInTime] = LocationCounts{inTime * 2 / 3, inTime - inTime * 2 / 3, 0};
        f[I::IhaLate] = LocationCounts{late * 2 / 3, late - late * 2 / 3, 0};
        f[I::IhaRequestsInTime] = f[I::IhaDue];
        const int rhaIn = part(all.rhaInTime, m);
        const int rhaLate = part(all.rhaLate, m);
        f[I::RhaDue] =
            LocationCounts{(rhaIn + rhaLate) / 2, rhaIn + rhaLate - (rhaIn + rhaLate) / 2, 0};
        f[I::RhaInTime] = LocationCounts{rhaIn / 2, rhaIn - rhaIn / 2, 0};
        f[I::RhaLate] = LocationCounts{rhaLate / 2, rhaLate - rhaLate / 2, 0};
        r.months << f;
    }
    r.groups = groups;
    return r;
}

} // namespace

class TestPlacementGroupFolding : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rule_data()
    {
        QTest::addColumn<QList<GroupFigures>>("groups");
        QTest::addColumn<int>("threshold");
        QTest::addColumn<QList<QList<int>>>("rows");
        const QList<GroupFigures> county = countyGroups();
        // Temporary (2 IHAs in time) joins Other residential, the type with fewest left.
        QTest::newRow("the county")
            << county << 5 << QList<QList<int>>{{0}, {1}, {2}, {3}, {4}, {5}, {6, 7}};
        QTest::newRow("internal: nothing combined")
            << county << 0 << QList<QList<int>>{{0}, {1}, {2}, {3}, {4}, {5}, {6}, {7}};
        QTest::newRow("nothing small") << QList<GroupFigures>{group("foster_other", 50, 6, 0, 0),
                                                              group("adoption", 0, 0, 9, 5)}
                                       << 5 << QList<QList<int>>{{0}, {1}};
        // Two small types together are 5 or more: they alone make the combined row.
        QTest::newRow("two small make one")
            << QList<GroupFigures>{group("foster_other", 50, 6, 0, 0),
                                   group("temporary", 3, 0, 0, 0), group("other", 2, 0, 0, 0)}
            << 5 << QList<QList<int>>{{0}, {1, 2}};
        // On a tie of size, the earlier type joins.
        QTest::newRow("tie") << QList<GroupFigures>{group("foster_other", 50, 6, 0, 0),
                                                    group("adoption", 7, 0, 0, 0),
                                                    group("with_parents", 7, 0, 0, 0),
                                                    group("temporary", 1, 0, 0, 0)}
                             << 5 << QList<QList<int>>{{0}, {2}, {1, 3}};
        // The 3 IHAs late in all are small in any row: that measure is left out of the rule,
        // and nothing else is small.
        QTest::newRow("a measure small in all")
            << QList<GroupFigures>{group("foster_other", 10, 3, 0, 0),
                                   group("homes_secure", 5, 0, 0, 0)}
            << 5 << QList<QList<int>>{{0}, {1}};
        // With Placed with parents' 2 IHAs in time, Homes (the smaller type left) joins it; the
        // 3 IHAs late they hold are small whatever the rows (4 in all). Before, the combined
        // row's 3 late took Foster too, and then every type together had 4: nothing combined.
        QTest::newRow("the rest combine beside a measure small in all")
            << QList<GroupFigures>{group("foster_other", 10, 1, 20, 6),
                                   group("with_parents", 2, 0, 3, 0),
                                   group("homes_secure", 8, 3, 9, 5)}
            << 5 << QList<QList<int>>{{0}, {1, 2}};
    }

    void rule()
    {
        QFETCH(QList<GroupFigures>, groups);
        QFETCH(int, threshold);
        QFETCH(QList<QList<int>>, rows);
        QCOMPARE(PlacementGroupFolding::rows(groups, threshold), rows);
    }

    void theLargeCountyHidesNothingOfFiveOrMore()
    {
        const PublishedReport p(countyReport(countyGroups()), 5);
        const auto figures = p.suppressionFigures();
        QCOMPARE(figures.largeHidden, 0);
        QCOMPARE(figures.secondary, 0);
        QVERIFY(p.audit().leak.isEmpty());
        QCOMPARE(p.groupCount(), 7);
        const int combined = p.groupCount() - 1;
        QCOMPARE(p.groupName(combined),
                 QStringLiteral("Other placements (Other residential, Temporary)"));
        QCOMPARE(p.groupCode(combined), QStringLiteral("other_residential+temporary"));
        QCOMPARE(p.groupCount(combined, GroupMeasure::IhaInTime), QStringLiteral("250"));
        QCOMPARE(p.groupCount(combined, GroupMeasure::RhaLate), QStringLiteral("246"));
        QCOMPARE(p.groupCount(0, GroupMeasure::IhaInTime), QStringLiteral("2117"));
        // The method box says which types were combined, and by what rule.
        const QString method = BoardPaperText::method(p).join(QLatin1Char('\n'));
        QVERIFY2(method.contains(QStringLiteral("Placement types: Other residential and Temporary "
                                                "are counted together in the row \"Other "
                                                "placements (Other residential, Temporary)\"")),
                 qPrintable(method));
        QVERIFY(method.contains(QStringLiteral("decided before any number is hidden")));
        // An internal report keeps every type.
        const PublishedReport internal(countyReport(countyGroups()), 0);
        QCOMPARE(internal.groupCount(), 8);
        QVERIFY(internal.combinedGroupNames().isEmpty());
    }

    void theAttackerFindsNothingInTheGroupTable()
    {
        // The group table as printed, IHAs in time and late: a row per printed group and the
        // period's total, attacked by the independent search. Types on their own: the 2 in
        // "Temporary" needs a larger figure hidden beside it. Combined: nothing is hidden and
        // nothing small is printed.
        const QList<GroupFigures> groups = countyGroups();
        for (bool combine : {false, true}) {
            const QList<QList<int>> rows = combine ? PlacementGroupFolding::rows(groups, 5)
                                                   : PlacementGroupFolding::rows(groups, 0);
            SmallNumberSuppression s(5);
            Table t;
            for (int k = 0; k < 2; ++k) {
                QList<int> parts;
                for (const QList<int>& row : rows) {
                    const GroupFigures f = PlacementGroupFolding::sum(groups, row);
                    // Large counts are cut to the tens so that the search stays small; what
                    // is small stays as it is.
                    const int v = k == 0 ? f.ihaInTime : f.ihaLate;
                    parts << int(t.cells.size());
                    t.cells << s.addCell(v < 5 ? v : 5 + v % 20);
                }
                lac::test::addTotalOf(s, t, parts);
            }
            lac::test::addRules(s, t);
            s.apply();
            int largeHidden = 0;
            for (int c : std::as_const(t.cells))
                largeHidden += s.value(c) >= 5 && s.isHidden(c) ? 1 : 0;
            QCOMPARE(largeHidden > 0, !combine);
            const auto range = lac::test::exhaustiveAttack(s, t, 60);
            for (auto it = range.cbegin(); it != range.cend(); ++it)
                QVERIFY2(it->first < it->second,
                         qPrintable(
                             QStringLiteral("cell %1 pinned to %2").arg(it.key()).arg(it->first)));
        }
    }
};

QTEST_MAIN(TestPlacementGroupFolding)
#include "tst_placementgroupfolding.moc"
