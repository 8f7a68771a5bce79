// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "data/ReferenceListRepository.h"

#include "data/SqlConnection.h"

#include <QCoreApplication>

namespace lac {

ReferenceListRepository::ReferenceListRepository(const Database& db)
    : m_db(db)
{}

Result<QList<ReferenceItem>> ReferenceListRepository::list(const QString& sql) const
{
    auto q = runQuery(m_db, sql, {}, tr("could not read a reference list"));
    if (!q)
        return q.failure();
    QList<ReferenceItem> items;
    for (auto& r = q.value(); r.next();)
        items << ReferenceItem{r.value(0).toString(), r.value(1).toString(), r.value(2).toString()};
    return items;
}

Result<QList<ReferenceItem>> ReferenceListRepository::lateReasons() const
{
    return list(QStringLiteral("SELECT code, description, owner FROM late_reasons WHERE active = 1 "
                               "ORDER BY sort_order, code"));
}

Result<QList<ReferenceItem>> ReferenceListRepository::providers() const
{
    return list(QStringLiteral("SELECT id, name, COALESCE(authority_id, 0) FROM providers WHERE "
                               "active = 1 ORDER BY name"));
}

Result<QList<ReferenceItem>> ReferenceListRepository::authorities() const
{
    return list(QStringLiteral(
        "SELECT id, name, COALESCE(code, '') FROM authorities WHERE active = 1 ORDER BY name"));
}

Result<QList<ReferenceItem>> ReferenceListRepository::placementTypes() const
{
    return list(QStringLiteral("SELECT code, code || ': ' || description, reporting_group FROM "
                               "placement_types ORDER BY reporting_group, code"));
}

Result<QList<ReferenceItem>> ReferenceListRepository::legalStatuses() const
{
    return list(QStringLiteral("SELECT code, code || ': ' || description, short_break FROM "
                               "legal_statuses ORDER BY code"));
}

} // namespace lac
