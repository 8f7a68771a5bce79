// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "incoming/core/IncomingRequest.h"

#include <QList>

namespace lac {

class WorkingDayCalendar;

/// Incoming requests of one month (or of the whole period, or of one requesting authority over
/// the period), counted by IncomingClock.
struct IncomingMonth
{
    QDate month;              ///< first day (the period and an authority: the first month)
    int received = 0;         ///< received in the month
    int complete = 0;         ///< stopped waiting on the requester by becoming complete
    int withdrawnWaiting = 0; ///< stopped waiting on the requester by being withdrawn
    int done = 0;             ///< assessments done in the month
    int doneInTarget = 0;     ///< of those, done within the host target from the complete day
    int waitingRequester = 0; ///< waiting on the requester at the month's end (or as-of day)
    int lateRequester = 0;    ///< of those done, late for the requester's paperwork
    int lateHost = 0;         ///< of those done, late for the host team's capacity
    QList<int> turnaround;    ///< of those done, working days from complete, sorted
};

/// One requesting authority's figures over the period.
struct IncomingAuthorityFigures
{
    QString code;
    IncomingMonth figures;
};

/// The report's figures for the host caseload's requests: per month and for the period, the
/// requests received, made complete, done (and done in target) and waiting on the requester,
/// and the late ones by whose delay; the period again by requesting authority. Plain numbers
/// from plain records, so that tests check them on hand-built cases. Every request stops
/// waiting on the requester once, by becoming complete or by being withdrawn, so
/// waiting(m) = waiting(m−1) + received(m) − complete(m) − withdrawn while waiting(m).
struct IncomingFigures
{
    QDate asOf;
    int targetDays = 0;
    int waitingBefore = 0; ///< waiting on the requester at the end of the month before the first
    QList<IncomingMonth> months;
    IncomingMonth period;
    QList<IncomingAuthorityFigures> byAuthority; ///< authorities with a request done in the period

    /// Counts \a requests for the months \a first to \a last (any day of each) as of \a asOf,
    /// against a host target of \a targetDays working days.
    /// The median of \a sorted working days as printed ("15", "14.5"), or "" when empty: the
    /// report and the per-authority statement print it alike.
    static QString medianText(const QList<int>& sorted);

    static IncomingFigures count(const QList<IncomingRequestRow>& requests,
                                 const WorkingDayCalendar& calendar, int targetDays, QDate first,
                                 QDate last, QDate asOf);
};

} // namespace lac
