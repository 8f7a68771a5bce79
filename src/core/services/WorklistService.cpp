// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/WorklistService.h"

#include "data/WorklistRepository.h"

#include <QCoreApplication>

namespace lac {

WorklistService::WorklistService(const Database& db, const SettingsStore& settings)
    : m_db(db)
    , m_settings(settings)
{}

Result<QList<QPair<WorklistCategory, int>>> WorklistService::counts(QDate today) const
{
    const WorklistRepository repo(m_db);
    QList<QPair<WorklistCategory, int>> result;
    for (WorklistCategory c : allWorklistCategories()) {
        WorklistQuery q;
        q.category = c;
        q.today = today;
        auto n = repo.count(q);
        if (!n)
            return n.failure();
        result << qMakePair(c, n.value());
    }
    return result;
}

RagRating WorklistService::ragRating() const
{
    return RagRating(m_settings.intValue(QStringLiteral("worklist.red_within_days"), 0),
                     m_settings.intValue(QStringLiteral("worklist.amber_within_days"), 14));
}

Status WorklistService::setRagThresholds(int redWithinDays, int amberWithinDays) const
{
    if (redWithinDays < 0 || amberWithinDays < redWithinDays)
        return Failure{tr("amber must start at or after red, and neither can be negative"),
                       QStringLiteral("worklist")};
    if (auto s = m_settings.setValue(QStringLiteral("worklist.red_within_days"),
                                     QString::number(redWithinDays));
        !s)
        return s;
    return m_settings.setValue(QStringLiteral("worklist.amber_within_days"),
                               QString::number(amberWithinDays));
}

} // namespace lac
