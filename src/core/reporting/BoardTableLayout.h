// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reporting/ReportIndicator.h"

#include <QList>

#include <algorithm>
#include <array>

namespace lac {

struct TimelinessReport;

/// How a public paper lays out its timeliness table: which rows are given month by month,
/// which are split in area / out of area or not known for the whole period, and which are
/// split month by month too. Decided from the figures before any suppression, as ONS and
/// τ-ARGUS redesign a table before suppressing it, so that a small county's paper gives each
/// figure at the level where it is not mostly small counts and a large county's keeps every
/// split and month.
///
/// Why: every printed row is a sum (the months add up to the period, in area + out of area =
/// all, due = in time + late + not yet due), and a count of 1 to N−1 beside shown parts of the
/// same sum can only be protected by hiding a larger figure with it. Measured with
/// bench_disclosure on demo counties (docs/reporting.md), a 400-children county's quarter lost
/// 39% of its counts of N or more that way. The rules, stated in the paper's method box:
/// - by month: a row (entered care; IHAs and RHAs in time, late, not yet due) is given month by
///   month when fewer than a third of its months have a count from 1 to N−1, otherwise for the
///   whole period only;
/// - split for the period: a row whose count in area or out of area over the period is from 1
///   to N−1 is given for all children only, and so is the number due of the same assessment
///   (which would give it back); every other row is split;
/// - split by month: a row given by month and split for the period (entered care; IHAs and
///   RHAs in time and late) is split by month too when none of its monthly counts in area or
///   out of area is from 1 to N−1.
/// - months given together: a paper's first months in which no count is N or more (before a
///   county's records really start, a ten-year paper's strays of 1 or 2) are given together with
///   the first month that has one, as one column; otherwise their small counts, whose sum the
///   period total gives away, could only be protected by hiding that month's larger figures.
///   When there is such a column, a row given by month whose first count of N or more comes
///   later than it (a ten-year paper's IHAs, whose records start months after the RHAs') gives
///   its own first months together with that month, in that month's column, and leaves its
///   earlier columns empty: otherwise its strays of 1 to N−1, whose sum the period total gives
///   away, could only be protected by hiding its larger figures (issue 11: the IHAs in time, 28,
///   and late, 27, of a 100,000-children county's "Jan 2017 to Jan 2023"). The other rows keep
///   their months.
/// - IHA requests: the requests sent within the standard are given (for the whole period, all
///   children) unless the requests not sent within it, which follow from the IHAs due, number
///   from 1 to N−1; then the paper says only that fewer than N were not.
/// The numbers due and IHA requests are never given by month, IHA requests never split.
/// What a reader learns from the layout itself is at most that some count is from 1 to N−1,
/// which "<N" says anyway. Deterministic: the same figures give the same layout.
class BoardTableLayout
{
public:
    /// A public paper's table before any redesign: every row that can be is given by month
    /// for all children, and split for the period only.
    BoardTableLayout() = default;
    /// The layout of \a report's paper at \a threshold (> 1).
    static BoardTableLayout choose(const TimelinessReport& report, int threshold);

    /// Given month by month (for all children, at least); false: for the whole period only.
    bool isByMonth(ReportIndicator indicator) const;
    /// Split in area / out of area or not known for the whole period.
    bool isSplit(ReportIndicator indicator) const;
    /// Split month by month too.
    bool isSplitByMonth(ReportIndicator indicator) const;
    /// How many of the first months are given together with the month after them, in one
    /// column (0: every month has its own).
    int leadingMonths() const { return m_leadingMonths; }
    /// How many of the first months \a indicator's row gives together with the month after
    /// them (at least leadingMonths()): more where the row's first count of N or more comes
    /// later than the first column. Its cell is in the column of that month.
    int leadingMonths(ReportIndicator indicator) const
    {
        return std::max(m_leadingMonths, m_rowLeading[int(indicator)]);
    }
    /// The rows that give more of their first months together than the first column does.
    QList<ReportIndicator> ownLeadingRows() const;
    /// False when the IHA requests sent within the standard are left out (those not sent
    /// within it are from 1 to N−1).
    bool givesRequests() const { return !m_requestsLeftOut; }

    /// The rows the rules took from the months, from the split and gave a monthly split, in
    /// table order (for the method box).
    QList<ReportIndicator> periodOnlyRows() const;
    QList<ReportIndicator> unsplitRows() const;
    QList<ReportIndicator> splitByMonthRows() const;

private:
    static unsigned bit(ReportIndicator indicator) { return 1u << int(indicator); }
    QList<ReportIndicator> rowsIn(unsigned bits) const;

    unsigned m_periodOnly = 0; ///< a bit per ReportIndicator
    unsigned m_unsplit = 0;
    unsigned m_splitByMonth = 0;
    int m_leadingMonths = 0;
    std::array<int, reportIndicatorCount> m_rowLeading{}; ///< per ReportIndicator
    bool m_requestsLeftOut = false;
};

} // namespace lac
