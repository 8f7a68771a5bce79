// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "incoming/core/IncomingWorklist.h"

#include "common/DisplayDate.h"
#include "incoming/core/IncomingService.h"

namespace lac {

QString IncomingWorklistPile::key() const
{
    switch (m_pile) {
    case Pile::WaitingOnRequester:
        return QStringLiteral("incoming_waiting_requester");
    case Pile::DueOrOverdue:
        return QStringLiteral("incoming_due");
    case Pile::ReportNotSent:
        break;
    }
    return QStringLiteral("incoming_report_not_sent");
}

QString IncomingWorklistPile::title() const
{
    switch (m_pile) {
    case Pile::WaitingOnRequester:
        return IncomingService::tr("Placed here: papers awaited");
    case Pile::DueOrOverdue:
        return IncomingService::tr("Placed here: due or overdue");
    case Pile::ReportNotSent:
        break;
    }
    return IncomingService::tr("Placed here: report not sent");
}

Result<int> IncomingWorklistPile::count(QDate today) const
{
    auto all = rows(today);
    if (!all)
        return all.failure();
    return int(all.value().size());
}

Result<QList<WorklistRow>> IncomingWorklistPile::rows(QDate today) const
{
    auto lines = m_pile == Pile::WaitingOnRequester ? m_service.waitingOnRequester(today)
                 : m_pile == Pile::DueOrOverdue     ? m_service.dueOrOverdue(today)
                                                    : m_service.reportsNotSent(today);
    if (!lines)
        return lines.failure();
    QList<WorklistRow> rows;
    for (const IncomingLine& l : lines.value()) {
        const HostChild& c = l.row.child;
        const IncomingRequest& r = l.row.request;
        WorklistRow w;
        w.childId = c.ownChildId;
        w.caseId = c.theirCaseId;
        w.childName = c.name();
        w.kind = IncomingService::kindText(r.kind);
        w.status = IncomingService::stageText(l.stage);
        w.location = m_service.authorities().name(c.authorityCode);
        switch (m_pile) {
        case Pile::WaitingOnRequester:
            w.due = r.requesterDue;
            w.since = r.received;
            w.detail =
                IncomingService::tr("%n paperwork problem(s) open", nullptr, l.row.openIssues);
            break;
        case Pile::DueOrOverdue:
            w.due = l.hostDue;
            w.since = r.complete;
            w.detail = r.booked.isValid()
                           ? IncomingService::tr("booked for %1").arg(displayDate(r.booked))
                           : IncomingService::tr("not booked");
            break;
        case Pile::ReportNotSent:
            w.due = l.hostDue;
            w.since = r.done;
            w.detail = IncomingService::tr("done %1, report not sent").arg(displayDate(r.done));
            break;
        }
        rows << w;
    }
    return rows;
}

} // namespace lac
