// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "data/CaseLogSql.h"

#include "data/SqlConnection.h"

namespace lac {

CaseLogSql::CaseLogSql(const Database& db, const QString& table, const QString& alias,
                       Resolution which)
    : m_db(db)
    , m_table(table)
    , m_alias(alias)
    , m_where{alias + QStringLiteral(".closed_at IS NULL")}
{
    if (which == Resolution::Unresolved)
        m_where << m_alias + QStringLiteral(".resolved_date IS NULL");
    else if (which == Resolution::Resolved)
        m_where << m_alias + QStringLiteral(".resolved_date IS NOT NULL");
}

void CaseLogSql::require(const QString& condition)
{
    m_where << condition;
}

void CaseLogSql::forChildren(qint64 childId, const QString& search)
{
    if (childId > 0) {
        m_where << m_alias + QStringLiteral(".child_id = ?");
        m_values << childId;
    }
    sqlvalue::addChildSearch(m_where, m_values, search, SqlDialect(m_db));
    m_searchesChild = !search.trimmed().isEmpty();
}

QString CaseLogSql::whereClause() const
{
    return QStringLiteral(" WHERE ") + m_where.join(QStringLiteral(" AND "));
}

Result<int> CaseLogSql::count(const QString& failureText) const
{
    // The children are joined only when the search needs them.
    const QString childJoin =
        m_searchesChild ? QStringLiteral("JOIN children c ON c.id = %1.child_id ").arg(m_alias)
                        : QString();
    return sqlvalue::countOf(
        runQuery(m_db,
                 QStringLiteral("SELECT count(*) FROM %1 %2 ").arg(m_table, m_alias) + childJoin +
                     whereClause(),
                 m_values, failureText));
}

Result<QSqlQuery> CaseLogSql::page(const QString& columns, const QString& moreColumns,
                                   const QString& moreJoins, const QString& orderBy, int offset,
                                   int limit, const QString& failureText) const
{
    QVariantList values = m_values;
    values << limit << offset;
    QString sql = columns + QStringLiteral(", c.case_id, c.given_name, c.family_name, a.kind, "
                                           "a.due_date");
    if (!moreColumns.isEmpty())
        sql += QStringLiteral(", ") + moreColumns;
    sql += QStringLiteral(" FROM %1 %2 JOIN children c ON c.id = %2.child_id "
                          "JOIN assessments a ON a.id = %2.assessment_id")
               .arg(m_table, m_alias);
    if (!moreJoins.isEmpty())
        sql += QLatin1Char(' ') + moreJoins;
    sql += whereClause() + orderBy + QStringLiteral(" LIMIT ? OFFSET ?");
    return runQuery(m_db, sql, values, failureText);
}

} // namespace lac
