// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QFlags>

namespace lac {

/// The two parts of a timeliness report. The exceptions (missed appointments, and paperwork
/// issues and out-of-area waits open at each month end) are read only for the views and papers
/// that show them: on a ten-year report they are a third of the queries' time, and the
/// overview's quarter, its tiles and the timeliness table never show them.
enum class ReportPart
{
    Timeliness = 0x1, ///< entries to care, IHAs, RHAs, late reasons, placement groups
    Exceptions = 0x2, ///< missed appointments and the month-end backlogs
};
Q_DECLARE_FLAGS(ReportParts, ReportPart)
Q_DECLARE_OPERATORS_FOR_FLAGS(ReportParts)

/// Both parts: what a paper, an export and the charts need.
inline constexpr ReportParts wholeReport{ReportPart::Timeliness, ReportPart::Exceptions};

/// Which months a timeliness report covers and the date it is judged on. "Late" and "not
/// yet due" depend on the as-of date, so a paper produced again later for the same months
/// can be reproduced by giving the same as-of date.
struct ReportRequest
{
    QDate firstMonth; ///< any day of the first month
    QDate lastMonth;  ///< any day of the last month
    QDate asOf;       ///< today unless given
    ReportParts parts = wholeReport;

    /// The last complete quarter (Jan-Mar, Apr-Jun, ...) before \a today, as of \a today.
    static ReportRequest lastCompleteQuarter(QDate today);
    /// The twelve months up to and including the month of \a today.
    static ReportRequest lastTwelveMonths(QDate today);
};

} // namespace lac
