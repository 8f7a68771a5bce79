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

    // Months given together: those before the first month with a count of N or more. The
    // rules below then judge the columns as the paper gives them.
    int first = 0;
    const auto anyLarge = [&](const MonthFigures& m) {
        for (ReportIndicator ind : allReportIndicators())
            if (m[ind].total() >= threshold)
                return true;
        return false;
    };
    while (first < report.months.size() && !anyLarge(report.months.at(first)))
        ++first;
    QList<MonthFigures> columns = report.months;
    if (first < columns.size() && first > 0) {
        layout.m_leadingMonths = first;
        for (int m = 0; m < first; ++m)
            for (ReportIndicator ind : allReportIndicators())
                columns[first][ind] += columns.at(m)[ind];
        columns.remove(0, first);
    }
    const int months = int(columns.size());

    // By month: fewer than a third of the months from 1 to N−1.
    for (I r : {I::EnteredCare, I::IhaInTime, I::IhaLate, I::IhaPending, I::RhaInTime, I::RhaLate,
                I::RhaPending}) {
        int smallMonths = 0;
        for (const MonthFigures& m : std::as_const(columns))
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

    // IHA requests: left out when those not sent within the standard are from 1 to N−1.
    layout.m_requestsLeftOut = small(report.periodTotal(I::IhaDue).total() -
                                     report.periodTotal(I::IhaRequestsInTime).total());

    // Split by month: no monthly part from 1 to N−1.
    for (I r : {I::EnteredCare, I::IhaInTime, I::IhaLate, I::RhaInTime, I::RhaLate}) {
        if (!layout.isByMonth(r) || !layout.isSplit(r))
            continue;
        bool anySmall = false;
        for (const MonthFigures& m : std::as_const(columns))
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
