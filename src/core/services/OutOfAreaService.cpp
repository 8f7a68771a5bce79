// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/OutOfAreaService.h"

#include "rules/AssessmentLifecycle.h"

#include "common/DisplayDate.h"
#include "data/AssessmentRepository.h"
#include "data/ChildRecordRepository.h"
#include "data/OutOfAreaRepository.h"
#include "data/SqlTransaction.h"
#include "domain/PlacementLocation.h"
#include "security/AccessPolicy.h"

namespace lac {
OutOfAreaService::OutOfAreaService(const CaseContext& context)
    : m_ctx(context)
{}

Result<OutOfAreaRequestRecord> OutOfAreaService::request(qint64 id) const
{
    return OutOfAreaRepository(m_ctx.db).find(id);
}

Result<QList<OutOfAreaChase>> OutOfAreaService::chases(qint64 requestId) const
{
    return OutOfAreaRepository(m_ctx.db).chases(requestId);
}

Status OutOfAreaService::validate(const OutOfAreaRequestRecord& o) const
{
    const OutOfAreaRepository repo(m_ctx.db);
    if (o.hostAuthorityId <= 0)
        return Failure{tr("choose the host authority"), tr("Host authority")};
    auto authority = repo.authorityExists(o.hostAuthorityId);
    if (!authority)
        return authority.failure();
    if (!authority.value())
        return Failure{tr("choose a host authority from the list"), tr("Host authority")};
    if (o.providerId > 0) {
        auto provider = repo.providerExists(o.providerId);
        if (!provider)
            return provider.failure();
        if (!provider.value())
            return Failure{tr("choose a provider from the list"), tr("Provider")};
    }
    const QDate today = m_ctx.today();
    if (!o.requestedDate.isValid())
        return Failure{tr("enter the date requested as dd/mm/yyyy"), tr("Requested on")};
    if (o.requestedDate > today)
        return Failure{tr("the date requested is in the future"), tr("Requested on")};
    if (o.statedWaitWeeks > 104)
        return Failure{tr("a stated wait of more than two years is probably a typing error"),
                       tr("Stated wait")};
    if (o.escalated && !o.escalatedDate.isValid())
        return Failure{tr("enter the date it was escalated"), tr("Escalated on")};
    if (o.escalated && o.escalatedTo.trimmed().isEmpty())
        return Failure{tr("say to whom it was escalated (a name and role)"), tr("Escalated to")};
    if (o.escalated && (o.escalatedDate < o.requestedDate || o.escalatedDate > today))
        return Failure{tr("the escalation date must be between the request (%1) and today")
                           .arg(displayDate(o.requestedDate)),
                       tr("Escalated on")};
    if (o.resolvedDate.isValid() && (o.resolvedDate < o.requestedDate || o.resolvedDate > today))
        return Failure{tr("the resolved date must be between the request (%1) and today")
                           .arg(displayDate(o.requestedDate)),
                       tr("Resolved on")};
    return {};
}

Result<qint64> OutOfAreaService::openRequest(const OutOfAreaRequestRecord& draft) const
{
    if (auto s = AccessPolicy::require(m_ctx.user(), Permission::EditCaseData); !s)
        return s.failure();
    if (auto s = validate(draft); !s)
        return s.failure();
    const OutOfAreaRepository repo(m_ctx.db);
    auto found = AssessmentRepository(m_ctx.db).find(draft.assessmentId);
    if (!found)
        return found.failure();
    const AssessmentRecord& a = found.value();
    auto child = ChildRecordRepository(m_ctx.db).find(a.childId);
    if (!child)
        return child.failure();
    AssessmentSituation situation;
    situation.childLocation = locationFromCode(child.value().currentLocation);
    if (auto why = AssessmentLifecycle::whyNot(AssessmentStep::ReferOutOfArea, a, situation);
        !why.isEmpty())
        return Failure{why, a.isOutstanding() ? tr("Host authority") : tr("Assessment")};
    auto open = repo.openForAssessment(a.id);
    if (!open)
        return open.failure();
    if (open.value())
        return Failure{tr("there is already an open out-of-area request for this %1 (made on "
                          "%2); chase that one")
                           .arg(a.kindName(), displayDate(open.value()->requestedDate)),
                       tr("Assessment")};
    OutOfAreaRequestRecord o = draft;
    o.childId = a.childId;
    o.resolvedDate = QDate();
    SqlTransaction tx(m_ctx.db, o.childId);
    if (!tx.begun())
        return tx.begun().failure();
    auto id = repo.insert(o);
    if (!id)
        return id.failure();
    if (o.escalated) {
        o.id = id.value();
        o.version = 1;
        if (auto s = repo.update(o); !s)
            return s.failure();
    }
    if (auto s = m_ctx.audit.append({QStringLiteral("create"),
                                     QStringLiteral("ooa_requests"),
                                     id.value(),
                                     a.childId,
                                     tr("out-of-area request for the %1 made on %2")
                                         .arg(a.kindName(), displayDate(o.requestedDate)),
                                     {},
                                     o.toJson()});
        !s)
        return s.failure();
    if (auto s = tx.commit(); !s)
        return s.failure();
    return id.value();
}

Status OutOfAreaService::updateRequest(const OutOfAreaRequestRecord& edited) const
{
    if (auto s = AccessPolicy::require(m_ctx.user(), Permission::EditCaseData); !s)
        return s;
    if (auto s = validate(edited); !s)
        return s;
    const OutOfAreaRepository repo(m_ctx.db);
    auto stored = repo.find(edited.id);
    if (!stored)
        return stored.failure();
    OutOfAreaRequestRecord o = edited;
    o.assessmentId = stored.value().assessmentId;
    o.childId = stored.value().childId;
    if (!o.escalated) {
        o.escalatedDate = QDate();
        o.escalatedTo.clear();
        o.escalationNote.clear();
    }
    SqlTransaction tx(m_ctx.db, o.childId);
    if (!tx.begun())
        return tx.begun();
    if (auto s = repo.update(o); !s)
        return s;
    QString summary = tr("out-of-area request updated");
    const OutOfAreaRequestRecord& was = stored.value();
    if (o.escalated != was.escalated ||
        (o.escalated && (o.escalatedDate != was.escalatedDate || o.escalatedTo != was.escalatedTo)))
        summary = o.escalated ? tr("out-of-area request escalated on %1 to %2")
                                    .arg(displayDate(o.escalatedDate), o.escalatedTo)
                              : tr("out-of-area escalation withdrawn");
    else if (o.resolvedDate.isValid() && !stored.value().resolvedDate.isValid())
        summary = tr("out-of-area request resolved on %1").arg(displayDate(o.resolvedDate));
    if (auto s = m_ctx.audit.append({QStringLiteral("update"), QStringLiteral("ooa_requests"), o.id,
                                     o.childId, summary, stored.value().toJson(), o.toJson()});
        !s)
        return s;
    return tx.commit();
}

Result<qint64> OutOfAreaService::addChase(qint64 requestId, QDate date,
                                          const QString& response) const
{
    if (auto s = AccessPolicy::require(m_ctx.user(), Permission::EditCaseData); !s)
        return s.failure();
    const OutOfAreaRepository repo(m_ctx.db);
    auto stored = repo.find(requestId);
    if (!stored)
        return stored.failure();
    const OutOfAreaRequestRecord& o = stored.value();
    if (!o.isOpen())
        return Failure{tr("this request was resolved on %1; there is nothing to chase")
                           .arg(displayDate(o.resolvedDate)),
                       tr("Chase")};
    if (!date.isValid())
        return Failure{tr("enter the date of the chase as dd/mm/yyyy"), tr("Chased on")};
    if (date < o.requestedDate || date > m_ctx.today())
        return Failure{tr("the chase must be between the request (%1) and today")
                           .arg(displayDate(o.requestedDate)),
                       tr("Chased on")};
    if (response.trimmed().isEmpty())
        return Failure{tr("say what the provider said (or \"no reply\")"), tr("Response")};
    OutOfAreaChase c{0, requestId, date, m_ctx.user().login, response.trimmed()};
    SqlTransaction tx(m_ctx.db, o.childId);
    if (!tx.begun())
        return tx.begun().failure();
    auto id = repo.insertChase(c);
    if (!id)
        return id.failure();
    if (auto s = m_ctx.audit.append({QStringLiteral("create"),
                                     QStringLiteral("ooa_chases"),
                                     id.value(),
                                     o.childId,
                                     tr("out-of-area provider chased on %1").arg(displayDate(date)),
                                     {},
                                     {{QStringLiteral("ooa_request_id"), requestId},
                                      {QStringLiteral("chase_date"), date.toString(Qt::ISODate)},
                                      {QStringLiteral("chased_by"), c.chasedBy},
                                      {QStringLiteral("response"), c.response}}});
        !s)
        return s.failure();
    if (auto s = tx.commit(); !s)
        return s.failure();
    return id.value();
}

Result<OutOfAreaRequestRecord> OutOfAreaService::stillOpen(qint64 requestId, int version,
                                                           const QString& resolvedOn,
                                                           const QString& field) const
{
    auto stored = request(requestId);
    if (!stored)
        return stored.failure();
    OutOfAreaRequestRecord o = stored.value();
    o.version = version;
    if (!o.isOpen())
        return Failure{resolvedOn.arg(displayDate(o.resolvedDate)), field};
    return o;
}

Status OutOfAreaService::escalate(qint64 requestId, int version, QDate date, const QString& to,
                                  const QString& note) const
{
    auto open =
        stillOpen(requestId, version, tr("this request was resolved on %1"), tr("Escalated on"));
    if (!open)
        return open.failure();
    OutOfAreaRequestRecord o = open.value();
    o.escalated = true;
    o.escalatedDate = date;
    o.escalatedTo = to.trimmed();
    o.escalationNote = note.trimmed();
    return updateRequest(o);
}

Status OutOfAreaService::resolve(qint64 requestId, int version, QDate resolved) const
{
    auto open = stillOpen(requestId, version, tr("this request was already resolved on %1"),
                          tr("Resolved on"));
    if (!open)
        return open.failure();
    if (!resolved.isValid())
        return Failure{tr("enter the date as dd/mm/yyyy"), tr("Resolved on")};
    OutOfAreaRequestRecord o = open.value();
    o.resolvedDate = resolved;
    return updateRequest(o);
}

} // namespace lac
