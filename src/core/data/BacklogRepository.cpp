// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "data/BacklogRepository.h"

#include "data/SqlConnection.h"
#include "data/SqlValues.h"
#include "rules/BacklogPriorityRule.h"
#include "rules/ChildAge.h"

#include <QStringList>

namespace lac {
namespace {

QString whereClause(const BacklogQuery& query, QVariantList& values, const SqlDialect& dialect)
{
    QStringList where{QStringLiteral("c.in_care = 1"), QStringLiteral("c.next_due_date < ?")};
    values << query.today.toString(Qt::ISODate);
    if (!query.location.isEmpty()) {
        where << QStringLiteral("c.current_location = ?");
        values << query.location;
    }
    sqlvalue::addChildSearch(where, values, query.search, dialect);
    return QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
}

} // namespace

BacklogRepository::BacklogRepository(const Database& db)
    : m_db(db)
{}

Result<int> BacklogRepository::count(const BacklogQuery& query) const
{
    QVariantList values;
    const QString where = whereClause(query, values, SqlDialect(m_db));
    return sqlvalue::countOf(runQuery(m_db,
                                      QStringLiteral("SELECT count(*) FROM children c") + where,
                                      values, tr("could not count the backlog")));
}

Result<QList<BacklogRow>> BacklogRepository::page(const BacklogQuery& query, int offset,
                                                  int limit) const
{
    QVariantList values;
    // Born after this date: under 5 today. Born on or before: 17 or over.
    const QDate youngFrom = query.today.addYears(-BacklogPriorityRule::youngUnderYears);
    const QDate oldTo = query.today.addYears(-BacklogPriorityRule::oldFromYears);
    const QString priority =
        QStringLiteral("CASE WHEN c.date_of_birth > ? OR c.date_of_birth <= ? THEN 0 ELSE 1 END");
    QVariantList priorityValues{youngFrom.toString(Qt::ISODate), oldTo.toString(Qt::ISODate)};
    values << priorityValues;
    const QString where = whereClause(query, values, SqlDialect(m_db));

    using K = BacklogQuery::SortKey;
    const QString dir = query.descending ? QStringLiteral("DESC") : QStringLiteral("ASC");
    const QString rdir = query.descending ? QStringLiteral("ASC") : QStringLiteral("DESC");
    QString order;
    switch (query.sortKey) {
    case K::Priority:
        order =
            QStringLiteral("priority %1, c.clinical_need %2, c.next_due_date %1").arg(dir, rdir);
        break;
    case K::Child:
        order = QStringLiteral("c.family_name %1, c.given_name %1").arg(dir);
        break;
    case K::Age:
        order = QStringLiteral("c.date_of_birth %1").arg(rdir);
        break;
    case K::Kind:
        order = QStringLiteral("c.next_due_kind %1").arg(dir);
        break;
    case K::DueDate:
        order = QStringLiteral("c.next_due_date %1").arg(dir);
        break;
    case K::ClinicalNeed:
        order = QStringLiteral("c.clinical_need %1").arg(dir);
        break;
    case K::Location:
        order = QStringLiteral("c.current_location %1").arg(dir);
        break;
    }
    values << limit << offset;
    auto q = runQuery(
        m_db,
        QStringLiteral("SELECT c.id, (SELECT a.id FROM assessments a WHERE a.child_id = c.id AND "
                       "a.completed_date IS NULL AND a.closed_at IS NULL AND a.due_date = "
                       "c.next_due_date ORDER BY a.id LIMIT 1), c.case_id, c.given_name, "
                       "c.family_name, c.date_of_birth, c.next_due_kind, c.next_due_date, "
                       "c.clinical_need, c.current_location, COALESCE(c.current_placement_type, "
                       "''), c.version, ") +
            priority + QStringLiteral(" AS priority FROM children c") + where +
            QStringLiteral(" ORDER BY ") + order + QStringLiteral(", c.id LIMIT ? OFFSET ?"),
        values, tr("could not read the backlog"));
    if (!q)
        return q.failure();
    QList<BacklogRow> rows;
    for (auto& r = q.value(); r.next();) {
        BacklogRow row;
        row.childId = r.value(0).toLongLong();
        row.assessmentId = r.value(1).toLongLong();
        row.caseId = r.value(2).toString();
        row.childName =
            (r.value(3).toString() + QLatin1Char(' ') + r.value(4).toString()).trimmed();
        row.dateOfBirth = sqlvalue::toDate(r.value(5));
        row.kind = assessmentKindFromCode(r.value(6).toString()).value_or(AssessmentKind::Initial);
        row.due = sqlvalue::toDate(r.value(7));
        row.clinicalNeed = r.value(8).toInt() != 0;
        row.location = r.value(9).toString();
        row.placementType = r.value(10).toString();
        row.childVersion = r.value(11).toInt();
        rows << row;
    }
    return rows;
}

} // namespace lac
