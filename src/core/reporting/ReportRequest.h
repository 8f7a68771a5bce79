// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>

namespace lac {

/// Which months a timeliness report covers and the date it is judged on. "Late" and "not
/// yet due" depend on the as-of date, so a paper produced again later for the same months
/// can be reproduced by giving the same as-of date.
struct ReportRequest
{
    QDate firstMonth; ///< any day of the first month
    QDate lastMonth;  ///< any day of the last month
    QDate asOf;       ///< today unless given

    /// The last complete quarter (Jan-Mar, Apr-Jun, ...) before \a today, as of \a today.
    static ReportRequest lastCompleteQuarter(QDate today);
    /// The twelve months up to and including the month of \a today.
    static ReportRequest lastTwelveMonths(QDate today);
};

} // namespace lac
