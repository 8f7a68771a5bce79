// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dental/core/DentalCheckService.h"

#include "common/DisplayDate.h"
#include "data/SettingsStore.h"
#include "data/SqlTransaction.h"
#include "dental/data/DentalCheckStore.h"
#include "security/AccessPolicy.h"
#include "services/CaseContext.h"

#include <algorithm>

namespace lac {

DentalCheckService::DentalCheckService(const CaseContext& ctx, const SettingsStore& settings)
    : m_ctx(ctx)
    , m_settings(settings)
{}

DentalSchedule DentalCheckService::schedule() const
{
    return schedule(m_settings);
}

DentalSchedule DentalCheckService::schedule(const SettingsStore& settings)
{
    DentalSchedule s;
    s.monthsBetweenChecks =
        std::clamp(settings.intValue(QStringLiteral("dental.months_between_checks"), 12), 1, 24);
    return s;
}

Result<QList<DentalCheckRecord>> DentalCheckService::forChild(qint64 childId) const
{
    if (auto s = AccessPolicy::require(m_ctx.user(), Permission::ReadCaseData); !s)
        return s.failure();
    return DentalCheckStore(m_ctx.db).forChild(childId);
}

Status DentalCheckService::check(const DentalCheckRecord& c) const
{
    const QString field = tr("Date");
    if (!c.date.isValid())
        return Failure{tr("enter the date as dd/mm/yyyy"), field};
    if (c.date > m_ctx.today())
        return Failure{tr("the date is in the future"), field};
    if (c.seen() && c.dentist.trimmed().isEmpty())
        return Failure{tr("say which dentist or practice saw the child"), tr("Dentist")};
    if (c.reason == DentalNotSeenReason::Other && c.notes.trimmed().isEmpty())
        return Failure{tr("say in the notes why the child was not seen"), tr("Notes")};
    return {};
}

Result<qint64> DentalCheckService::record(const DentalCheckRecord& c) const
{
    if (auto s = AccessPolicy::require(m_ctx.user(), Permission::EditCaseData); !s)
        return s.failure();
    if (auto s = check(c); !s)
        return s.failure();
    SqlTransaction tx(m_ctx.db, c.childId);
    if (!tx.begun())
        return tx.begun().failure();
    auto id = DentalCheckStore(m_ctx.db).insert(c);
    if (!id)
        return id.failure();
    const QString summary = c.seen() ? tr("dental check on %1").arg(displayDate(c.date))
                                     : tr("dental check not done on %1").arg(displayDate(c.date));
    if (auto s = m_ctx.audit.append({QStringLiteral("create"),
                                     QStringLiteral("dental_checks"),
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

Status DentalCheckService::correct(const DentalCheckRecord& c) const
{
    if (auto s = AccessPolicy::require(m_ctx.user(), Permission::EditCaseData); !s)
        return s;
    if (auto s = check(c); !s)
        return s;
    const DentalCheckStore store(m_ctx.db);
    SqlTransaction tx(m_ctx.db, c.childId);
    if (!tx.begun())
        return tx.begun();
    auto before = store.find(c.id);
    if (!before)
        return before.failure();
    if (before.value().childId != c.childId)
        return Failure{tr("this dental check belongs to another child"), tr("Date")};
    if (auto s = store.update(c); !s)
        return s;
    if (auto s = m_ctx.audit.append({QStringLiteral("update"), QStringLiteral("dental_checks"),
                                     c.id, c.childId,
                                     tr("dental check of %1 corrected").arg(displayDate(c.date)),
                                     before.value().toJson(), c.toJson()});
        !s)
        return s;
    return tx.commit();
}

Result<QList<DentalStatus>> DentalCheckService::due(QDate today) const
{
    if (auto s = AccessPolicy::require(m_ctx.user(), Permission::ReadCaseData); !s)
        return s.failure();
    auto all = DentalCheckStore(m_ctx.db).childrenInCare();
    if (!all)
        return all.failure();
    const DentalSchedule rule = schedule();
    QList<DentalStatus> due;
    for (DentalStatus s : all.value()) {
        s.nextDue = rule.nextDue(s.lastCheck, s.careStarted);
        if (s.nextDue.isValid() && s.nextDue <= today)
            due << s;
    }
    std::stable_sort(due.begin(), due.end(), [](const DentalStatus& a, const DentalStatus& b) {
        return a.nextDue < b.nextDue;
    });
    return due;
}

Result<QDate> DentalCheckService::nextDue(qint64 childId) const
{
    if (auto s = AccessPolicy::require(m_ctx.user(), Permission::ReadCaseData); !s)
        return s.failure();
    auto one = DentalCheckStore(m_ctx.db).childrenInCare(childId);
    if (!one)
        return one.failure();
    if (one.value().isEmpty())
        return QDate();
    const DentalStatus& s = one.value().first();
    return schedule().nextDue(s.lastCheck, s.careStarted);
}

QString DentalWorklistPile::key() const
{
    return QStringLiteral("dental_check_due");
}

QString DentalWorklistPile::title() const
{
    return DentalCheckService::tr("Dental check due");
}

Result<int> DentalWorklistPile::count(QDate today) const
{
    auto due = m_service.due(today);
    if (!due)
        return due.failure();
    return int(due.value().size());
}

Result<QList<WorklistRow>> DentalWorklistPile::rows(QDate today) const
{
    auto due = m_service.due(today);
    if (!due)
        return due.failure();
    QList<WorklistRow> rows;
    for (const DentalStatus& s : due.value()) {
        WorklistRow r;
        r.childId = s.childId;
        r.caseId = s.caseId;
        r.childName = s.childName;
        r.kind = DentalCheckService::tr("Dental");
        r.due = s.nextDue;
        r.since = s.lastCheck;
        r.detail = s.lastCheck.isValid()
                       ? DentalCheckService::tr("last check %1").arg(displayDate(s.lastCheck))
                       : DentalCheckService::tr("no check recorded since care started");
        rows << r;
    }
    return rows;
}

} // namespace lac
