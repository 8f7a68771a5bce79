// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "incoming/core/CaseloadSplit.h"
#include "incoming/core/IncomingRequest.h"
#include "incoming/core/RequestingAuthorities.h"

#include <QCoreApplication>

namespace lac {

class SettingsStore;
class WorkingDayCalendar;
struct CaseContext;

/// An incoming request as the lists show it on a day: whose move it is, the host team's due
/// date and turnaround, whose delay made it late, and our own case ID when the child is ours too.
struct IncomingLine
{
    IncomingRequestRow row;
    IncomingStage stage = IncomingStage::Requester;
    QDate hostDue;       ///< invalid until complete
    int turnaround = -1; ///< working days complete → done, -1 until done
    IncomingDelay delay = IncomingDelay::None;
    /// Calendar days at the current stage (since received, complete or done); -1 once the
    /// report is sent or the request withdrawn.
    int daysWaiting = 0;
    QString ownCaseId; ///< our case ID when the child is also ours
};

/// The lists of the "Placed here" tab and of the worklist's piles, picked from the log.
enum class IncomingList
{
    WaitingOnRequester, ///< waiting on the requester's paperwork, the oldest first
    DueOrOverdue,       ///< complete, not done, host due date within 14 days or past
    ReportsNotSent,     ///< done, report not yet back, the oldest done first
    All,                ///< the log: every open request, oldest received first
};

/// Everything the "Placed here" tab shows on a day, read in one pass: at a large caseload the
/// tab reads it on a worker and then picks each list from it without reading again.
struct IncomingOverview
{
    QDate on;
    CaseloadSplit split;
    QList<IncomingLine> log; ///< every open request's line, oldest received first
};

/// The host team's use case for children placed here by other authorities: the children and
/// their requests, read and written under their own permissions (ReadHostRequests,
/// EditHostRequests), each write checked by IncomingClock and saved in one transaction with its
/// audit entry; a stale edit is refused. A child whose NHS number is one of our own children's
/// is linked to that child as it is saved, so one child stays one child. The caseload split
/// is counted here for the tab, the report and `lachealth caseload` alike.
class IncomingService
{
    Q_DECLARE_TR_FUNCTIONS(lac::IncomingService)

public:
    IncomingService(const CaseContext& ctx, const SettingsStore& settings,
                    const WorkingDayCalendar& calendar, RequestingAuthorities authorities);

    const CaseContext& context() const { return m_ctx; }
    QDate today() const;
    /// The host team's turnaround target in working days from a complete request: the setting
    /// incoming.turnaround_working_days, 20 by default.
    int turnaroundDays() const;
    static int turnaroundDays(const SettingsStore& settings);
    const RequestingAuthorities& authorities() const { return m_authorities; }
    const WorkingDayCalendar& calendar() const { return m_calendar; }

    Result<QList<HostChild>> children() const;
    /// Adds a child placed here; linked to our own child with the same NHS number.
    Result<qint64> addChild(const HostChild& c) const;
    Status updateChild(const HostChild& c) const;

    /// Every request on \a on (the log), oldest received first.
    Result<QList<IncomingLine>> log(QDate on) const;
    Result<IncomingRequest> request(qint64 id) const;
    Result<qint64> receive(const IncomingRequest& r) const;
    /// Saves \a r over the version it was read at.
    Status update(const IncomingRequest& r) const;

    /// The caseload split and the log on \a on (ReadHostRequests and ReadCaseData).
    Result<IncomingOverview> overview(QDate on) const;
    /// \a list picked from \a log, in its own order.
    static QList<IncomingLine> pick(QList<IncomingLine> log, IncomingList list, QDate on);

    /// Requests waiting on the requester's paperwork on \a on, the oldest first.
    Result<QList<IncomingLine>> waitingOnRequester(QDate on) const;
    /// Complete requests not yet done whose host due date is within 14 days of \a on or past,
    /// the soonest first.
    Result<QList<IncomingLine>> dueOrOverdue(QDate on) const;
    /// Requests done whose report has not gone back, the oldest done first.
    Result<QList<IncomingLine>> reportsNotSent(QDate on) const;

    Result<QList<IncomingPaperworkIssue>> issues(qint64 requestId) const;
    Result<qint64> addIssue(const IncomingPaperworkIssue& i) const;
    Status resolveIssue(qint64 requestId, qint64 issueId, QDate resolved) const;
    Result<QList<IncomingChase>> chases(qint64 requestId) const;
    /// Records a chase of the requester by the signed-in user (their login when \a c names
    /// nobody).
    Result<qint64> addChase(const IncomingChase& c) const;

    /// The caseload split on \a asOf (needs ReadHostRequests and ReadCaseData).
    Result<CaseloadSplit> caseload(QDate asOf) const;

    /// One request as the lists show it on \a on; \a turnaround is the host's setting in
    /// working days (read once per list, not once per request).
    IncomingLine line(const IncomingRequestRow& row, QDate on, int turnaround) const;
    static QString stageText(IncomingStage s);
    static QString kindText(IncomingKind k);
    /// The DelayOwner words for a delay ("Social care", "Host area health"), or "".
    static QString delayText(IncomingDelay d);

private:
    Result<QList<IncomingLine>> picked(IncomingList list, QDate on) const;
    Status checkChild(HostChild& c) const;

    const CaseContext& m_ctx;
    const SettingsStore& m_settings;
    const WorkingDayCalendar& m_calendar;
    RequestingAuthorities m_authorities;
};

} // namespace lac
