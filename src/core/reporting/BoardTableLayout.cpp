// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reporting/BoardTableLayout.h"

#include "reporting/TimelinessReport.h"

namespace lac {

BoardTableLayout BoardTableLayout::choose(const TimelinessReport& report, int threshold)
{
    using I = ReportIndicator;
    BoardTableLayout layout;
    const auto small = [threshold](int v) { return v >= 1 && v < threshold; };
    const auto outOfArea = [](const LocationCounts& c) { return c.outOfArea + c.unknown; };
    const int months = int(report.months.size());

    // By month: fewer than a third of the months from 1 to N−1.
    for (I r : {I::EnteredCare, I::IhaInTime, I::IhaLate, I::IhaPending, I::RhaInTime, I::RhaLate,
                I::RhaPending}) {
        int smallMonths = 0;
        for (const MonthFigures& m : report.months)
            smallMonths += small(m[r].total()) ? 1 : 0;
        if (3 * smallMonths >= months && smallMonths > 0)
            layout.m_periodOnly |= bit(r);
    }

    // Split for the period: a row with a small part goes, with its assessment's number due.
    const auto smallSplit = [&](I r) {
        const LocationCounts c = report.periodTotal(r);
        return small(c.inArea) || small(outOfArea(c));
    };
    if (smallSplit(I::EnteredCare))
        layout.m_unsplit |= bit(I::EnteredCare);
    for (const auto& [due, parts] :
         {std::pair{I::IhaDue, QList<I>{I::IhaInTime, I::IhaLate, I::IhaPending}},
          std::pair{I::RhaDue, QList<I>{I::RhaInTime, I::RhaLate, I::RhaPending}}}) {
        for (I r : parts) {
            if (smallSplit(r))
                layout.m_unsplit |= bit(r) | bit(due);
        }
    }

    // Split by month: no monthly part from 1 to N−1.
    for (I r : {I::EnteredCare, I::IhaInTime, I::IhaLate, I::RhaInTime, I::RhaLate}) {
        if (!layout.isByMonth(r) || !layout.isSplit(r))
            continue;
        bool anySmall = false;
        for (const MonthFigures& m : report.months)
            anySmall = anySmall || small(m[r].inArea) || small(outOfArea(m[r]));
        if (!anySmall)
            layout.m_splitByMonth |= bit(r);
    }
    return layout;
}

bool BoardTableLayout::isByMonth(ReportIndicator indicator) const
{
    return (m_periodOnly & bit(indicator)) == 0;
}

bool BoardTableLayout::isSplit(ReportIndicator indicator) const
{
    return (m_unsplit & bit(indicator)) == 0;
}

bool BoardTableLayout::isSplitByMonth(ReportIndicator indicator) const
{
    return (m_splitByMonth & bit(indicator)) != 0;
}

QList<ReportIndicator> BoardTableLayout::rowsIn(unsigned bits) const
{
    QList<ReportIndicator> rows;
    for (ReportIndicator ind : allReportIndicators())
        if (bits & bit(ind))
            rows << ind;
    return rows;
}

QList<ReportIndicator> BoardTableLayout::periodOnlyRows() const
{
    return rowsIn(m_periodOnly);
}

QList<ReportIndicator> BoardTableLayout::unsplitRows() const
{
    return rowsIn(m_unsplit);
}

QList<ReportIndicator> BoardTableLayout::splitByMonthRows() const
{
    return rowsIn(m_splitByMonth);
}

} // namespace lac
