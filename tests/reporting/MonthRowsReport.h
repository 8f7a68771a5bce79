// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Timeliness reports written as a few figures a month, for the layout tests
// (tst_boardtablelayout, tst_rowleadingmonths): the figures that follow from others (due,
// requests in time, children who entered care) are filled in, so a worked example states
// only what it is about.
#pragma once
#include "reporting/TimelinessReport.h"

#include <QList>
#include <QMap>
#include <QPair>

namespace lac::test {

/// Per month: (in area, out of area) for each row set; other rows 0.
using MonthRows = QList<QMap<ReportIndicator, QPair<int, int>>>;

/// A report of the months \a rows from January 2026; IHAs due = in time + late + not yet
/// due, no more than those who entered care, and RHAs due likewise.
inline TimelinessReport report(const MonthRows& rows)
{
    using I = ReportIndicator;
    TimelinessReport r;
    r.firstMonth = QDate(2026, 1, 1);
    r.lastMonth = r.firstMonth.addMonths(int(rows.size()) - 1);
    r.asOf = QDate(2026, 12, 31);
    for (int m = 0; m < rows.size(); ++m) {
        MonthFigures f;
        f.month = r.firstMonth.addMonths(m);
        for (auto it = rows.at(m).cbegin(); it != rows.at(m).cend(); ++it)
            f[it.key()] = LocationCounts{it->first, it->second, 0};
        for (I p : {I::IhaInTime, I::IhaLate, I::IhaPending})
            f[I::IhaDue] += f[p];
        for (I p : {I::RhaInTime, I::RhaLate, I::RhaPending})
            f[I::RhaDue] += f[p];
        f[I::IhaRequestsInTime] = f[I::IhaDue];
        f[I::EnteredCare] = f[I::IhaDue];
        r.months << f;
    }
    return r;
}

/// A large county's year whose records really start in May: before it, RHAs in time of 1 (in
/// February) and 2 (in April), as a ten-year paper has before a county's data start.
inline TimelinessReport strayMonthsBeforeTheData()
{
    using I = ReportIndicator;
    MonthRows rows;
    for (int m = 0; m < 12; ++m) {
        if (m < 4)
            rows << QMap<I, QPair<int, int>>{{I::RhaInTime, {m == 1 ? 1 : m == 3 ? 2 : 0, 0}}};
        else
            rows << QMap<I, QPair<int, int>>{{I::IhaInTime, {40 + m, 20}},
                                             {I::IhaLate, {12, 6 + m}},
                                             {I::RhaInTime, {90 + m, 50}},
                                             {I::RhaLate, {60 + m, 30}}};
    }
    return report(rows);
}

} // namespace lac::test
