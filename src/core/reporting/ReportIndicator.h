// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace lac {

/// The rows of the monthly timeliness table (the board report). The codes are the
/// `indicator` column of the CSV export and the keys of the JSON export, so they are part of
/// the product's interface: add new ones at the end, never rename.
enum class ReportIndicator
{
    EnteredCare,       ///< started a period of care in the month
    IhaDue,            ///< IHAs expected for the children who entered care in the month
    IhaInTime,         ///< ... completed on or before the due date
    IhaLate,           ///< ... completed after it, or not completed and already overdue
    IhaPending,        ///< ... not completed and not yet due
    IhaRequestsInTime, ///< ... whose request was sent within the request standard
    RhaDue,            ///< RHAs whose due date falls in the month
    RhaInTime,         ///< ... completed by the due date plus the tolerance
    RhaLate,
    RhaPending,
};

inline constexpr int reportIndicatorCount = 10;

/// Every indicator in table order.
QList<ReportIndicator> allReportIndicators();
/// "entered_care", "iha_due", ... (CSV and JSON).
QString indicatorCode(ReportIndicator indicator);
/// "Children who entered care", ... (tables people read).
QString indicatorLabel(ReportIndicator indicator);

} // namespace lac
