// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "data/ReportRepository.h"

#include "data/SqlConnection.h"

#include <QHash>

namespace lac {
namespace {

QString iso(QDate d)
{
    return d.toString(Qt::ISODate);
}

QString month(QDate d)
{
    return d.toString(QStringLiteral("yyyy-MM"));
}

// The placement an IHA with no period of care (none made by this program) is split by: the one
// that covered its clock start, looked up; \a column is "location" or "placement_type". Inside
// a CASE, so the look-up runs only for such rows.
QString placementAtClockStart(const QString& column)
{
    return QStringLiteral("(SELECT e2.%1 FROM episodes e2 WHERE e2.child_id = a.child_id "
                          "AND e2.closed_at IS NULL AND e2.start_date <= a.clock_start "
                          "AND (e2.end_date IS NULL OR e2.end_date >= a.clock_start) "
                          "ORDER BY e2.start_date DESC LIMIT 1)")
        .arg(column);
}

// Outcome of one assessment row; the placeholders are asOf, asOf, lateIfDueBefore. Rows done
// after the due date come back as "completed_after" only when a tolerance must be applied
// (\a exact = false); otherwise they are simply late, and the rows aggregate fully.
QString outcomeCase(bool exact)
{
    return QStringLiteral("CASE WHEN a.completed_date IS NOT NULL AND a.completed_date <= ? "
                          "AND a.completed_date <= a.due_date THEN 'in_time' "
                          "WHEN a.completed_date IS NOT NULL AND a.completed_date <= ? THEN '%1' "
                          "WHEN a.due_date < ? THEN 'late' ELSE 'pending' END")
        .arg(exact ? QStringLiteral("late") : QStringLiteral("completed_after"));
}

DueOutcome dueOutcomeFromCode(const QString& code)
{
    static const QHash<QString, DueOutcome> outcomes{
        {QStringLiteral("in_time"), DueOutcome::InTime},
        {QStringLiteral("late"), DueOutcome::Late},
        {QStringLiteral("pending"), DueOutcome::Pending},
        {QStringLiteral("completed_after"), DueOutcome::CompletedAfterDue}};
    Q_ASSERT(outcomes.contains(code)); // the CASE in outcomeCase() gives nothing else
    return outcomes.value(code, DueOutcome::Pending);
}

// Due and completed dates, only for rows the tolerance has to decide.
QString toleranceDates(bool exact)
{
    if (exact)
        return QStringLiteral("NULL, NULL, ");
    return QStringLiteral("CASE WHEN a.completed_date > a.due_date THEN a.due_date END, "
                          "CASE WHEN a.completed_date > a.due_date THEN a.completed_date END, ");
}

// Counted rows only: not exempt, not "not required", not recorded in error.
const QString countedAssessment =
    QStringLiteral("a.closed_at IS NULL AND a.status <> 'not_required' AND a.exemption = '' ");

} // namespace

ReportRepository::ReportRepository(const Database& db, CountsFrom countsFrom)
    : m_db(db)
    , m_countsFrom(countsFrom)
{}

// Months are compared as "YYYY-MM" text through substr(): the whole table is read in rowid
// order, which on a large database is several times faster than walking the date index and
// jumping to each row. The placement each row is split by is kept on the row by the due-date
// recomputation (schema 18): a look-up per row was most of a ten-year report's cost.
Result<QList<ReportRepository::EntryRow>> ReportRepository::careEntries(QDate from, QDate to) const
{
    QList<EntryRow> rows;
    if (m_countsFrom == CountsFrom::StoredCounts) {
        auto counted = settledCounts(QStringLiteral("entry"), from, to, QDate());
        if (!counted)
            return counted.failure();
        for (const AssessmentRow& r : std::as_const(counted.value().rows))
            rows << EntryRow{r.month, r.location, r.group, r.count};
        return rows;
    }
    auto q = runQuery(
        m_db,
        QStringLiteral("SELECT substr(cp.start_date, 1, 7), cp.entry_location, "
                       "COALESCE(cp.entry_placement_type, ''), COUNT(*) FROM care_periods cp "
                       "WHERE cp.started_in_window = 1 AND cp.closed_at IS NULL "
                       "AND substr(cp.start_date, 1, 7) >= ? "
                       "AND substr(cp.start_date, 1, 7) <= ? GROUP BY 1, 2, 3"),
        {month(from), month(to)}, tr("could not count the children who entered care"));
    if (!q)
        return q.failure();
    auto groups = reportingGroups();
    if (!groups)
        return groups.failure();
    QSqlQuery& r = q.value();
    while (r.next())
        rows << EntryRow{r.value(0).toString(), locationFromCode(r.value(1).toString()),
                         groups.value().value(r.value(2).toString()), r.value(3).toInt()};
    return rows;
}

Result<ReportRepository::SettledCounts>
ReportRepository::settledCounts(const QString& measure, QDate from, QDate to, QDate asOf) const
{
    if (m_countsFrom == CountsFrom::Records)
        return SettledCounts{{}, false};
    auto q = runQuery(m_db,
                      QStringLiteral("SELECT month, location, placement_type, outcome, "
                                     "request_in_time, late_reason, latest, n FROM report_counts "
                                     "WHERE measure = ? AND month >= ? AND month <= ? AND n <> 0"),
                      {measure, month(from), month(to)}, tr("could not read the report's counts"));
    if (!q)
        return q.failure();
    auto groups = reportingGroups();
    if (!groups)
        return groups.failure();
    SettledCounts counted;
    const QString asOfText = iso(asOf);
    QSqlQuery& r = q.value();
    while (r.next()) {
        if (asOf.isValid() && r.value(6).toString() > asOfText)
            counted.usable = false; // a completion after the as-of date: not settled then
        AssessmentRow row;
        row.month = r.value(0).toString();
        row.location = locationFromCode(r.value(1).toString());
        row.group = groups.value().value(r.value(2).toString());
        if (measure != QLatin1String("entry"))
            row.outcome = dueOutcomeFromCode(r.value(3).toString());
        row.requestInTime = r.value(4).toInt() != 0;
        row.lateReason = r.value(5).toString();
        row.count = r.value(7).toInt();
        counted.rows << row;
    }
    return counted;
}

Result<QList<ReportRepository::AssessmentRow>>
ReportRepository::initialAssessments(QDate from, QDate to, QDate asOf) const
{
    // No tolerance for IHAs: a completion after the due date is late, so rows aggregate fully.
    // Split by the placement the period of care began in.
    const QString start = QStringLiteral("COALESCE(cp.start_date, a.clock_start)");
    const QString sql =
        QStringLiteral("SELECT substr(%1, 1, 7), CASE WHEN cp.id IS NOT NULL THEN "
                       "cp.entry_location ELSE COALESCE(%3, 'UNKNOWN') END, "
                       "COALESCE(CASE WHEN cp.id IS NOT NULL THEN cp.entry_placement_type "
                       "ELSE %4 END, ''), %2 AS outcome, "
                       "CASE WHEN a.requested_date IS NOT NULL AND a.requested_date <= ? "
                       "AND a.request_due_date IS NOT NULL "
                       "AND a.requested_date <= a.request_due_date THEN 1 ELSE 0 END, "
                       "COALESCE(a.late_reason_code, ''), NULL, NULL, "
                       "COUNT(*) FROM assessments a "
                       "LEFT JOIN care_periods cp ON cp.id = a.care_period_id ")
            .arg(start, outcomeCase(true), placementAtClockStart(QStringLiteral("location")),
                 placementAtClockStart(QStringLiteral("placement_type"))) +
        QStringLiteral("WHERE a.kind = 'IHA' AND ") + countedAssessment +
        QStringLiteral("AND (cp.id IS NULL OR cp.closed_at IS NULL) %2"
                       "AND substr(%1, 1, 7) >= ? AND substr(%1, 1, 7) <= ? "
                       "GROUP BY 1, 2, 3, 4, 5, 6");
    const QVariantList values{iso(asOf), iso(asOf), iso(asOf), iso(asOf), month(from), month(to)};
    auto counted = settledCounts(QStringLiteral("IHA"), from, to, asOf);
    if (!counted)
        return counted.failure();
    if (!counted.value().usable)
        return assessments(sql.arg(start, QString()), values);
    // The rest: not done yet, or done with no period of care (each has its own index).
    QList<AssessmentRow> rows = counted.value().rows;
    for (const QString& rest : {QStringLiteral("AND a.completed_date IS NULL "),
                                QStringLiteral("AND a.care_period_id IS NULL "
                                               "AND a.completed_date IS NOT NULL ")}) {
        auto read = assessments(sql.arg(start, rest), values);
        if (!read)
            return read.failure();
        rows << read.value();
    }
    return rows;
}

Result<QList<ReportRepository::AssessmentRow>>
ReportRepository::reviewAssessments(QDate from, QDate to, QDate asOf, QDate lateIfDueBefore,
                                    bool exact) const
{
    const QString sql =
        QStringLiteral("SELECT substr(a.due_date, 1, 7), a.location_at_due, "
                       "COALESCE(a.placement_type_at_due, ''), %1 AS outcome, 0, "
                       "COALESCE(a.late_reason_code, ''), %2"
                       "COUNT(*) FROM assessments a ")
            .arg(outcomeCase(exact), toleranceDates(exact)) +
        QStringLiteral("WHERE a.kind = 'RHA' AND ") + countedAssessment +
        QStringLiteral("AND substr(a.due_date, 1, 7) >= ? AND substr(a.due_date, 1, 7) <= ? ");
    const QString groupBy = QStringLiteral("GROUP BY 1, 2, 3, 4, 5, 6") +
                            (exact ? QString() : QStringLiteral(", 7, 8"));
    QVariantList values{iso(asOf), iso(asOf), iso(lateIfDueBefore), month(from), month(to)};
    if (!exact) // a tolerance needs each late completion's dates: not in the counts
        return assessments(sql + groupBy, values);
    auto counted = settledCounts(QStringLiteral("RHA"), from, to, asOf);
    if (!counted)
        return counted.failure();
    if (!counted.value().usable)
        return assessments(sql + groupBy, values);
    // The rest: not done yet, through the outstanding index's range of due dates.
    values << month(from) << iso(to);
    auto rest = assessments(sql +
                                QStringLiteral("AND a.completed_date IS NULL AND a.due_date >= ? "
                                               "AND a.due_date <= ? ") +
                                groupBy,
                            values);
    if (!rest)
        return rest.failure();
    return counted.value().rows + rest.value();
}

Result<QList<ReportRepository::AssessmentRow>>
ReportRepository::assessments(const QString& sql, const QVariantList& values) const
{
    auto q = runQuery(m_db, sql, values, tr("could not count the health assessments"));
    if (!q)
        return q.failure();
    auto groups = reportingGroups();
    if (!groups)
        return groups.failure();
    QList<AssessmentRow> rows;
    QSqlQuery& r = q.value();
    while (r.next()) {
        AssessmentRow row;
        row.month = r.value(0).toString();
        row.location = locationFromCode(r.value(1).toString());
        row.group = groups.value().value(r.value(2).toString());
        row.outcome = dueOutcomeFromCode(r.value(3).toString());
        row.requestInTime = r.value(4).toInt() != 0;
        row.lateReason = r.value(5).toString();
        row.due = QDate::fromString(r.value(6).toString(), Qt::ISODate);
        row.completed = QDate::fromString(r.value(7).toString(), Qt::ISODate);
        row.count = r.value(8).toInt();
        rows << row;
    }
    return rows;
}

Result<QList<ReportRepository::MonthCodeRow>> ReportRepository::missedAppointments(QDate from,
                                                                                   QDate to) const
{
    auto q = runQuery(
        m_db,
        QStringLiteral("SELECT substr(ap.scheduled_at, 1, 7), ap.outcome, COUNT(*) "
                       "FROM appointments ap JOIN assessments a ON a.id = ap.assessment_id "
                       "WHERE ") +
            countedAssessment +
            QStringLiteral("AND ap.outcome IN ('was_not_brought', 'cancelled_by_carer', "
                           "'cancelled_by_health', 'cancelled_by_child', 'declined') "
                           "AND substr(ap.scheduled_at, 1, 7) >= ? "
                           "AND substr(ap.scheduled_at, 1, 7) <= ? GROUP BY 1, 2"),
        {month(from), month(to)}, tr("could not count the missed appointments"));
    if (!q)
        return q.failure();
    QList<MonthCodeRow> rows;
    QSqlQuery& r = q.value();
    while (r.next())
        rows << MonthCodeRow{r.value(0).toString(), r.value(1).toString(), r.value(2).toInt()};
    return rows;
}

Result<QList<ReportRepository::SpanRow>> ReportRepository::paperworkIssueSpans(QDate from,
                                                                               QDate to) const
{
    return spans(QStringLiteral("SELECT substr(found_date, 1, 7), "
                                "COALESCE(substr(resolved_date, 1, 7), ''), COUNT(*) "
                                "FROM paperwork_issues WHERE closed_at IS NULL "
                                "AND found_date <= ? AND COALESCE(resolved_date, '9999-12-31') "
                                ">= ? GROUP BY 1, 2"),
                 from, to);
}

Result<QList<ReportRepository::SpanRow>> ReportRepository::outOfAreaWaitSpans(QDate from,
                                                                              QDate to) const
{
    return spans(QStringLiteral("SELECT substr(requested_date, 1, 7), "
                                "COALESCE(substr(resolved_date, 1, 7), ''), COUNT(*) "
                                "FROM ooa_requests WHERE closed_at IS NULL "
                                "AND requested_date <= ? AND COALESCE(resolved_date, "
                                "'9999-12-31') >= ? GROUP BY 1, 2"),
                 from, to);
}

// The test on resolved_date is written without OR: with it SQLite walked the open-issues index
// twice and fetched each row, several times slower than reading the table once.
Result<QList<ReportRepository::SpanRow>> ReportRepository::spans(const QString& sql, QDate from,
                                                                 QDate to) const
{
    auto q = runQuery(m_db, sql, {iso(to), iso(from)}, tr("could not count the open issues"));
    if (!q)
        return q.failure();
    QList<SpanRow> rows;
    QSqlQuery& r = q.value();
    while (r.next())
        rows << SpanRow{r.value(0).toString(), r.value(1).toString(), r.value(2).toInt()};
    return rows;
}

Result<QHash<QString, QString>> ReportRepository::reportingGroups() const
{
    if (m_groups)
        return *m_groups;
    auto q = runQuery(m_db, QStringLiteral("SELECT code, reporting_group FROM placement_types"), {},
                      tr("could not read the placement types list"));
    if (!q)
        return q.failure();
    QHash<QString, QString> groups;
    while (q.value().next())
        groups.insert(q.value().value(0).toString(), q.value().value(1).toString());
    m_groups = groups;
    return groups;
}

Result<QList<LateReasonCount>> ReportRepository::lateReasons() const
{
    auto q = runQuery(m_db,
                      QStringLiteral("SELECT code, description, owner FROM late_reasons "
                                     "ORDER BY sort_order, code"),
                      {}, tr("could not read the late reasons list"));
    if (!q)
        return q.failure();
    QList<LateReasonCount> rows;
    QSqlQuery& r = q.value();
    while (r.next())
        rows << LateReasonCount{r.value(0).toString(), r.value(1).toString(), r.value(2).toString(),
                                0};
    return rows;
}

Result<QList<std::pair<QString, QByteArray>>> ReportRepository::publishedPapers() const
{
    auto q = runQuery(m_db,
                      QStringLiteral("SELECT at, after_json FROM audit_log WHERE action = 'report' "
                                     "AND entity = 'timeliness_report' AND after_json LIKE "
                                     "'%\"published\"%' ORDER BY id"),
                      {}, tr("could not read the papers published before"));
    if (!q)
        return q.failure();
    QList<std::pair<QString, QByteArray>> rows;
    while (q.value().next())
        rows.append({q.value().value(0).toString(), q.value().value(1).toString().toUtf8()});
    return rows;
}

} // namespace lac
