// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/RetentionReview.h"

#include "security/AccessPolicy.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace lac {

RetentionReview::RetentionReview(const Database& db, const AuditLog& audit)
    : m_repository(db)
    , m_audit(audit)
{}

Result<QList<RetentionCase>> RetentionReview::pastRetention(QDate today) const
{
    if (auto s = AccessPolicy::require(m_audit.user(), Permission::ReviewRetention); !s)
        return s.failure();
    auto rows = m_repository.pastRetention(today, maxRows);
    if (!rows)
        return rows;
    AuditEntry e;
    e.action = QStringLiteral("report");
    e.entity = QStringLiteral("retention_review");
    e.summary =
        tr("retention review: %n record(s) past the 75th birthday", nullptr, int(rows->size()));
    e.after = QJsonObject{{QStringLiteral("as_of"), today.toString(Qt::ISODate)},
                          {QStringLiteral("records"), int(rows->size())}};
    if (auto s = m_audit.append(e); !s)
        return s.failure();
    return rows;
}

} // namespace lac
