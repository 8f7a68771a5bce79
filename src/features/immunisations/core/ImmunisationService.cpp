// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "immunisations/core/ImmunisationService.h"

#include "common/DisplayDate.h"
#include "data/SqlTransaction.h"
#include "immunisations/data/ImmunisationStore.h"
#include "security/AccessPolicy.h"
#include "services/CaseContext.h"

#include <algorithm>

namespace lac {

ImmunisationService::ImmunisationService(const CaseContext& ctx,
                                         Result<ImmunisationScheduleBook> book)
    : m_ctx(ctx)
    , m_book(std::move(book))
{}

QString ImmunisationService::doseName(const ScheduledDose& dose) const
{
    const QString name = m_book ? m_book.value().vaccineName(dose.vaccine) : dose.vaccine;
    return tr("%1 dose %2").arg(name).arg(dose.number);
}

Result<QList<ImmunisationDose>> ImmunisationService::forChild(qint64 childId) const
{
    if (auto s = AccessPolicy::require(m_ctx.user(), Permission::ReadCaseData); !s)
        return s.failure();
    return ImmunisationStore(m_ctx.db).forChild(childId);
}

Status ImmunisationService::check(const ImmunisationDose& d) const
{
    if (!m_book)
        return m_book.failure();
    const QString field = tr("Date");
    if (!d.date.isValid())
        return Failure{tr("enter the date as dd/mm/yyyy"), field};
    if (d.date > m_ctx.today())
        return Failure{tr("the date is in the future"), field};
    auto born = ImmunisationStore(m_ctx.db).dateOfBirth(d.childId);
    if (!born)
        return born.failure();
    if (d.date < born.value())
        return Failure{
            tr("the date is before the child was born (%1)").arg(displayDate(born.value())), field};
    if (!m_book.value().knowsVaccine(d.vaccine))
        return Failure{tr("\"%1\" is not a vaccine of the routine schedule").arg(d.vaccine),
                       tr("Vaccine")};
    return {};
}

Result<qint64> ImmunisationService::record(const ImmunisationDose& d) const
{
    if (auto s = AccessPolicy::require(m_ctx.user(), Permission::EditCaseData); !s)
        return s.failure();
    if (auto s = check(d); !s)
        return s.failure();
    SqlTransaction tx(m_ctx.db, d.childId);
    if (!tx.begun())
        return tx.begun().failure();
    auto id = ImmunisationStore(m_ctx.db).insert(d);
    if (!id)
        return id.failure();
    if (auto s = m_ctx.audit.append(
            {QStringLiteral("create"),
             QStringLiteral("immunisations"),
             id.value(),
             d.childId,
             tr("%1 given on %2").arg(m_book.value().vaccineName(d.vaccine), displayDate(d.date)),
             {},
             d.toJson()});
        !s)
        return s.failure();
    if (auto s = tx.commit(); !s)
        return s.failure();
    return id.value();
}

Status ImmunisationService::correct(const ImmunisationDose& d) const
{
    if (auto s = AccessPolicy::require(m_ctx.user(), Permission::EditCaseData); !s)
        return s;
    if (auto s = check(d); !s)
        return s;
    const ImmunisationStore store(m_ctx.db);
    SqlTransaction tx(m_ctx.db, d.childId);
    if (!tx.begun())
        return tx.begun();
    auto before = store.find(d.id);
    if (!before)
        return before.failure();
    if (before.value().childId != d.childId)
        return Failure{tr("this immunisation belongs to another child"), tr("Vaccine")};
    if (auto s = store.update(d); !s)
        return s;
    if (auto s = m_ctx.audit.append(
            {QStringLiteral("update"), QStringLiteral("immunisations"), d.id, d.childId,
             tr("%1 of %2 corrected")
                 .arg(m_book.value().vaccineName(d.vaccine), displayDate(d.date)),
             before.value().toJson(), d.toJson()});
        !s)
        return s;
    return tx.commit();
}

Result<ImmunisationStatus> ImmunisationService::status(qint64 childId, QDate reference) const
{
    if (auto s = AccessPolicy::require(m_ctx.user(), Permission::ReadCaseData); !s)
        return s.failure();
    if (!m_book)
        return m_book.failure();
    const ImmunisationStore store(m_ctx.db);
    auto born = store.dateOfBirth(childId);
    if (!born)
        return born.failure();
    auto doses = store.forChild(childId);
    if (!doses)
        return doses.failure();
    return ImmunisationStatus::compute(m_book.value(), born.value(), doses.value(), reference);
}

Result<QList<ImmunisationsOverdue>> ImmunisationService::overdue(QDate today) const
{
    if (auto s = AccessPolicy::require(m_ctx.user(), Permission::ReadCaseData); !s)
        return s.failure();
    if (!m_book)
        return m_book.failure();
    const ImmunisationStore store(m_ctx.db);
    auto children = store.childrenInCare();
    if (!children)
        return children.failure();
    auto doses = store.dosesOfChildrenInCare();
    if (!doses)
        return doses.failure();
    QList<ImmunisationsOverdue> late;
    for (const ImmunisationChild& c : children.value()) {
        auto s = ImmunisationStatus::compute(m_book.value(), c.dateOfBirth,
                                             doses.value().value(c.childId), today);
        if (!s)
            return Failure{s.failure().message, c.caseId};
        if (s.value().upToDate())
            continue;
        const QList<ImmunisationDose> given = doses.value().value(c.childId);
        QDate since = s.value().overdue().first().dueOn;
        if (c.careStarted.isValid())
            since = std::max(since, c.careStarted);
        late << ImmunisationsOverdue{c.childId,   c.caseId,
                                     c.childName, s.value(),
                                     since,       given.isEmpty() ? QDate() : given.last().date};
    }
    std::stable_sort(late.begin(), late.end(),
                     [](const ImmunisationsOverdue& a, const ImmunisationsOverdue& b) {
                         return a.owedSince < b.owedSince;
                     });
    return late;
}

QString ImmunisationWorklistPile::key() const
{
    return QStringLiteral("immunisations_overdue");
}

QString ImmunisationWorklistPile::title() const
{
    return ImmunisationService::tr("Immunisations overdue");
}

Result<int> ImmunisationWorklistPile::count(QDate today) const
{
    auto late = m_service.overdue(today);
    if (!late)
        return late.failure();
    return int(late.value().size());
}

Result<QList<WorklistRow>> ImmunisationWorklistPile::rows(QDate today) const
{
    auto late = m_service.overdue(today);
    if (!late)
        return late.failure();
    QList<WorklistRow> rows;
    for (const ImmunisationsOverdue& c : late.value()) {
        const QList<DoseStanding> overdue = c.status.overdue();
        QStringList names;
        for (const DoseStanding& s : overdue)
            names << m_service.doseName(s.dose);
        WorklistRow r;
        r.childId = c.childId;
        r.caseId = c.caseId;
        r.childName = c.childName;
        r.kind = ImmunisationService::tr("Immunisations");
        r.due = c.owedSince;
        r.since = c.lastDose;
        r.detail = ImmunisationService::tr("overdue: %1").arg(names.join(QStringLiteral(", ")));
        rows << r;
    }
    return rows;
}

} // namespace lac
