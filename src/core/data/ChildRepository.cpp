// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "data/ChildRepository.h"

#include "data/SqlConnection.h"
#include "data/SqlValues.h"

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

// The expressions the list is sorted by, first to last (the id breaks ties after them).
QStringList sortTerms(const ChildListQuery& q)
{
    switch (q.sortKey) {
    case ChildListQuery::SortKey::CaseId:
        return {QStringLiteral("c.case_id")};
    case ChildListQuery::SortKey::Name:
        return {QStringLiteral("c.family_name"), QStringLiteral("c.given_name")};
    case ChildListQuery::SortKey::DateOfBirth:
        return {QStringLiteral("c.date_of_birth")};
    case ChildListQuery::SortKey::Sex:
        return {QStringLiteral("c.sex")};
    case ChildListQuery::SortKey::InCare:
        return {QStringLiteral("c.in_care")};
    case ChildListQuery::SortKey::PlacementType:
        return {QStringLiteral("c.current_placement_type")};
    case ChildListQuery::SortKey::Location:
        return {QStringLiteral("c.current_location")};
    case ChildListQuery::SortKey::NextDueKind:
        return {QStringLiteral("c.next_due_kind")};
    case ChildListQuery::SortKey::NextDueDate:
        // "Nothing due" counts as furthest away: last going up, first going down. Every term
        // runs the same way so that the children_next_due index serves both directions.
        return {QStringLiteral("(c.next_due_date IS NULL)"), QStringLiteral("c.next_due_date")};
    }
    return {QStringLiteral("c.case_id")};
}

QString orderFor(const ChildListQuery& q)
{
    const QString dir = q.descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    return sortTerms(q).join(dir + QStringLiteral(", ")) + dir + QStringLiteral(", c.id") + dir;
}

// "Comes after the cursor" in the query's order, as a WHERE clause and its values: the
// lexicographic comparison spelt out term by term, with NULL placed where the engine sorts it
// (SQLite: before every value; PostgreSQL: after). A leading range on the first term lets the
// sort's index start the walk at the cursor instead of at the first row.
Filter after(const ChildListQuery& q, const ChildListCursor& cursor, const SqlDialect& dialect)
{
    const QStringList terms = sortTerms(q);
    const QString op = q.descending ? QStringLiteral("<") : QStringLiteral(">");
    // Whether NULLs come first in this direction.
    const bool nullsFirst = q.descending != dialect.nullsSortFirst();
    QString clause = QStringLiteral("c.id %1 ?").arg(op);
    QVariantList values{cursor.id};
    for (qsizetype i = terms.size() - 1; i >= 0; --i) {
        const QString& t = terms.at(i);
        const QVariant v = cursor.sortValues.value(i);
        QString later;
        QVariantList laterValues;
        if (v.isNull()) {
            later = nullsFirst ? t + QStringLiteral(" IS NOT NULL") : QStringLiteral("1 = 0");
        } else {
            later = nullsFirst ? QStringLiteral("%1 %2 ?").arg(t, op)
                               : QStringLiteral("(%1 %2 ? OR %1 IS NULL)").arg(t, op);
            laterValues << v;
        }
        const QString same =
            v.isNull() ? t + QStringLiteral(" IS NULL") : t + QStringLiteral(" = ?");
        clause = QStringLiteral("(%1 OR (%2 AND %3))").arg(later, same, clause);
        QVariantList all = laterValues;
        if (!v.isNull())
            all << v;
        values = all + values;
    }
    const QVariant first = cursor.sortValues.value(0);
    if (!first.isNull() && nullsFirst) {
        clause = QStringLiteral("%1 %2= ? AND ").arg(terms.first(), op) + clause;
        values.prepend(first);
    }
    return {clause, values};
}

const QString rowColumns =
    QStringLiteral("SELECT c.id, c.case_id, c.given_name, c.family_name, c.date_of_birth, c.sex, "
                   "c.in_care, c.uasc, "
                   "c.clinical_need, c.current_placement_type, pt.reporting_group, "
                   "c.current_location, c.next_due_kind, "
                   "c.next_due_date");

// Where the sort values start among the columns of rowColumns.
constexpr int sortColumn = 14;

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

Result<ChildListPage> ChildRepository::page(const ChildListQuery& query,
                                            const ChildListCursor& after, int limit) const
{
    const SqlDialect dialect(m_db);
    Filter f = filterFor(query, dialect);
    if (!after.atStart()) {
        const Filter next = lac::after(query, after, dialect);
        f.where += QStringLiteral(" AND ") + next.where;
        f.values += next.values;
    }
    f.values << limit;
    // The sort values come back as extra columns, as the database holds them, for the cursor.
    const QStringList terms = sortTerms(query);
    auto q = runQuery(m_db,
                      rowColumns + QStringLiteral(", ") + terms.join(QStringLiteral(", ")) +
                          fromClause + f.where + QStringLiteral(" ORDER BY ") + orderFor(query) +
                          QStringLiteral(" LIMIT ?"),
                      f.values, tr("could not list children"));
    if (!q)
        return q.failure();
    ChildListPage page;
    page.end = after;
    for (auto& r = q.value(); r.next();) {
        page.rows << readRow(r);
        page.end.id = page.rows.last().id;
        page.end.sortValues.clear();
        for (qsizetype i = 0; i < terms.size(); ++i)
            page.end.sortValues << r.value(int(sortColumn + i));
    }
    return page;
}

} // namespace lac
