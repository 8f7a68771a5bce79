// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dental/core/DentalCheck.h"
#include "dental/core/DentalSchedule.h"

#include <QList>

namespace lac {

/// The dental figures of one month (or of the whole period, whose in-care counts are its
/// last month's).
struct DentalMonth
{
    QDate month;          ///< first day (the period: its first month)
    int inCare = 0;       ///< children in care at the month's end (or on the as-of day)
    int upToDate = 0;     ///< of those, with a check seen within the standard's months
    int checks = 0;       ///< checks seen in the month, of children in care that day
    int noNhsDentist = 0; ///< checks that did not happen because no NHS dentist took the child

    int notUpToDate() const { return inCare - upToDate; }
};

/// The report's dental figures: how many children in care had their teeth checked within the
/// local standard (every 12 months unless the service sets fewer), checks done, and checks
/// that failed for want of an NHS dentist — the access problem board papers raise with NHS
/// England. The same rule as the worklist's "Dental check due": a child is up to date on a
/// day when their last check seen is recent enough; a child with none on record is not.
/// Plain numbers from plain records, so tests check them on hand-built children.
struct DentalFigures
{
    QDate asOf;
    int monthsBetweenChecks = 12;
    QList<DentalMonth> months;
    DentalMonth period;
    /// The month whose children in care are the period's: the last one begun by the as-of
    /// day (−1 when none has).
    int periodMonth = -1;

    /// Counts for the months \a first to \a last (any day of each) as of \a asOf. A child is
    /// in care on a day when a period of care has started by then and not ended by then.
    static DentalFigures count(const QList<DentalCarePeriod>& periods,
                               const QList<DentalCheckRecord>& checks, QDate first, QDate last,
                               QDate asOf, DentalSchedule schedule);
};

} // namespace lac
