// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/ChildCaseService.h"

#include "services/OutOfAreaSettlement.h"

#include "common/DisplayDate.h"
#include "data/AssessmentRepository.h"
#include "data/CareRepository.h"
#include "data/ChildRecordRepository.h"
#include "data/ReferenceListRepository.h"
#include "data/SqlTransaction.h"
#include "domain/CodeList.h"
#include "domain/NhsNumber.h"
#include "domain/PlacementLocation.h"
#include "security/AccessPolicy.h"

#include <optional>

namespace lac {
namespace {

bool listHas(const Result<QList<ReferenceItem>>& list, const QString& code)
{
    if (!list)
        return false;
    for (const auto& i : list.value()) {
        if (i.code == code)
            return true;
    }
    return false;
}

/// A child's open period of care and its current placement, when there are.
struct CurrentCare
{
    std::optional<CarePeriodRecord> period;
    std::optional<PlacementRecord> placement;
};

Result<CurrentCare> currentCare(const CareRepository& care, qint64 childId)
{
    auto periods = care.periods(childId);
    if (!periods)
        return periods.failure();
    CurrentCare now;
    for (const auto& p : periods.value()) {
        if (p.isOpen())
            now.period = p;
    }
    if (!now.period)
        return now;
    auto placements = care.placements(childId);
    if (!placements)
        return placements.failure();
    for (const auto& p : placements.value()) {
        if (p.carePeriodId == now.period->id && !p.end.isValid())
            now.placement = p;
    }
    return now;
}

} // namespace

ChildCaseService::ChildCaseService(const CaseContext& context)
    : m_ctx(context)
{}

Result<ChildRecord> ChildCaseService::child(qint64 id) const
{
    return ChildRecordRepository(m_ctx.db).find(id);
}

Result<QList<CarePeriodRecord>> ChildCaseService::periods(qint64 childId) const
{
    return CareRepository(m_ctx.db).periods(childId);
}

Result<QList<PlacementRecord>> ChildCaseService::placements(qint64 childId) const
{
    return CareRepository(m_ctx.db).placements(childId);
}

Result<QList<NhsNumberEntry>> ChildCaseService::nhsNumbers(qint64 childId) const
{
    return ChildRecordRepository(m_ctx.db).nhsNumbers(childId);
}

Status ChildCaseService::validate(const ChildRecord& c) const
{
    if (c.caseId.trimmed().isEmpty())
        return Failure{tr("enter the case ID (the SSDA903 CHILD identifier)"), tr("Case ID")};
    if (c.givenName.trimmed().isEmpty() && c.familyName.trimmed().isEmpty())
        return Failure{tr("enter the child's given or family name"), tr("Name")};
    if (!c.dateOfBirth.isValid())
        return Failure{tr("enter the date of birth as dd/mm/yyyy"), tr("Date of birth")};
    if (c.dateOfBirth > m_ctx.today())
        return Failure{tr("the date of birth is in the future"), tr("Date of birth")};
    if (c.dateOfBirth < m_ctx.today().addYears(-25))
        return Failure{tr("a child in care is under 18; this date of birth is more than 25 years "
                          "ago"),
                       tr("Date of birth")};
    if (!CodeList::contains(CodeList::sexes(), c.sex))
        return Failure{tr("choose female, male or not known"), tr("Sex")};
    if (!c.nhsNumber.trimmed().isEmpty()) {
        if (auto n = NhsNumber::parse(c.nhsNumber); !n)
            return n.failure();
    }
    auto taken = ChildRecordRepository(m_ctx.db).caseIdTaken(c.caseId.trimmed(), c.id);
    if (!taken)
        return taken.failure();
    if (taken.value())
        return Failure{tr("another child already has case ID %1").arg(c.caseId.trimmed()),
                       tr("Case ID")};
    return {};
}

Result<qint64> ChildCaseService::addChild(const ChildRecord& draft) const
{
    if (auto s = AccessPolicy::require(m_ctx.user(), Permission::EditCaseData); !s)
        return s.failure();
    ChildRecord c = draft;
    c.id = 0;
    c.caseId = c.caseId.trimmed();
    if (auto s = validate(c); !s)
        return s.failure();
    if (!c.nhsNumber.trimmed().isEmpty())
        c.nhsNumber = NhsNumber::parse(c.nhsNumber).value().digits();

    SqlTransaction tx(m_ctx.db);
    if (!tx.begun())
        return tx.begun().failure();
    const ChildRecordRepository children(m_ctx.db);
    auto id = children.insert(c);
    if (!id)
        return id.failure();
    if (!c.nhsNumber.isEmpty()) {
        if (auto s = children.replaceNhsNumber(id.value(), c.nhsNumber, m_ctx.today(),
                                               m_ctx.user().login);
            !s)
            return s.failure();
    }
    if (auto s = m_ctx.audit.append({QStringLiteral("create"),
                                     QStringLiteral("children"),
                                     id.value(),
                                     id.value(),
                                     tr("added child %1").arg(c.caseId),
                                     {},
                                     c.toJson()});
        !s)
        return s.failure();
    if (auto s = tx.commit(); !s)
        return s.failure();
    return id.value();
}

Status ChildCaseService::updateChild(const ChildRecord& draft) const
{
    if (auto s = AccessPolicy::require(m_ctx.user(), Permission::EditCaseData); !s)
        return s;
    ChildRecord c = draft;
    c.caseId = c.caseId.trimmed();
    if (auto s = validate(c); !s)
        return s;
    if (!c.nhsNumber.trimmed().isEmpty())
        c.nhsNumber = NhsNumber::parse(c.nhsNumber).value().digits();
    else
        c.nhsNumber.clear();

    SqlTransaction tx(m_ctx.db, c.id);
    if (!tx.begun())
        return tx.begun();
    const ChildRecordRepository children(m_ctx.db);
    auto before = children.find(c.id);
    if (!before)
        return before.failure();
    if (before.value().clinicalNeed != c.clinicalNeed &&
        !AccessPolicy::allows(m_ctx.user().role, Permission::SetClinicalNeed))
        return AccessPolicy::require(m_ctx.user(), Permission::SetClinicalNeed);
    if (auto s = children.update(c); !s)
        return s;
    if (before.value().nhsNumber != c.nhsNumber) {
        if (auto s =
                children.replaceNhsNumber(c.id, c.nhsNumber, m_ctx.today(), m_ctx.user().login);
            !s)
            return s;
    }
    const bool datesMayChange = before.value().dateOfBirth != c.dateOfBirth;
    if (datesMayChange) {
        if (auto s = m_ctx.dueDates.recompute({c.id}, m_ctx.today()); !s)
            return s;
        if (auto s = OutOfAreaSettlement::settle(m_ctx, c.id); !s)
            return s;
    }
    if (auto s = m_ctx.audit.append({QStringLiteral("update"), QStringLiteral("children"), c.id,
                                     c.id, tr("edited child %1").arg(c.caseId),
                                     before.value().toJson(), c.toJson()});
        !s)
        return s;
    return tx.commit();
}

Status ChildCaseService::setClinicalNeed(qint64 childId, int version, bool need) const
{
    if (auto s = AccessPolicy::require(m_ctx.user(), Permission::SetClinicalNeed); !s)
        return s;
    SqlTransaction tx(m_ctx.db, childId);
    if (!tx.begun())
        return tx.begun();
    if (auto s = ChildRecordRepository(m_ctx.db).setClinicalNeed(childId, version, need); !s)
        return s;
    if (auto s = m_ctx.audit.append(
            {QStringLiteral("update"),
             QStringLiteral("children"),
             childId,
             childId,
             need ? tr("flagged clinical need") : tr("cleared the clinical-need flag"),
             {{QStringLiteral("clinical_need"), !need}},
             {{QStringLiteral("clinical_need"), need}}});
        !s)
        return s;
    return tx.commit();
}

Result<DueDateChanges>
ChildCaseService::changeCare(qint64 childId, int childVersion,
                             const std::function<Result<AuditEntry>()>& write) const
{
    SqlTransaction tx(m_ctx.db, childId);
    if (!tx.begun())
        return tx.begun().failure();
    const AssessmentRepository assessments(m_ctx.db);
    auto before = assessments.forChild(childId);
    if (!before)
        return before.failure();
    if (auto s = ChildRecordRepository(m_ctx.db).touch(childId, childVersion); !s)
        return s.failure();
    auto entry = write();
    if (!entry)
        return entry.failure();
    if (auto s = m_ctx.dueDates.recompute({childId}, m_ctx.today()); !s)
        return s.failure();
    if (auto s = OutOfAreaSettlement::settle(m_ctx, childId); !s)
        return s.failure();
    auto after = assessments.forChild(childId);
    if (!after)
        return after.failure();
    if (auto s = m_ctx.audit.append(entry.value()); !s)
        return s.failure();
    if (auto s = tx.commit(); !s)
        return s.failure();
    return DueDateChanges::compare(before.value(), after.value());
}

Status ChildCaseService::validatePlacement(const Placement& p, bool isStart) const
{
    const QString what = isStart ? tr("Start of care") : tr("Move date");
    if (!p.date.isValid())
        return Failure{tr("enter the date as dd/mm/yyyy"), what};
    if (p.date > m_ctx.today())
        return Failure{tr("the date is in the future; record it on the day"), what};
    const ReferenceListRepository lists(m_ctx.db);
    if ((isStart || !p.legalStatus.isEmpty()) && !listHas(lists.legalStatuses(), p.legalStatus))
        return Failure{tr("choose the legal status"), tr("Legal status")};
    if (!listHas(lists.placementTypes(), p.placementType))
        return Failure{tr("choose the placement type"), tr("Placement type")};
    if (!CodeList::contains(CodeList::locations(), p.location))
        return Failure{tr("choose in area, out of area or not known"), tr("Location")};
    if (locationFromCode(p.location) == PlacementLocation::OutOfArea && p.hostAuthorityId <= 0)
        return Failure{tr("a placement out of area needs the host authority"),
                       tr("Host authority")};
    if (p.hostAuthorityId > 0 && !listHas(lists.authorities(), QString::number(p.hostAuthorityId)))
        return Failure{tr("choose a host authority from the list"), tr("Host authority")};
    return {};
}

Result<DueDateChanges> ChildCaseService::startCarePeriod(qint64 childId, int childVersion,
                                                         const Placement& start) const
{
    if (auto s = AccessPolicy::require(m_ctx.user(), Permission::EditCaseData); !s)
        return s.failure();
    if (auto s = validatePlacement(start, true); !s)
        return s.failure();
    const CareRepository care(m_ctx.db);
    auto c = ChildRecordRepository(m_ctx.db).find(childId);
    if (!c)
        return c.failure();
    if (start.date < c.value().dateOfBirth)
        return Failure{tr("care cannot start before the date of birth (%1)")
                           .arg(displayDate(c.value().dateOfBirth)),
                       tr("Start of care")};
    auto existing = care.periods(childId);
    if (!existing)
        return existing.failure();
    for (const auto& p : existing.value()) {
        if (p.isOpen())
            return Failure{tr("the child is already in care (since %1); end that period first")
                               .arg(displayDate(p.start)),
                           tr("Start of care")};
        if (start.date <= p.end)
            return Failure{tr("this overlaps an earlier period of care (%1 to %2)")
                               .arg(displayDate(p.start), displayDate(p.end)),
                           tr("Start of care")};
    }

    return changeCare(childId, childVersion, [&]() -> Result<AuditEntry> {
        auto periodId = care.insertPeriod(childId, start.date);
        if (!periodId)
            return periodId.failure();
        PlacementRecord p;
        p.carePeriodId = periodId.value();
        p.childId = childId;
        p.start = start.date;
        p.rne = QStringLiteral("S");
        p.legalStatus = start.legalStatus;
        p.placementType = start.placementType;
        p.placementProvider = start.provider;
        p.location = start.location;
        p.hostAuthorityId = locationFromCode(start.location) == PlacementLocation::OutOfArea
                                ? start.hostAuthorityId
                                : 0;
        p.postcode = start.postcode;
        if (auto id = care.insertPlacement(p); !id)
            return id.failure();
        return AuditEntry{QStringLiteral("create"),
                          QStringLiteral("care_periods"),
                          periodId.value(),
                          childId,
                          tr("started a period of care on %1").arg(displayDate(start.date)),
                          {},
                          p.toJson()};
    });
}

Result<DueDateChanges> ChildCaseService::endCarePeriod(qint64 childId, int childVersion, QDate end,
                                                       const QString& reason) const
{
    if (auto s = AccessPolicy::require(m_ctx.user(), Permission::EditCaseData); !s)
        return s.failure();
    if (!end.isValid())
        return Failure{tr("enter the date the child left care as dd/mm/yyyy"), tr("Left care")};
    if (end > m_ctx.today())
        return Failure{tr("the date is in the future; record it on the day"), tr("Left care")};
    const CareRepository care(m_ctx.db);
    auto now = currentCare(care, childId);
    if (!now)
        return now.failure();
    if (!now.value().period)
        return Failure{tr("the child is not in care, so there is no period to end"),
                       tr("Left care")};
    const CarePeriodRecord open = *now.value().period;
    const std::optional<PlacementRecord> current = now.value().placement;
    const QDate earliest = current ? current->start : open.start;
    if (end < earliest)
        return Failure{tr("the child cannot leave care before %1 (the start of the current "
                          "placement)")
                           .arg(displayDate(earliest)),
                       tr("Left care")};

    return changeCare(childId, childVersion, [&]() -> Result<AuditEntry> {
        if (current) {
            if (auto s = care.endPlacement(current->id, current->version, end, reason); !s)
                return s.failure();
        }
        if (auto s = care.endPeriod(open.id, open.version, end, reason); !s)
            return s.failure();
        CarePeriodRecord ended = open;
        ended.end = end;
        ended.endReason = reason;
        return AuditEntry{QStringLiteral("update"),
                          QStringLiteral("care_periods"),
                          open.id,
                          childId,
                          tr("ended the period of care on %1").arg(displayDate(end)),
                          open.toJson(),
                          ended.toJson()};
    });
}

Result<DueDateChanges> ChildCaseService::recordPlacementMove(qint64 childId, int childVersion,
                                                             const Placement& move) const
{
    if (auto s = AccessPolicy::require(m_ctx.user(), Permission::EditCaseData); !s)
        return s.failure();
    if (auto s = validatePlacement(move, false); !s)
        return s.failure();
    const CareRepository care(m_ctx.db);
    auto now = currentCare(care, childId);
    if (!now)
        return now.failure();
    if (!now.value().period)
        return Failure{tr("the child is not in care; start a period of care instead"),
                       tr("Move date")};
    if (!now.value().placement)
        return Failure{tr("the period of care has no current placement to move from"),
                       tr("Move date")};
    const CarePeriodRecord open = *now.value().period;
    const PlacementRecord current = *now.value().placement;
    if (move.date <= current.start)
        return Failure{tr("the move must be after the current placement started (%1)")
                           .arg(displayDate(current.start)),
                       tr("Move date")};

    return changeCare(childId, childVersion, [&]() -> Result<AuditEntry> {
        if (auto s = care.endPlacement(current.id, current.version, move.date, QString()); !s)
            return s.failure();
        PlacementRecord p;
        p.carePeriodId = open.id;
        p.childId = childId;
        p.start = move.date;
        p.rne = move.legalStatus.isEmpty() || move.legalStatus == current.legalStatus
                    ? QStringLiteral("P")
                    : QStringLiteral("B");
        p.legalStatus = move.legalStatus.isEmpty() ? current.legalStatus : move.legalStatus;
        p.placementType = move.placementType;
        p.placementProvider = move.provider;
        p.location = move.location;
        p.hostAuthorityId = locationFromCode(move.location) == PlacementLocation::OutOfArea
                                ? move.hostAuthorityId
                                : 0;
        p.postcode = move.postcode;
        auto newId = care.insertPlacement(p);
        if (!newId)
            return newId.failure();
        return AuditEntry{QStringLiteral("create"),
                          QStringLiteral("episodes"),
                          newId.value(),
                          childId,
                          tr("recorded a placement move on %1").arg(displayDate(move.date)),
                          current.toJson(),
                          p.toJson()};
    });
}

} // namespace lac
