// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to the data-access layer (it hands out a QSqlQuery).

#include "common/Result.h"
#include "data/Database.h"
#include "data/SqlValues.h"

#include <QDate>
#include <QSqlQuery>
#include <QStringList>

namespace lac {

/// The list query the case logs share (paperwork issues, out-of-area requests): rows of one
/// table, each about one assessment of one child, never the closed ones; filtered by whether
/// they are resolved, by child or by a search on the child; counted, and read a page at a time
/// with the child's case ID and name and the assessment's kind and due date. One piece of SQL,
/// so that the logs cannot drift apart in how they filter, join and page.
class CaseLogSql
{
public:
    /// Which rows by their resolved date.
    enum class Resolution
    {
        Unresolved,
        Resolved,
        Any
    };

    /// What a log's own "show" filter means, given which of its values means unresolved and
    /// which resolved (any other value: both).
    template <typename Show>
    static Resolution resolution(Show show, Show unresolved, Show resolved)
    {
        return show == unresolved ? Resolution::Unresolved
               : show == resolved ? Resolution::Resolved
                                  : Resolution::Any;
    }

    /// \a table is the log's table, with child_id, assessment_id, resolved_date and closed_at
    /// columns; \a alias is the name the log's own SQL gives it ("i", "o").
    CaseLogSql(const Database& db, const QString& table, const QString& alias, Resolution which);

    // More filters: the WHERE clause lists them in the order they are added.
    /// A condition with no bound values, e.g. "o.escalated = 1".
    void require(const QString& condition);
    /// Only the rows of one child (\a childId; 0: every child) and of the children whose case
    /// ID or name contains \a search (empty: every child).
    void forChildren(qint64 childId, const QString& search);

    Result<int> count(const QString& failureText) const;
    /// One page: \a columns (the log's own "SELECT ..." list), then the child and assessment
    /// columns (see readChildColumns()), then \a moreColumns; \a moreJoins follow the joins of the
    /// child and the assessment; \a orderBy is the whole ORDER BY clause.
    Result<QSqlQuery> page(const QString& columns, const QString& moreColumns,
                           const QString& moreJoins, const QString& orderBy, int offset, int limit,
                           const QString& failureText) const;

    /// Reads the case ID, child's name, assessment kind and due date that page() puts after
    /// the log's \a ownColumns columns into \a row.
    template <typename Row>
    static void readChildColumns(const QSqlQuery& r, int ownColumns, Row& row)
    {
        row.caseId = r.value(ownColumns).toString();
        row.childName = (r.value(ownColumns + 1).toString() + QLatin1Char(' ') +
                         r.value(ownColumns + 2).toString())
                            .trimmed();
        row.kind = r.value(ownColumns + 3).toString();
        row.due = sqlvalue::toDate(r.value(ownColumns + 4));
    }
    /// Days from \a from until \a resolved, or until \a today while unresolved.
    static int daysOpen(QDate from, QDate resolved, QDate today)
    {
        return int(from.daysTo(resolved.isValid() ? resolved : today));
    }

private:
    QString whereClause() const;

    const Database& m_db;
    QString m_table;
    QString m_alias;
    QStringList m_where;
    QVariantList m_values;
    bool m_searchesChild = false;
};

} // namespace lac
