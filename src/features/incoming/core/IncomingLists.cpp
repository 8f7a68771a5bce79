// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// IncomingService's reading side: each request's line on a day, the log, and the lists the
// "Placed here" tab and the worklist's piles pick from it (kept apart from the writes so that
// neither file passes 500 lines).
#include "incoming/core/IncomingClock.h"
#include "incoming/core/IncomingService.h"
#include "incoming/data/IncomingStore.h"
#include "security/AccessPolicy.h"
#include "services/CaseContext.h"

#include <algorithm>

namespace lac {

IncomingLine IncomingService::line(const IncomingRequestRow& row, QDate on, int turnaround) const
{
    const IncomingRequest& r = row.request;
    IncomingLine l;
    l.row = row;
    l.stage = IncomingClock::stage(r, on);
    l.hostDue = IncomingClock::hostDue(r, m_calendar, turnaround);
    l.turnaround = IncomingClock::turnaround(r, m_calendar);
    l.delay = IncomingClock::delay(r, m_calendar, turnaround, on);
    QDate since = r.received;
    if (l.stage == IncomingStage::ToBook || l.stage == IncomingStage::Booked)
        since = r.complete;
    else if (l.stage == IncomingStage::ReportToSend)
        since = r.done;
    const bool closed = l.stage == IncomingStage::Finished || l.stage == IncomingStage::Withdrawn;
    l.daysWaiting = closed ? -1 : since.isValid() && since <= on ? int(since.daysTo(on)) : 0;
    return l;
}

Result<QList<IncomingLine>> IncomingService::log(QDate on) const
{
    if (auto s = AccessPolicy::require(m_ctx.user(), Permission::ReadHostRequests); !s)
        return s.failure();
    const IncomingStore store(m_ctx.db);
    auto rows = store.rows();
    if (!rows)
        return rows.failure();
    // The setting once per list and our case IDs with the rows: read per line they were two
    // queries a request (11 s for 111,000 requests at 100,000 children; minutes on a server).
    const int turnaround = turnaroundDays();
    QList<IncomingLine> out;
    for (const IncomingRequestRow& r : rows.value()) {
        IncomingLine l = line(r, on, turnaround);
        l.ownCaseId = r.ownCaseId;
        out << l;
    }
    return out;
}

QList<IncomingLine> IncomingService::pick(QList<IncomingLine> log, IncomingList list, QDate on)
{
    const auto keep = [&log](auto wanted) {
        log.erase(std::remove_if(log.begin(), log.end(),
                                 [&wanted](const IncomingLine& l) { return !wanted(l); }),
                  log.end());
    };
    switch (list) {
    case IncomingList::WaitingOnRequester: // already oldest received first
        keep([on](const IncomingLine& l) {
            return IncomingClock::waitingOnRequester(l.row.request, on);
        });
        break;
    case IncomingList::DueOrOverdue:
        keep([on](const IncomingLine& l) {
            return (l.stage == IncomingStage::ToBook || l.stage == IncomingStage::Booked) &&
                   l.hostDue.isValid() && l.hostDue <= on.addDays(14);
        });
        std::stable_sort(log.begin(), log.end(), [](const IncomingLine& a, const IncomingLine& b) {
            return a.hostDue < b.hostDue;
        });
        break;
    case IncomingList::ReportsNotSent:
        keep([on](const IncomingLine& l) {
            return IncomingClock::reportNotSent(l.row.request, on);
        });
        std::stable_sort(log.begin(), log.end(), [](const IncomingLine& a, const IncomingLine& b) {
            return a.row.request.done < b.row.request.done;
        });
        break;
    case IncomingList::All:
        break;
    }
    return log;
}

Result<QList<IncomingLine>> IncomingService::picked(IncomingList list, QDate on) const
{
    auto all = log(on);
    if (!all)
        return all.failure();
    return pick(std::move(all).value(), list, on);
}

Result<QList<IncomingLine>> IncomingService::waitingOnRequester(QDate on) const
{
    return picked(IncomingList::WaitingOnRequester, on);
}

Result<QList<IncomingLine>> IncomingService::dueOrOverdue(QDate on) const
{
    return picked(IncomingList::DueOrOverdue, on);
}

Result<QList<IncomingLine>> IncomingService::reportsNotSent(QDate on) const
{
    return picked(IncomingList::ReportsNotSent, on);
}

Result<IncomingOverview> IncomingService::overview(QDate on) const
{
    auto split = caseload(on);
    if (!split)
        return split.failure();
    auto all = log(on);
    if (!all)
        return all.failure();
    return IncomingOverview{on, std::move(split).value(), std::move(all).value()};
}

} // namespace lac
