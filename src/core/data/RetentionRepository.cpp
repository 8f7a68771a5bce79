// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "data/RetentionRepository.h"

#include "data/SqlConnection.h"
#include "rules/RetentionRule.h"

#include <QCoreApplication>

namespace lac {

RetentionRepository::RetentionRepository(const Database& db)
    : m_db(db)
{}

Result<QList<RetentionCase>> RetentionRepository::pastRetention(QDate today, int limit) const
{
    const QDate cutoff = RetentionRule::dateOfBirthCutoff(today);
    auto q = runQuery(
        m_db,
        QStringLiteral("SELECT c.id, c.case_id, c.given_name, c.family_name, c.date_of_birth, "
                       "c.in_care, c.closed_at, "
                       "(SELECT MAX(a.at) FROM audit_log a WHERE a.child_id = c.id) "
                       "FROM children c WHERE c.date_of_birth <= ? "
                       "ORDER BY c.date_of_birth, c.id LIMIT ?"),
        {cutoff.toString(Qt::ISODate), qMax(1, limit)},
        tr("could not read the records past retention"));
    if (!q)
        return q.failure();
    QList<RetentionCase> rows;
    while (q.value().next()) {
        const QSqlQuery& r = q.value();
        RetentionCase c;
        c.childId = r.value(0).toLongLong();
        c.caseId = r.value(1).toString();
        c.name =
            QStringLiteral("%1 %2").arg(r.value(2).toString(), r.value(3).toString()).trimmed();
        c.dateOfBirth = QDate::fromString(r.value(4).toString(), Qt::ISODate);
        c.retainUntil = RetentionRule::retainUntil(c.dateOfBirth);
        c.inCare = r.value(5).toInt() != 0;
        c.closedAt = r.value(6).toString();
        c.lastActivity = r.value(7).toString();
        rows.append(c);
    }
    return rows;
}

} // namespace lac
