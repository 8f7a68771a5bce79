// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "data/ChildRepository.h"

#include "data/SqlConnection.h"
#include "data/SqlValues.h"

#include <QHash>

namespace lac {
namespace {

/// WHERE clause text (fixed fragments only) and the values bound to it.
struct Filter
{
    QString where;
    QVariantList values;
};

Filter filterFor(const ChildListQuery& q, const SqlDialect& dialect)
{
    QStringList clauses{QStringLiteral("c.closed_at IS NULL")};
    QVariantList values;
    const QString search = q.search.trimmed();
    if (!search.isEmpty()) {
        QString digits;
        for (QChar ch : search) {
            if (ch.isDigit())
                digits += ch;
        }
        const QString pattern = sqlvalue::containsPattern(search);
        QString clause;
        if (digits.size() == 10 && search.size() <= 12 &&
            digits.size() + search.count(QLatin1Char(' ')) == search.size()) {
            // A whole NHS number (spaces allowed): match it, or a case ID that is exactly those
            // digits. Both are index look-ups, not a scan.
            clause = QStringLiteral(
                "(c.case_id = ? "
                "OR c.id IN (SELECT child_id FROM nhs_numbers WHERE nhs_number = ?))");
            values << digits << digits;
        } else {
            clause = sqlvalue::childSearchClause(dialect);
            values << pattern << pattern;
        }
        clauses << clause;
    }
    if (q.inCare) {
        clauses << QStringLiteral("c.in_care = ?");
        values << (*q.inCare ? 1 : 0);
    }
    if (q.location) {
        clauses << QStringLiteral("c.current_location = ?");
        values << locationCode(*q.location);
    }
    if (!q.placementGroup.isEmpty()) {
        // By placement code, so that the children_placement index serves the filter.
        clauses << QStringLiteral("c.current_placement_type IN (SELECT code FROM placement_types "
                                  "WHERE reporting_group = ?)");
        values << q.placementGroup;
    }
    // Age bands as date-of-birth ranges: born after the day one would turn the upper age.
    auto bornAfter = [&](int years) {
        clauses << QStringLiteral("c.date_of_birth > ?");
        values << q.today.addYears(-years).toString(Qt::ISODate);
    };
    auto bornOnOrBefore = [&](int years) {
        clauses << QStringLiteral("c.date_of_birth <= ?");
        values << q.today.addYears(-years).toString(Qt::ISODate);
    };
    switch (q.ageBand) {
    case ChildListQuery::AgeBand::Any:
        break;
    case ChildListQuery::AgeBand::UnderFive:
        bornAfter(5);
        break;
    case ChildListQuery::AgeBand::FiveToNine:
        bornOnOrBefore(5);
        bornAfter(10);
        break;
    case ChildListQuery::AgeBand::TenToFifteen:
        bornOnOrBefore(10);
        bornAfter(16);
        break;
    case ChildListQuery::AgeBand::SixteenPlus:
        bornOnOrBefore(16);
        break;
    }
    if (q.overdueOnly) {
        clauses << QStringLiteral("c.next_due_date < ?");
        values << q.today.toString(Qt::ISODate);
    }
    return {clauses.join(QStringLiteral(" AND ")), values};
}

QString orderFor(const ChildListQuery& q)
{
    QString column;
    switch (q.sortKey) {
    case ChildListQuery::SortKey::CaseId:
        column = QStringLiteral("c.case_id");
        break;
    case ChildListQuery::SortKey::Name:
        column = QStringLiteral("c.family_name %1, c.given_name");
        break;
    case ChildListQuery::SortKey::DateOfBirth:
        column = QStringLiteral("c.date_of_birth");
        break;
    case ChildListQuery::SortKey::Sex:
        column = QStringLiteral("c.sex");
        break;
    case ChildListQuery::SortKey::InCare:
        column = QStringLiteral("c.in_care");
        break;
    case ChildListQuery::SortKey::PlacementType:
        column = QStringLiteral("c.current_placement_type");
        break;
    case ChildListQuery::SortKey::Location:
        column = QStringLiteral("c.current_location");
        break;
    case ChildListQuery::SortKey::NextDueKind:
        column = QStringLiteral("c.next_due_kind");
        break;
    case ChildListQuery::SortKey::NextDueDate:
        // "Nothing due" counts as furthest away: last going up, first going down. Every term
        // runs the same way so that the children_next_due index serves both directions.
        column = QStringLiteral("(c.next_due_date IS NULL) %1, c.next_due_date");
        break;
    }
    return orderTerms(column, q.descending, QStringLiteral("c.id"));
}

const QString rowColumns =
    QStringLiteral("SELECT c.id, c.case_id, c.given_name, c.family_name, c.date_of_birth, c.sex, "
                   "c.in_care, c.uasc, "
                   "c.clinical_need, c.current_placement_type, pt.reporting_group, "
                   "c.current_location, c.next_due_kind, "
                   "c.next_due_date");

ChildListRow readRow(const QSqlQuery& r)
{
    ChildListRow row;
    row.id = r.value(0).toLongLong();
    row.caseId = r.value(1).toString();
    row.givenName = r.value(2).toString();
    row.familyName = r.value(3).toString();
    row.dateOfBirth = QDate::fromString(r.value(4).toString(), Qt::ISODate);
    row.sex = r.value(5).toString();
    row.inCare = r.value(6).toInt() != 0;
    row.uasc = r.value(7).toInt() != 0;
    row.clinicalNeed = r.value(8).toInt() != 0;
    row.placementType = r.value(9).toString();
    row.placementGroup = r.value(10).toString();
    row.location = locationFromCode(r.value(11).toString());
    row.nextDueKind = r.value(12).toString();
    row.nextDueDate = QDate::fromString(r.value(13).toString(), Qt::ISODate);
    return row;
}

const QString fromClause = QStringLiteral(
    " FROM children c LEFT JOIN placement_types pt ON pt.code = c.current_placement_type WHERE ");

} // namespace

ChildRepository::ChildRepository(const Database& db)
    : m_db(db)
{}

Result<int> ChildRepository::count(const ChildListQuery& query) const
{
    const Filter f = filterFor(query, SqlDialect(m_db));
    return sqlvalue::countOf(runQuery(m_db,
                                      QStringLiteral("SELECT count(*)") +
                                          QStringLiteral(" FROM children c WHERE ") + f.where,
                                      f.values, tr("could not count children")));
}

Result<QList<ChildListRow>> ChildRepository::firstRows(const ChildListQuery& query, int limit) const
{
    const Filter f = filterFor(query, SqlDialect(m_db));
    QVariantList values = f.values;
    values << limit;
    auto q = runQuery(m_db,
                      rowColumns + fromClause + f.where + QStringLiteral(" ORDER BY ") +
                          orderFor(query) + QStringLiteral(" LIMIT ?"),
                      values, tr("could not list children"));
    if (!q)
        return q.failure();
    QList<ChildListRow> rows;
    for (auto& r = q.value(); r.next();)
        rows << readRow(r);
    return rows;
}

Result<QList<qint64>> ChildRepository::orderedIds(const ChildListQuery& query) const
{
    const Filter f = filterFor(query, SqlDialect(m_db));
    // Forward-only: the ids are read once, in order, without Qt caching them twice.
    QSqlQuery q(sqlConnection(m_db));
    q.setForwardOnly(true);
    if (!q.prepare(QStringLiteral("SELECT c.id") + QStringLiteral(" FROM children c WHERE ") +
                   f.where + QStringLiteral(" ORDER BY ") + orderFor(query)))
        return sqlFailure(tr("could not list children"), q.lastError());
    for (const auto& v : f.values)
        q.addBindValue(v);
    if (!q.exec())
        return sqlFailure(tr("could not list children"), q.lastError());
    QList<qint64> ids;
    while (q.next())
        ids << q.value(0).toLongLong();
    return ids;
}

Result<QList<ChildListRow>> ChildRepository::rows(const QList<qint64>& ids) const
{
    if (ids.isEmpty())
        return QList<ChildListRow>{};
    QString marks;
    QVariantList values;
    values.reserve(ids.size());
    for (qint64 id : ids) {
        marks += marks.isEmpty() ? QStringLiteral("?") : QStringLiteral(",?");
        values << id;
    }
    auto q = runQuery(m_db, rowColumns + fromClause + QStringLiteral("c.id IN (%1)").arg(marks),
                      values, tr("could not read children"));
    if (!q)
        return q.failure();
    QHash<qint64, ChildListRow> byId;
    for (auto& r = q.value(); r.next();) {
        ChildListRow row = readRow(r);
        byId.insert(row.id, row);
    }
    QList<ChildListRow> ordered;
    ordered.reserve(ids.size());
    for (qint64 id : ids) {
        const auto it = byId.constFind(id);
        if (it != byId.constEnd())
            ordered << *it;
    }
    return ordered;
}

} // namespace lac
