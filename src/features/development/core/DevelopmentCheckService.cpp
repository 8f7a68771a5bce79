// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "development/core/DevelopmentCheckService.h"

#include "common/DisplayDate.h"
#include "data/SqlTransaction.h"
#include "development/data/DevelopmentCheckStore.h"
#include "security/AccessPolicy.h"
#include "services/CaseContext.h"

#include <QStringList>

#include <algorithm>

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

Result<QList<WorklistRow>> DevelopmentCheckService::overdue(QDate today) const
{
    if (auto s = AccessPolicy::require(m_ctx.user(), Permission::ReadCaseData); !s)
        return s.failure();
    auto children = DevelopmentCheckStore(m_ctx.db).inCareBornAfter(today.addYears(-5));
    if (!children)
        return children.failure();
    QList<WorklistRow> rows;
    for (const DevelopmentChildInCare& c : children.value()) {
        const DevelopmentStatus status = DevelopmentStatus::compute(c.dateOfBirth, c.checks, today);
        if (status.state != DevelopmentStatus::State::Behind &&
            status.state != DevelopmentStatus::State::NothingRecorded)
            continue;
        WorklistRow r;
        r.childId = c.childId;
        r.caseId = c.caseId;
        r.childName = c.childName;
        r.kind = tr("Development review");
        QStringList missing;
        for (DevelopmentReview review : status.missing) {
            const QDate due = DevelopmentStatus::dueBy(review, c.dateOfBirth);
            if (!r.due.isValid() || due < r.due)
                r.due = due;
            missing << reviewName(review);
        }
        if (!c.checks.isEmpty())
            r.since = c.checks.last().date;
        r.detail = status.state == DevelopmentStatus::State::NothingRecorded
                       ? tr("no review recorded: ask the health visitor")
                       : tr("%1 not done").arg(missing.join(QStringLiteral(", ")));
        rows << r;
    }
    std::stable_sort(rows.begin(), rows.end(),
                     [](const WorklistRow& a, const WorklistRow& b) { return a.due < b.due; });
    return rows;
}

QString DevelopmentCheckService::reviewName(DevelopmentReview review)
{
    switch (review) {
    case DevelopmentReview::SixToEightWeeks:
        return tr("6-8 week review");
    case DevelopmentReview::OneYear:
        return tr("1 year review");
    case DevelopmentReview::TwoYears:
        break;
    }
    return tr("2-2½ year review");
}

QString DevelopmentWorklistPile::title() const
{
    return DevelopmentCheckService::tr("Development reviews overdue");
}

Result<int> DevelopmentWorklistPile::count(QDate today) const
{
    auto rows = m_service.overdue(today);
    if (!rows)
        return rows.failure();
    return int(rows.value().size());
}

} // namespace lac
