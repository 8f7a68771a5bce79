// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "data/WorklistRepository.h"

#include "data/SqlConnection.h"
#include "data/SqlValues.h"

#include <QStringList>

namespace lac {
namespace {

/// How one category is found: its tables, conditions and the date it is measured from.
struct CategorySql
{
    QString from;      ///< the pile's tables, the child's included
    QString countFrom; ///< the same without the child's row, when nothing asks for it
    QStringList where;
    QVariantList values;
    QString since;   ///< expression for WorklistRow::since
    QString detail;  ///< expression for WorklistRow::detail
    QString natural; ///< a column of the pile (see page()) it is sorted by first
};

// Outstanding: not done, not closed (the partial index assessments_outstanding covers it).
const QString outstanding = QStringLiteral(
    "a.completed_date IS NULL AND a.closed_at IS NULL AND a.status IN ('open', 'requested', "
    "'booked')");
const QString assessmentsFrom =
    QStringLiteral("assessments a JOIN children c ON c.id = a.child_id");
// Every assessment has its child (a foreign key), so a count without a search needs no join:
// on a server the join was a hash of every child for each count.
const QString assessmentsOnly = QStringLiteral("assessments a");

CategorySql categorySql(const WorklistQuery& query, const SqlDialect& dialect)
{
    const QString today = query.today.toString(Qt::ISODate);
    CategorySql s;
    s.from = assessmentsFrom;
    s.countFrom = assessmentsOnly;
    s.since = QStringLiteral("a.requested_date");
    s.detail = QStringLiteral("a.paperwork_status");
    s.natural = QStringLiteral("due_date");
    switch (query.category) {
    case WorklistCategory::OverdueIha:
    case WorklistCategory::OverdueRha:
        s.where << outstanding << QStringLiteral("a.kind = ?") << QStringLiteral("a.due_date < ?");
        s.values << (query.category == WorklistCategory::OverdueIha ? QStringLiteral("IHA")
                                                                    : QStringLiteral("RHA"))
                 << today;
        break;
    case WorklistCategory::IhaRequestsLate:
        // Not yet requested, and the request to health (5 working days after care started)
        // is already late: the assessment may still be weeks from due and look green.
        s.where << outstanding << QStringLiteral("a.kind = 'IHA'")
                << QStringLiteral("a.status = 'open'") << QStringLiteral("a.request_due_date < ?");
        s.values << today;
        s.since = QStringLiteral("a.request_due_date");
        s.natural = QStringLiteral("request_due_date");
        break;
    case WorklistCategory::DueWithin14Days:
    case WorklistCategory::DueWithin30Days: {
        const int days = query.category == WorklistCategory::DueWithin14Days ? 14 : 30;
        s.where << outstanding << QStringLiteral("a.kind IN ('IHA', 'RHA')")
                << QStringLiteral("a.due_date >= ?") << QStringLiteral("a.due_date <= ?");
        s.values << today << query.today.addDays(days).toString(Qt::ISODate);
        break;
    }
    case WorklistCategory::AwaitingPaperwork:
        // One row per held request, from its open issues (grouped first: a correlated
        // subquery per assessment would scan the open issues once per row).
        s.from = QStringLiteral(
            "(SELECT i.assessment_id, min(i.found_date) AS first_found, min(i.problem) AS "
            "first_problem FROM paperwork_issues i WHERE i.resolved_date IS NULL AND "
            "i.closed_at IS NULL GROUP BY i.assessment_id) p "
            "JOIN assessments a ON a.id = p.assessment_id JOIN children c ON c.id = a.child_id");
        s.countFrom = s.from;
        s.where << QStringLiteral("a.closed_at IS NULL");
        s.since = QStringLiteral("p.first_found");
        s.detail = QStringLiteral("p.first_problem");
        s.natural = QStringLiteral("since");
        break;
    case WorklistCategory::OutOfAreaWaiting:
        s.from = QStringLiteral("ooa_requests o JOIN assessments a ON a.id = o.assessment_id "
                                "JOIN children c ON c.id = o.child_id "
                                "LEFT JOIN authorities h ON h.id = o.host_authority_id");
        s.countFrom = s.from;
        s.where << QStringLiteral("o.resolved_date IS NULL")
                << QStringLiteral("o.closed_at IS NULL");
        s.since = QStringLiteral("o.requested_date");
        s.detail = QStringLiteral("COALESCE(h.name, '')");
        s.natural = QStringLiteral("since");
        break;
    case WorklistCategory::BookingsNext7Days: {
        // Today and the next 7 days, not the calendar week: on a Friday, Monday's matter.
        s.from = QStringLiteral("appointments p JOIN assessments a ON a.id = p.assessment_id "
                                "JOIN children c ON c.id = a.child_id");
        s.countFrom = s.from;
        s.where << QStringLiteral("p.outcome = 'booked'") << QStringLiteral("p.scheduled_at >= ?")
                << QStringLiteral("p.scheduled_at < ?");
        s.values << query.today.toString(Qt::ISODate)
                 << query.today.addDays(8).toString(Qt::ISODate);
        s.since = QStringLiteral("p.scheduled_at");
        s.detail = QStringLiteral("(substr(p.scheduled_at, 12, 5) || ' ' || p.venue)");
        s.natural = QStringLiteral("since"); // p.scheduled_at
        break;
    }
    case WorklistCategory::CompletedLateNoReason:
        // Matches the partial index assessments_completed_late term for term.
        s.where << QStringLiteral("a.late_reason_code IS NULL")
                << QStringLiteral("a.completed_date > a.due_date")
                << QStringLiteral("a.closed_at IS NULL");
        s.since = QStringLiteral("a.completed_date");
        s.natural = QStringLiteral("since"); // a.completed_date
        break;
    }
    sqlvalue::addChildSearch(s.where, s.values, query.search, dialect);
    if (!query.search.trimmed().isEmpty())
        s.countFrom = s.from; // the search matches the child's name and case ID
    return s;
}

// The open booking of an assessment waiting for its appointment (looked up for the page's
// booked rows only, by the appointments' assessment index).
const char* const bookedColumns =
    "CASE WHEN w.status = 'booked' THEN (SELECT b.scheduled_at FROM appointments b WHERE "
    "b.assessment_id = w.assessment_id AND b.outcome = 'booked' ORDER BY b.id DESC LIMIT 1) "
    "END, CASE WHEN w.status = 'booked' THEN (SELECT TRIM(COALESCE(b.clinician, '') || ' · ' || "
    "COALESCE(b.venue, ''), ' ·') FROM appointments b WHERE b.assessment_id = w.assessment_id "
    "AND b.outcome = 'booked' ORDER BY b.id DESC LIMIT 1) END";

QString orderBy(const WorklistQuery& query, const CategorySql& s)
{
    using K = WorklistQuery::SortKey;
    QString key;
    switch (query.sortKey) {
    case K::Natural:
        key = s.natural;
        break;
    case K::Child:
        key = QStringLiteral("family_name %1, given_name");
        break;
    case K::Kind:
        key = QStringLiteral("kind");
        break;
    case K::DueDate:
        key = QStringLiteral("due_date");
        break;
    case K::Status:
        key = QStringLiteral("status");
        break;
    case K::Location:
        key = QStringLiteral("current_location");
        break;
    case K::Since:
        key = QStringLiteral("since");
        break;
    }
    return QStringLiteral(" ORDER BY ") +
           orderTerms(key, query.descending, QStringLiteral("assessment_id"));
}

} // namespace

WorklistRepository::WorklistRepository(const Database& db)
    : m_db(db)
{}

Result<int> WorklistRepository::count(const WorklistQuery& query) const
{
    const CategorySql s = categorySql(query, SqlDialect(m_db));
    return sqlvalue::countOf(runQuery(m_db,
                                      QStringLiteral("SELECT count(*) FROM %1 WHERE %2")
                                          .arg(s.countFrom, s.where.join(QStringLiteral(" AND "))),
                                      s.values, tr("could not count the worklist")));
}

Result<QList<WorklistRow>> WorklistRepository::page(const WorklistQuery& query, int offset,
                                                    int limit) const
{
    const CategorySql s = categorySql(query, SqlDialect(m_db));
    QVariantList values = s.values;
    values << limit << offset;
    // The pile is found first (by its own partial index: a few thousand rows at most) and
    // only then sorted. Left to choose, PostgreSQL walked every child in the order asked,
    // hoping to meet 200 of the pile soon: it guesses a third of all completed assessments
    // are "late, no reason" (none are at 100,000 children), and a sort by name took 0.6-1 s.
    auto q = runQuery(
        m_db,
        QStringLiteral("WITH w AS MATERIALIZED (SELECT c.id AS child_id, a.id AS assessment_id, "
                       "c.case_id, c.given_name, c.family_name, a.kind, a.due_date, a.status, "
                       "c.current_location, %1 AS since, %2 AS detail, a.request_due_date "
                       "FROM %3 WHERE %4) "
                       "SELECT child_id, assessment_id, case_id, given_name, family_name, kind, "
                       "due_date, status, current_location, since, detail, request_due_date, %5 "
                       "FROM w")
                .arg(s.since, s.detail, s.from, s.where.join(QStringLiteral(" AND ")),
                     QString::fromUtf8(bookedColumns)) +
            orderBy(query, s) + QStringLiteral(" LIMIT ? OFFSET ?"),
        values, tr("could not read the worklist"));
    if (!q)
        return q.failure();
    QList<WorklistRow> rows;
    for (auto& r = q.value(); r.next();) {
        WorklistRow row;
        row.childId = r.value(0).toLongLong();
        row.assessmentId = r.value(1).toLongLong();
        row.caseId = r.value(2).toString();
        row.childName =
            (r.value(3).toString() + QLatin1Char(' ') + r.value(4).toString()).trimmed();
        row.kind = r.value(5).toString();
        row.due = sqlvalue::toDate(r.value(6));
        row.status = r.value(7).toString();
        row.location = r.value(8).toString();
        row.since = sqlvalue::toDate(r.value(9));
        row.detail = r.value(10).toString();
        row.requestDue = sqlvalue::toDate(r.value(11));
        row.bookedFor =
            QDateTime::fromString(r.value(12).toString(), QStringLiteral("yyyy-MM-ddTHH:mm"));
        row.bookedWith = r.value(13).toString();
        rows << row;
    }
    return rows;
}

} // namespace lac
