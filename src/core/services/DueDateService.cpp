// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/DueDateService.h"

#include "data/AssessmentScheduleStore.h"
#include "rules/AssessmentScheduler.h"

namespace lac {
namespace {
constexpr qsizetype batchSize = 500;
}

DueDateService::DueDateService(const Database& db, const WorkingDayCalendar& calendar,
                               const AssessmentPolicy& policy)
    : m_db(db)
    , m_calendar(calendar)
    , m_policy(policy)
{}

Status DueDateService::recompute(const QList<qint64>& childIds) const
{
    return recompute(childIds, QDate::currentDate());
}

Status DueDateService::recompute(const QList<qint64>& childIds, QDate today) const
{
    const AssessmentScheduler scheduler(m_calendar, m_policy);
    AssessmentScheduleStore store(m_db); // its statements serve every batch
    for (qsizetype from = 0; from < childIds.size(); from += batchSize) {
        const QList<qint64> batch = childIds.mid(from, batchSize);
        auto facts = store.load(batch);
        if (!facts)
            return facts.failure();
        for (auto it = facts.value().cbegin(); it != facts.value().cend(); ++it) {
            if (auto s = store.apply(it.key(), scheduler.plan(it.value(), today)); !s)
                return s;
        }
        if (auto s = store.flush(); !s)
            return s;
    }
    return {};
}

Status DueDateService::recomputeAll() const
{
    auto ids = AssessmentScheduleStore(m_db).allChildIds();
    if (!ids)
        return ids.failure();
    return recompute(ids.value());
}

} // namespace lac
