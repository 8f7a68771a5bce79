// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "data/AuditTrailRepository.h"

#include "data/SqlConnection.h"
#include "data/SqlValues.h"

namespace lac {
namespace {

/// The WHERE clause for \a f with its values; only fixed text is concatenated, never values.
QString whereClause(const AuditFilter& f, QVariantList& values)
{
    QStringList terms;
    if (f.childId > 0) {
        terms << QStringLiteral("a.child_id = ?");
        values << f.childId;
    }
    if (!f.login.isEmpty()) {
        terms << QStringLiteral("a.user_login = ?");
        values << f.login;
    }
    if (f.from.isValid()) {
        terms << QStringLiteral("a.at >= ?");
        values << f.from.toString(Qt::ISODate);
    }
    if (f.to.isValid()) {
        terms << QStringLiteral("a.at < ?");
        values << f.to.addDays(1).toString(Qt::ISODate);
    }
    return terms.isEmpty() ? QString()
                           : QStringLiteral(" WHERE ") + terms.join(QStringLiteral(" AND "));
}

} // namespace

AuditTrailRepository::AuditTrailRepository(const Database& db)
    : m_db(db)
{}

Result<qint64> AuditTrailRepository::count(const AuditFilter& filter) const
{
    QVariantList values;
    const QString where = whereClause(filter, values);
    return sqlvalue::countOf<qint64>(
        runQuery(m_db, QStringLiteral("SELECT COUNT(*) FROM audit_log a") + where, values,
                 tr("could not count the audit trail")));
}

Result<QList<AuditRecord>> AuditTrailRepository::page(const AuditFilter& filter, qint64 belowId,
                                                      int limit) const
{
    QVariantList values;
    QString where = whereClause(filter, values);
    if (belowId > 0) {
        where += where.isEmpty() ? QStringLiteral(" WHERE ") : QStringLiteral(" AND ");
        where += QStringLiteral("a.id < ?");
        values << belowId;
    }
    values << qMax(1, limit);
    auto q = runQuery(m_db,
                      QStringLiteral("SELECT a.id, a.at, a.user_login, a.action, a.entity, "
                                     "a.entity_id, a.child_id, c.case_id, a.summary, "
                                     "a.before_json, a.after_json FROM audit_log a "
                                     "LEFT JOIN children c ON c.id = a.child_id") +
                          where + QStringLiteral(" ORDER BY a.id DESC LIMIT ?"),
                      values, tr("could not read the audit trail"));
    if (!q)
        return q.failure();
    QList<AuditRecord> rows;
    QSqlQuery& r = q.value();
    while (r.next()) {
        AuditRecord a;
        a.id = r.value(0).toLongLong();
        a.at = r.value(1).toString();
        a.login = r.value(2).toString();
        a.action = r.value(3).toString();
        a.entity = r.value(4).toString();
        a.entityId = r.value(5).toLongLong();
        a.childId = r.value(6).toLongLong();
        a.caseId = r.value(7).toString();
        a.summary = r.value(8).toString();
        a.beforeJson = r.value(9).toString();
        a.afterJson = r.value(10).toString();
        rows.append(a);
    }
    return rows;
}

Result<QStringList> AuditTrailRepository::logins() const
{
    auto q = runQuery(m_db,
                      QStringLiteral("SELECT os_login FROM users UNION "
                                     "SELECT DISTINCT user_login FROM audit_log ORDER BY 1"),
                      {}, tr("could not read the users in the audit trail"));
    if (!q)
        return q.failure();
    QStringList list;
    while (q.value().next())
        list << q.value().value(0).toString();
    return list;
}

Result<std::optional<qint64>> AuditTrailRepository::childIdForCaseId(const QString& caseId) const
{
    auto q = runQuery(m_db, QStringLiteral("SELECT id FROM children WHERE case_id = ?"),
                      {caseId.trimmed()}, tr("could not find the child"));
    if (!q)
        return q.failure();
    if (!q.value().next())
        return std::optional<qint64>();
    return std::optional<qint64>(q.value().value(0).toLongLong());
}

} // namespace lac
