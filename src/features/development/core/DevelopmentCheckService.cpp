// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "development/core/DevelopmentCheckService.h"

#include "common/DisplayDate.h"
#include "data/SqlTransaction.h"
#include "development/data/DevelopmentCheckStore.h"
#include "security/AccessPolicy.h"
#include "services/CaseContext.h"

namespace lac {

DevelopmentCheckService::DevelopmentCheckService(const CaseContext& ctx)
    : m_ctx(ctx)
{}

Result<QList<DevelopmentCheckRecord>> DevelopmentCheckService::forChild(qint64 childId) const
{
    if (auto s = AccessPolicy::require(m_ctx.user(), Permission::ReadCaseData); !s)
        return s.failure();
    return DevelopmentCheckStore(m_ctx.db).forChild(childId);
}

Status DevelopmentCheckService::check(const DevelopmentCheckRecord& c) const
{
    const QString field = tr("Date");
    if (!c.date.isValid())
        return Failure{tr("enter the date as dd/mm/yyyy"), field};
    if (c.date > m_ctx.today())
        return Failure{tr("the date is in the future"), field};
    auto born = DevelopmentCheckStore(m_ctx.db).dateOfBirth(c.childId);
    if (!born)
        return born.failure();
    if (born.value().isValid() && c.date < born.value())
        return Failure{tr("the date is before the child was born"), field};
    if (born.value().isValid() && c.date >= born.value().addYears(5))
        return Failure{tr("development reviews are for children under 5"), field};
    if (c.outcome == DevelopmentOutcome::NotDoneOther && c.notes.trimmed().isEmpty())
        return Failure{tr("say in the notes why the review did not happen"), tr("Notes")};
    return {};
}

Result<qint64> DevelopmentCheckService::record(const DevelopmentCheckRecord& c) const
{
    if (auto s = AccessPolicy::require(m_ctx.user(), Permission::EditCaseData); !s)
        return s.failure();
    if (auto s = check(c); !s)
        return s.failure();
    SqlTransaction tx(m_ctx.db, c.childId);
    if (!tx.begun())
        return tx.begun().failure();
    auto id = DevelopmentCheckStore(m_ctx.db).insert(c);
    if (!id)
        return id.failure();
    const QString summary = c.done()
                                ? tr("development review on %1").arg(displayDate(c.date))
                                : tr("development review not done on %1").arg(displayDate(c.date));
    if (auto s = m_ctx.audit.append({QStringLiteral("create"),
                                     QStringLiteral("development_checks"),
                                     id.value(),
                                     c.childId,
                                     summary,
                                     {},
                                     c.toJson()});
        !s)
        return s.failure();
    if (auto s = tx.commit(); !s)
        return s.failure();
    return id.value();
}

Status DevelopmentCheckService::correct(const DevelopmentCheckRecord& c) const
{
    if (auto s = AccessPolicy::require(m_ctx.user(), Permission::EditCaseData); !s)
        return s;
    if (auto s = check(c); !s)
        return s;
    const DevelopmentCheckStore store(m_ctx.db);
    SqlTransaction tx(m_ctx.db, c.childId);
    if (!tx.begun())
        return tx.begun();
    auto before = store.find(c.id);
    if (!before)
        return before.failure();
    if (before.value().childId != c.childId)
        return Failure{tr("this development review belongs to another child"), tr("Date")};
    if (auto s = store.update(c); !s)
        return s;
    if (auto s = m_ctx.audit.append(
            {QStringLiteral("update"), QStringLiteral("development_checks"), c.id, c.childId,
             tr("development review of %1 corrected").arg(displayDate(c.date)),
             before.value().toJson(), c.toJson()});
        !s)
        return s;
    return tx.commit();
}

Result<DevelopmentStatus> DevelopmentCheckService::status(qint64 childId, QDate on) const
{
    auto checks = forChild(childId);
    if (!checks)
        return checks.failure();
    auto born = DevelopmentCheckStore(m_ctx.db).dateOfBirth(childId);
    if (!born)
        return born.failure();
    return DevelopmentStatus::compute(born.value(), checks.value(), on);
}

} // namespace lac
