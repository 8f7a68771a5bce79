// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "oc2/core/Oc2YearFactsService.h"

#include "data/SqlTransaction.h"
#include "oc2/core/Oc2Rules.h"
#include "oc2/data/Oc2Store.h"
#include "security/AccessPolicy.h"
#include "services/CaseContext.h"

namespace lac {

Oc2YearFactsService::Oc2YearFactsService(const CaseContext& ctx)
    : m_ctx(ctx)
{}

Result<QList<Oc2YearFacts>> Oc2YearFactsService::forChild(qint64 childId) const
{
    if (auto s = AccessPolicy::require(m_ctx.user(), Permission::ReadCaseData); !s)
        return s.failure();
    return Oc2Store(m_ctx.db).factsForChild(childId);
}

Status Oc2YearFactsService::check(const Oc2YearFacts& f) const
{
    const Oc2Year year{f.firstYear};
    if (f.firstYear < 2000 || year.start() > m_ctx.today())
        return Failure{tr("the collection year has not begun"), tr("Year")};
    const bool misuse = f.substanceMisuse.value_or(false);
    if (!misuse && (f.interventionReceived || f.interventionOffered))
        return Failure{tr("an intervention is recorded only when a substance misuse problem "
                          "was identified"),
                       tr("Intervention received")};
    if (f.interventionReceived.value_or(false) && f.interventionOffered)
        return Failure{tr("an intervention received needs no answer to \"offered\""),
                       tr("Intervention offered")};
    if (f.interventionOffered && !f.interventionReceived)
        return Failure{tr("say first whether an intervention was received"),
                       tr("Intervention received")};
    auto born = Oc2Store(m_ctx.db).dateOfBirth(f.childId);
    if (!born)
        return born.failure();
    if (f.convicted && born.value().isValid() && !Oc2Rules::asksConvicted(born.value(), year))
        return Failure{tr("convictions are recorded from age 10: the child was under 10 on "
                          "31 March %1")
                           .arg(year.end().year()),
                       tr("Convicted")};
    return {};
}

Result<qint64> Oc2YearFactsService::save(const Oc2YearFacts& f) const
{
    if (auto s = AccessPolicy::require(m_ctx.user(), Permission::EditCaseData); !s)
        return s.failure();
    if (auto s = check(f); !s)
        return s.failure();
    const Oc2Store store(m_ctx.db);
    SqlTransaction tx(m_ctx.db, f.childId);
    if (!tx.begun())
        return tx.begun().failure();
    auto all = store.factsForChild(f.childId);
    if (!all)
        return all.failure();
    QJsonObject before;
    for (const Oc2YearFacts& other : all.value()) {
        if (other.firstYear == f.firstYear && other.id != f.id)
            return Failure{tr("%1 is already recorded for this child: correct it instead")
                               .arg(Oc2Year{f.firstYear}.label()),
                           tr("Year")};
        if (other.id == f.id)
            before = other.toJson();
    }
    qint64 id = f.id;
    if (id == 0) {
        auto added = store.insertFacts(f);
        if (!added)
            return added.failure();
        id = added.value();
    } else if (before.isEmpty()) {
        return Failure{tr("these OC2 facts belong to another child"), tr("Year")};
    } else if (auto s = store.updateFacts(f); !s) {
        return s.failure();
    }
    if (auto s = m_ctx.audit.append(
            {f.id ? QStringLiteral("update") : QStringLiteral("create"),
             QStringLiteral("oc2_year_facts"), id, f.childId,
             tr("OC2 facts for %1 %2")
                 .arg(Oc2Year{f.firstYear}.label(), f.id ? tr("corrected") : tr("recorded")),
             before, f.toJson()});
        !s)
        return s.failure();
    if (auto s = tx.commit(); !s)
        return s.failure();
    return id;
}

} // namespace lac
