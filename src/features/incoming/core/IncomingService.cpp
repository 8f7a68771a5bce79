// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "incoming/core/IncomingService.h"

#include "common/DisplayDate.h"
#include "data/SettingsStore.h"
#include "data/SqlTransaction.h"
#include "domain/CodeList.h"
#include "domain/NhsNumber.h"
#include "incoming/core/IncomingClock.h"
#include "incoming/data/IncomingStore.h"
#include "reporting/DelayOwner.h"
#include "rules/WorkingDayCalendar.h"
#include "security/AccessPolicy.h"
#include "services/CaseContext.h"

#include <algorithm>

namespace lac {

IncomingService::IncomingService(const CaseContext& ctx, const SettingsStore& settings,
                                 const WorkingDayCalendar& calendar,
                                 RequestingAuthorities authorities)
    : m_ctx(ctx)
    , m_settings(settings)
    , m_calendar(calendar)
    , m_authorities(std::move(authorities))
{}

QDate IncomingService::today() const
{
    return m_ctx.today();
}

int IncomingService::turnaroundDays() const
{
    return turnaroundDays(m_settings);
}

int IncomingService::turnaroundDays(const SettingsStore& settings)
{
    const int days = settings.intValue(QStringLiteral("incoming.turnaround_working_days"),
                                       IncomingClock::defaultTurnaroundDays);
    return days >= 1 && days <= 120 ? days : IncomingClock::defaultTurnaroundDays;
}

Result<QList<HostChild>> IncomingService::children() const
{
    if (auto s = AccessPolicy::require(m_ctx.user(), Permission::ReadHostRequests); !s)
        return s.failure();
    return IncomingStore(m_ctx.db).children();
}

Status IncomingService::checkChild(HostChild& c) const
{
    if (!c.authorityCode.isEmpty() && !m_authorities.contains(c.authorityCode))
        return Failure{tr("%1 is not an authority on the list").arg(c.authorityCode),
                       tr("Authority")};
    c.theirCaseId = c.theirCaseId.trimmed();
    if (!c.nhsNumber.trimmed().isEmpty()) {
        auto n = NhsNumber::parse(c.nhsNumber);
        if (!n)
            return Failure{n.failure().message, tr("NHS number")};
        c.nhsNumber = n.value().digits();
    } else {
        c.nhsNumber.clear();
    }
    return IncomingClock::check(c, today());
}

Result<qint64> IncomingService::addChild(const HostChild& child) const
{
    if (auto s = AccessPolicy::require(m_ctx.user(), Permission::EditHostRequests); !s)
        return s.failure();
    HostChild c = child;
    if (auto s = checkChild(c); !s)
        return s.failure();
    const IncomingStore store(m_ctx.db);
    SqlTransaction tx(m_ctx.db);
    if (!tx.begun())
        return tx.begun().failure();
    if (!c.theirCaseId.isEmpty()) {
        auto known = store.findChild(c.authorityCode, c.theirCaseId);
        if (!known)
            return known.failure();
        if (known.value())
            return Failure{tr("%1 already placed a child here as %2")
                               .arg(m_authorities.name(c.authorityCode), c.theirCaseId),
                           tr("Their case ID")};
    }
    // One child known both ways: a child of ours with the same NHS number is this child.
    if (c.ownChildId == 0 && !c.nhsNumber.isEmpty()) {
        auto own = store.ownChildByNhsNumber(c.nhsNumber);
        if (!own)
            return own.failure();
        c.ownChildId = own.value();
    }
    auto id = store.insertChild(c);
    if (!id)
        return id.failure();
    if (auto s = m_ctx.audit.append(
            {QStringLiteral("create"),
             QStringLiteral("host_children"),
             id.value(),
             c.ownChildId,
             tr("child placed here by %1 added").arg(m_authorities.name(c.authorityCode)),
             {},
             c.toJson()});
        !s)
        return s.failure();
    if (auto s = tx.commit(); !s)
        return s.failure();
    return id.value();
}

Status IncomingService::updateChild(const HostChild& child) const
{
    if (auto s = AccessPolicy::require(m_ctx.user(), Permission::EditHostRequests); !s)
        return s;
    HostChild c = child;
    if (auto s = checkChild(c); !s)
        return s;
    const IncomingStore store(m_ctx.db);
    SqlTransaction tx(m_ctx.db);
    if (!tx.begun())
        return tx.begun();
    auto before = store.findChild(c.id);
    if (!before)
        return before.failure();
    if (c.ownChildId == 0 && !c.nhsNumber.isEmpty()) {
        auto own = store.ownChildByNhsNumber(c.nhsNumber);
        if (!own)
            return own.failure();
        c.ownChildId = own.value();
    }
    if (auto s = store.updateChild(c); !s)
        return s;
    if (auto s = m_ctx.audit.append({QStringLiteral("update"), QStringLiteral("host_children"),
                                     c.id, c.ownChildId, tr("child placed here changed"),
                                     before.value().toJson(), c.toJson()});
        !s)
        return s;
    return tx.commit();
}

Result<IncomingRequest> IncomingService::request(qint64 id) const
{
    if (auto s = AccessPolicy::require(m_ctx.user(), Permission::ReadHostRequests); !s)
        return s.failure();
    return IncomingStore(m_ctx.db).findRequest(id);
}

Result<qint64> IncomingService::receive(const IncomingRequest& r) const
{
    if (auto s = AccessPolicy::require(m_ctx.user(), Permission::EditHostRequests); !s)
        return s.failure();
    if (auto s = IncomingClock::check(r, today()); !s)
        return s.failure();
    const IncomingStore store(m_ctx.db);
    SqlTransaction tx(m_ctx.db);
    if (!tx.begun())
        return tx.begun().failure();
    auto child = store.findChild(r.hostChildId);
    if (!child)
        return Failure{child.failure().message, tr("Child")};
    auto id = store.insertRequest(r);
    if (!id)
        return id.failure();
    if (auto s = m_ctx.audit.append(
            {QStringLiteral("create"),
             QStringLiteral("host_requests"),
             id.value(),
             child.value().ownChildId,
             tr("%1 request from %2 received on %3")
                 .arg(kindText(r.kind), m_authorities.name(child.value().authorityCode),
                      displayDate(r.received)),
             {},
             r.toJson()});
        !s)
        return s.failure();
    if (auto s = tx.commit(); !s)
        return s.failure();
    return id.value();
}

Status IncomingService::update(const IncomingRequest& r) const
{
    if (auto s = AccessPolicy::require(m_ctx.user(), Permission::EditHostRequests); !s)
        return s;
    if (auto s = IncomingClock::check(r, today()); !s)
        return s;
    const IncomingStore store(m_ctx.db);
    SqlTransaction tx(m_ctx.db);
    if (!tx.begun())
        return tx.begun();
    auto before = store.findRequest(r.id);
    if (!before)
        return before.failure();
    if (before.value().hostChildId != r.hostChildId)
        return Failure{tr("this request is about another child"), tr("Child")};
    if (auto s = store.updateRequest(r); !s)
        return s;
    // The request made complete: the paperwork came back right, so its open problems close.
    if (r.complete.isValid() && !before.value().complete.isValid()) {
        auto open = store.issues(r.id);
        if (!open)
            return open.failure();
        for (const IncomingPaperworkIssue& i : open.value())
            if (!i.resolved.isValid())
                if (auto s = store.resolveIssue(i.id, std::max(i.found, r.complete)); !s)
                    return s;
    }
    if (auto s =
            m_ctx.audit.append({QStringLiteral("update"), QStringLiteral("host_requests"), r.id, 0,
                                tr("%1 request of %2 changed (%3)")
                                    .arg(kindText(r.kind), displayDate(r.received),
                                         stageText(IncomingClock::stage(r, today()))),
                                before.value().toJson(), r.toJson()});
        !s)
        return s;
    return tx.commit();
}

Result<QList<IncomingPaperworkIssue>> IncomingService::issues(qint64 requestId) const
{
    if (auto s = AccessPolicy::require(m_ctx.user(), Permission::ReadHostRequests); !s)
        return s.failure();
    return IncomingStore(m_ctx.db).issues(requestId);
}

Result<qint64> IncomingService::addIssue(const IncomingPaperworkIssue& i) const
{
    if (auto s = AccessPolicy::require(m_ctx.user(), Permission::EditHostRequests); !s)
        return s.failure();
    if (!CodeList::contains(CodeList::paperworkProblems(), i.problem))
        return Failure{tr("choose what is wrong with the paperwork"), tr("Problem")};
    if (!i.found.isValid() || i.found > today())
        return Failure{i.found.isValid() ? tr("the date is in the future")
                                         : tr("enter the day the problem was found"),
                       tr("Found")};
    if (i.returned.isValid() && (i.returned < i.found || i.returned > today()))
        return Failure{tr("the date must be between the day it was found and today"),
                       tr("Returned")};
    const IncomingStore store(m_ctx.db);
    SqlTransaction tx(m_ctx.db);
    if (!tx.begun())
        return tx.begun().failure();
    auto r = store.findRequest(i.requestId);
    if (!r)
        return r.failure();
    if (i.found < r.value().received)
        return Failure{tr("the date is before the request was received (%1)")
                           .arg(displayDate(r.value().received)),
                       tr("Found")};
    auto id = store.insertIssue(i);
    if (!id)
        return id.failure();
    if (auto s = m_ctx.audit.append(
            {QStringLiteral("create"),
             QStringLiteral("host_request_issues"),
             id.value(),
             0,
             tr("paperwork of an incoming request: %1")
                 .arg(CodeList::label(CodeList::paperworkProblems(), i.problem)),
             {},
             QJsonObject{{QStringLiteral("request_id"), i.requestId},
                         {QStringLiteral("problem"), i.problem},
                         {QStringLiteral("detail"), i.detail},
                         {QStringLiteral("found"), i.found.toString(Qt::ISODate)}}});
        !s)
        return s.failure();
    if (auto s = tx.commit(); !s)
        return s.failure();
    return id.value();
}

Status IncomingService::resolveIssue(qint64 requestId, qint64 issueId, QDate resolved) const
{
    if (auto s = AccessPolicy::require(m_ctx.user(), Permission::EditHostRequests); !s)
        return s;
    if (!resolved.isValid() || resolved > today())
        return Failure{tr("enter a day up to today"), tr("Resolved")};
    const IncomingStore store(m_ctx.db);
    SqlTransaction tx(m_ctx.db);
    if (!tx.begun())
        return tx.begun();
    auto all = store.issues(requestId);
    if (!all)
        return all.failure();
    const auto it = std::find_if(all.value().cbegin(), all.value().cend(),
                                 [issueId](const auto& i) { return i.id == issueId; });
    if (it == all.value().cend())
        return Failure{tr("there is no such paperwork issue"), QString::number(issueId)};
    if (resolved < it->found)
        return Failure{
            tr("the date is before the problem was found (%1)").arg(displayDate(it->found)),
            tr("Resolved")};
    if (auto s = store.resolveIssue(issueId, resolved); !s)
        return s;
    if (auto s = m_ctx.audit.append(
            {QStringLiteral("update"),
             QStringLiteral("host_request_issues"),
             issueId,
             0,
             tr("paperwork put right by the requester on %1").arg(displayDate(resolved)),
             {},
             QJsonObject{{QStringLiteral("resolved"), resolved.toString(Qt::ISODate)}}});
        !s)
        return s;
    return tx.commit();
}

Result<QList<IncomingChase>> IncomingService::chases(qint64 requestId) const
{
    if (auto s = AccessPolicy::require(m_ctx.user(), Permission::ReadHostRequests); !s)
        return s.failure();
    return IncomingStore(m_ctx.db).chases(requestId);
}

Result<qint64> IncomingService::addChase(const IncomingChase& chase) const
{
    if (auto s = AccessPolicy::require(m_ctx.user(), Permission::EditHostRequests); !s)
        return s.failure();
    IncomingChase c = chase;
    if (c.chasedBy.trimmed().isEmpty())
        c.chasedBy = m_ctx.user().login;
    if (!c.date.isValid() || c.date > today())
        return Failure{c.date.isValid() ? tr("the date is in the future")
                                        : tr("enter the date of the chase"),
                       tr("Date")};
    const IncomingStore store(m_ctx.db);
    SqlTransaction tx(m_ctx.db);
    if (!tx.begun())
        return tx.begun().failure();
    auto r = store.findRequest(c.requestId);
    if (!r)
        return r.failure();
    if (c.date < r.value().received)
        return Failure{tr("the date is before the request was received (%1)")
                           .arg(displayDate(r.value().received)),
                       tr("Date")};
    auto id = store.insertChase(c);
    if (!id)
        return id.failure();
    if (auto s =
            m_ctx.audit.append({QStringLiteral("create"),
                                QStringLiteral("host_request_chases"),
                                id.value(),
                                0,
                                tr("requester chased on %1").arg(displayDate(c.date)),
                                {},
                                QJsonObject{{QStringLiteral("request_id"), c.requestId},
                                            {QStringLiteral("date"), c.date.toString(Qt::ISODate)},
                                            {QStringLiteral("chased_by"), c.chasedBy},
                                            {QStringLiteral("response"), c.response}}});
        !s)
        return s.failure();
    if (auto s = tx.commit(); !s)
        return s.failure();
    return id.value();
}

Result<CaseloadSplit> IncomingService::caseload(QDate asOf) const
{
    for (Permission p : {Permission::ReadHostRequests, Permission::ReadCaseData})
        if (auto s = AccessPolicy::require(m_ctx.user(), p); !s)
            return s.failure();
    return CaseloadSplit::read(m_ctx.db, m_settings, m_authorities, asOf);
}

QString IncomingService::stageText(IncomingStage s)
{
    switch (s) {
    case IncomingStage::Requester:
        return tr("Waiting on requester");
    case IncomingStage::ToBook:
        return tr("To book");
    case IncomingStage::Booked:
        return tr("Booked");
    case IncomingStage::ReportToSend:
        return tr("Report to send");
    case IncomingStage::Finished:
        return tr("Report sent");
    case IncomingStage::Withdrawn:
        break;
    }
    return tr("Withdrawn");
}

QString IncomingService::kindText(IncomingKind k)
{
    return k == IncomingKind::Iha ? tr("IHA") : tr("RHA");
}

QString IncomingService::delayText(IncomingDelay d)
{
    switch (d) {
    case IncomingDelay::None:
        return {};
    case IncomingDelay::RequesterPaperwork:
        return DelayOwner::displayName(QStringLiteral("social_care"));
    case IncomingDelay::HostCapacity:
        break;
    }
    return DelayOwner::displayName(QStringLiteral("host_health"));
}

} // namespace lac
