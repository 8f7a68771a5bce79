// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sdq/core/SdqService.h"

#include "common/DisplayDate.h"
#include "data/SqlTransaction.h"
#include "sdq/data/SdqStore.h"
#include "security/AccessPolicy.h"
#include "services/CaseContext.h"

#include <algorithm>

namespace lac {

SdqService::SdqService(const CaseContext& ctx)
    : m_ctx(ctx)
{}

Result<QList<SdqRecord>> SdqService::forChild(qint64 childId) const
{
    if (auto s = AccessPolicy::require(m_ctx.user(), Permission::ReadCaseData); !s)
        return s.failure();
    return SdqStore(m_ctx.db).forChild(childId);
}

Status SdqService::check(const SdqRecord& s) const
{
    const QString field = tr("Date");
    if (!s.date.isValid())
        return Failure{tr("enter the date as dd/mm/yyyy"), field};
    if (s.date > m_ctx.today())
        return Failure{tr("the date is in the future"), field};
    auto born = SdqStore(m_ctx.db).dateOfBirth(s.childId);
    if (!born)
        return born.failure();
    if (born.value().isValid() && s.date < born.value())
        return Failure{tr("the date is before the child was born"), field};
    if (s.score && born.value().isValid() &&
        (s.date < born.value().addYears(4) || s.date >= born.value().addYears(17)))
        return Failure{tr("an SDQ score is for children aged 4 to 16: give the reason for none "
                          "(SDQ1) instead"),
                       tr("Score")};
    if (s.score && s.reason != SdqReason::None)
        return Failure{tr("give a score or a reason for no score, not both"), tr("Reason")};
    if (!s.score && s.reason == SdqReason::None)
        return Failure{tr("give the score (0 to 40) or the reason there is none"), tr("Score")};
    if (s.score && (*s.score < 0 || *s.score > 40))
        return Failure{tr("an SDQ total difficulties score is 0 to 40"), tr("Score")};
    if (s.reason == SdqReason::Other && s.notes.trimmed().isEmpty())
        return Failure{tr("say in the notes what the other reason is"), tr("Notes")};
    return {};
}

Result<qint64> SdqService::record(const SdqRecord& s) const
{
    if (auto ok = AccessPolicy::require(m_ctx.user(), Permission::EditCaseData); !ok)
        return ok.failure();
    if (auto ok = check(s); !ok)
        return ok.failure();
    SqlTransaction tx(m_ctx.db, s.childId);
    if (!tx.begun())
        return tx.begun().failure();
    auto id = SdqStore(m_ctx.db).insert(s);
    if (!id)
        return id.failure();
    const QString summary = s.score
                                ? tr("SDQ score %1 on %2").arg(*s.score).arg(displayDate(s.date))
                                : tr("no SDQ score on %1 (%2)")
                                      .arg(displayDate(s.date), SdqStore::reasonCode(s.reason));
    if (auto ok = m_ctx.audit.append({QStringLiteral("create"),
                                      QStringLiteral("sdq_scores"),
                                      id.value(),
                                      s.childId,
                                      summary,
                                      {},
                                      s.toJson()});
        !ok)
        return ok.failure();
    if (auto ok = tx.commit(); !ok)
        return ok.failure();
    return id.value();
}

Status SdqService::correct(const SdqRecord& s) const
{
    if (auto ok = AccessPolicy::require(m_ctx.user(), Permission::EditCaseData); !ok)
        return ok;
    if (auto ok = check(s); !ok)
        return ok;
    const SdqStore store(m_ctx.db);
    SqlTransaction tx(m_ctx.db, s.childId);
    if (!tx.begun())
        return tx.begun();
    auto before = store.find(s.id);
    if (!before)
        return before.failure();
    if (before.value().childId != s.childId)
        return Failure{tr("this SDQ belongs to another child"), tr("Date")};
    if (auto ok = store.update(s); !ok)
        return ok;
    if (auto ok = m_ctx.audit.append({QStringLiteral("update"), QStringLiteral("sdq_scores"), s.id,
                                      s.childId, tr("SDQ of %1 corrected").arg(displayDate(s.date)),
                                      before.value().toJson(), s.toJson()});
        !ok)
        return ok;
    return tx.commit();
}

Result<QList<SdqStanding>> SdqService::due(QDate today) const
{
    if (auto s = AccessPolicy::require(m_ctx.user(), Permission::ReadCaseData); !s)
        return s.failure();
    auto all = SdqStore(m_ctx.db).childrenInCare();
    if (!all)
        return all.failure();
    QList<SdqStanding> due;
    for (SdqStanding s : all.value()) {
        s.nextDue = SdqSchedule::nextDue(s.dateOfBirth, s.careStarted, s.last);
        if (s.nextDue.isValid() && s.nextDue <= today && today < s.dateOfBirth.addYears(17))
            due << s;
    }
    std::stable_sort(due.begin(), due.end(), [](const SdqStanding& a, const SdqStanding& b) {
        return a.nextDue < b.nextDue;
    });
    return due;
}

Result<QDate> SdqService::nextDue(qint64 childId) const
{
    if (auto s = AccessPolicy::require(m_ctx.user(), Permission::ReadCaseData); !s)
        return s.failure();
    auto one = SdqStore(m_ctx.db).childrenInCare(childId);
    if (!one)
        return one.failure();
    if (one.value().isEmpty())
        return QDate();
    const SdqStanding& s = one.value().first();
    return SdqSchedule::nextDue(s.dateOfBirth, s.careStarted, s.last);
}

QString SdqWorklistPile::key() const
{
    return QStringLiteral("sdq_due");
}

QString SdqWorklistPile::title() const
{
    return SdqService::tr("SDQ due");
}

Result<int> SdqWorklistPile::count(QDate today) const
{
    auto due = m_service.due(today);
    if (!due)
        return due.failure();
    return int(due.value().size());
}

Result<QList<WorklistRow>> SdqWorklistPile::rows(QDate today) const
{
    auto due = m_service.due(today);
    if (!due)
        return due.failure();
    QList<WorklistRow> rows;
    for (const SdqStanding& s : due.value()) {
        WorklistRow r;
        r.childId = s.childId;
        r.caseId = s.caseId;
        r.childName = s.childName;
        r.kind = SdqService::tr("SDQ");
        r.due = s.nextDue;
        r.since = s.last;
        r.detail = s.last.isValid() ? SdqService::tr("last SDQ %1").arg(displayDate(s.last))
                                    : SdqService::tr("no SDQ recorded since care started");
        rows << r;
    }
    return rows;
}

} // namespace lac
