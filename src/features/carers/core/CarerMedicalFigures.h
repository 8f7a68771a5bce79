// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "carers/core/CarerMedical.h"

#include <QHash>
#include <QList>

#include <optional>

namespace lac {

/// The carers' medicals of one month (or of the whole period), counted by CarerMedicalClock.
struct CarerMedicalMonth
{
    QDate month;                   ///< first day (the period: its first month)
    int requested = 0;             ///< requested in the month
    int signedOff = 0;             ///< signed off by the adviser in the month
    int withdrawn = 0;             ///< withdrawn in the month while still waiting
    int waiting = 0;               ///< waiting at the month's end (or on the as-of day, if earlier)
    QList<int> daysToSignOff;      ///< of those signed off, days from request to sign-off, sorted
    int waitingOnlyForMedical = 0; ///< of those waiting, assessments otherwise finished
};

/// The report's figures for carers' medicals: per month, and for the whole period, the
/// medicals requested, signed off and waiting, and how long sign-off took (median and 90th
/// percentile). Plain numbers from plain records, so that tests check them on hand-built
/// cases. Every medical leaves the waiting list once, by sign-off or by withdrawal, so
/// waiting(m) = waiting(m−1) + requested(m) − signed off(m) − withdrawn(m).
struct CarerMedicalFigures
{
    QDate asOf;
    int waitingBefore = 0; ///< waiting at the end of the month before the first
    QList<CarerMedicalMonth> months;
    CarerMedicalMonth period; ///< sums, the waiting and days of the whole period

    /// Counts \a medicals for the months \a first to \a last (any day of each) as of \a asOf;
    /// \a assessmentReady: the day each applicant's assessment was finished but for the
    /// medical, by applicant id.
    static CarerMedicalFigures count(const QList<CarerMedical>& medicals,
                                     const QHash<qint64, QDate>& assessmentReady, QDate first,
                                     QDate last, QDate asOf);

    /// The median of sorted \a days (the mean of the middle two for an even count).
    static std::optional<double> median(const QList<int>& days);
    /// The \a percent-th percentile of sorted \a days by nearest rank: the smallest value
    /// with at least \a percent % of the values at or below it.
    static std::optional<int> percentile(const QList<int>& days, int percent);
};

} // namespace lac
