// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "incoming/core/IncomingRequest.h"

#include <QCoreApplication>

namespace lac {

class WorkingDayCalendar;

/// The host team's clocks of an incoming request, as pure rules so that the worklist, the
/// report, the command line and the tests read one answer. The host clock starts on the day
/// the request is complete (day 0, docs/incoming.md) and runs in working days to the day the
/// assessment is done; the target is a setting (incoming.turnaround_working_days, 20 by
/// default). Time spent before the request is complete is the requester's, not the team's.
class IncomingClock
{
    Q_DECLARE_TR_FUNCTIONS(lac::IncomingClock)

public:
    static constexpr int defaultTurnaroundDays = 20;

    /// Whose move it is on \a on (steps dated after \a on are not yet taken).
    static IncomingStage stage(const IncomingRequest& r, QDate on);
    /// The day the host team's target falls: \a days working days after the complete day, or
    /// invalid while the request is not complete.
    static QDate hostDue(const IncomingRequest& r, const WorkingDayCalendar& calendar, int days);
    /// Working days from the complete day to the day it was done, or -1 when either is missing.
    static int turnaround(const IncomingRequest& r, const WorkingDayCalendar& calendar);
    /// Done on or before the host due date.
    static bool doneInTarget(const IncomingRequest& r, const WorkingDayCalendar& calendar,
                             int days);
    /// Received by the end of \a on and not complete (nor withdrawn) by then.
    static bool waitingOnRequester(const IncomingRequest& r, QDate on);
    /// Done by \a on and the report not sent back by then.
    static bool reportNotSent(const IncomingRequest& r, QDate on);
    /// Whose delay made the request late: done (or, while open, \a on) after the requester's
    /// due date, or after the host due date when the requester gave none. The host's delay
    /// when it missed its own target; otherwise the request came complete too late.
    static IncomingDelay delay(const IncomingRequest& r, const WorkingDayCalendar& calendar,
                               int days, QDate on);

    /// Success, or the first rule \a r breaks on \a today, naming the field (the dialog's
    /// label): dates in order, none in the future but a booking.
    static Status check(const IncomingRequest& r, QDate today);
    /// Success, or the first rule \a c breaks on \a today (authority, dates, NHS number).
    static Status check(const HostChild& c, QDate today);
};

} // namespace lac
