// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reporting/GroupFigures.h"
#include "reporting/LateReasonCount.h"
#include "reporting/LocationCounts.h"
#include "reporting/ReportIndicator.h"

#include <QDate>
#include <QList>
#include <QMap>

#include <array>

namespace lac {

/// One column of the board report: every indicator for one calendar month, the late
/// assessments of the month by reason, and the month-end backlog figures the charts show.
struct MonthFigures
{
    QDate month; ///< the first day of the month
    std::array<LocationCounts, reportIndicatorCount> counts{};
    /// Late IHAs (by start-of-care month) and RHAs (by due month), by reason, in the order of
    /// the late_reasons list; reasons with no late assessment are left out.
    QList<LateReasonCount> lateReasons;
    /// Appointments in the month that did not happen, by outcome code
    /// (was_not_brought, cancelled_by_carer, cancelled_by_health, cancelled_by_child, declined).
    QMap<QString, int> missedAppointments;
    int openPaperworkIssues = 0; ///< paperwork issues not yet put right at the month end
    int outOfAreaWaits = 0;      ///< out-of-area requests still waiting at the month end
    /// The month's assessments by placement group (any order), so that any range of months
    /// can be summed from its months alone (TimelinessReport::slice).
    QList<GroupFigures> groups;

    const LocationCounts& operator[](ReportIndicator i) const { return counts[size_t(i)]; }
    LocationCounts& operator[](ReportIndicator i) { return counts[size_t(i)]; }
    /// Late IHAs and RHAs together (what the exceptions commentary explains).
    LocationCounts late() const;
};

inline LocationCounts MonthFigures::late() const
{
    LocationCounts l = (*this)[ReportIndicator::IhaLate];
    l += (*this)[ReportIndicator::RhaLate];
    return l;
}

} // namespace lac
