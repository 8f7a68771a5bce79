// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "data/ReportCountsSuspension.h"

#include "data/SqlConnection.h"

namespace lac {
namespace {

// What migration 0020 counts when it creates the table: the same rows the triggers keep.
const char* const countEntries = R"(
INSERT INTO report_counts
SELECT 'entry', substr(start_date, 1, 7), entry_location, COALESCE(entry_placement_type, ''),
       '', 0, '', '', count(*)
FROM care_periods WHERE started_in_window = 1 AND closed_at IS NULL
GROUP BY 2, 3, 4)";

const char* const countAssessments = R"(
INSERT INTO report_counts
SELECT a.kind,
       CASE a.kind WHEN 'IHA' THEN substr(cp.start_date, 1, 7) ELSE substr(a.due_date, 1, 7) END,
       CASE a.kind WHEN 'IHA' THEN cp.entry_location ELSE a.location_at_due END,
       COALESCE(CASE a.kind WHEN 'IHA' THEN cp.entry_placement_type
                ELSE a.placement_type_at_due END, ''),
       CASE WHEN a.completed_date <= a.due_date THEN 'in_time' ELSE 'late' END,
       CASE WHEN a.kind = 'IHA' AND a.requested_date IS NOT NULL
            AND a.request_due_date IS NOT NULL AND a.requested_date <= a.request_due_date
            THEN 1 ELSE 0 END,
       COALESCE(a.late_reason_code, ''),
       max(CASE WHEN a.kind = 'IHA' AND a.requested_date > a.completed_date
                THEN a.requested_date ELSE a.completed_date END),
       count(*)
FROM assessments a LEFT JOIN care_periods cp ON cp.id = a.care_period_id
WHERE a.completed_date IS NOT NULL AND a.closed_at IS NULL AND a.status <> 'not_required'
  AND a.exemption = '' AND (a.kind = 'RHA' OR (cp.id IS NOT NULL AND cp.closed_at IS NULL))
GROUP BY 1, 2, 3, 4, 5, 6, 7)";

} // namespace

ReportCountsSuspension::ReportCountsSuspension(const Database& db)
    : m_db(db)
{}

Status ReportCountsSuspension::suspendIfFirstImport()
{
    if (m_db.isServer() || suspended())
        return {};
    const QString what = tr("could not prepare the report's counts for the import");
    auto any =
        runQuery(m_db, QStringLiteral("SELECT EXISTS (SELECT 1 FROM care_periods)"), {}, what);
    if (!any)
        return any.failure();
    if (!any.value().next() || any.value().value(0).toInt() != 0)
        return {};
    auto q = runQuery(m_db,
                      QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' "
                                     "AND tbl_name IN ('care_periods', 'assessments') AND sql "
                                     "LIKE '%report_counts%' ORDER BY name"),
                      {}, what);
    if (!q)
        return q.failure();
    QStringList names, statements;
    while (q.value().next()) {
        names << q.value().value(0).toString();
        statements << q.value().value(1).toString();
    }
    for (const QString& name : std::as_const(names)) {
        // Names come from the schema itself, never from input.
        if (auto s = runQuery(m_db, QStringLiteral("DROP TRIGGER %1").arg(name), {}, what); !s)
            return s.failure();
    }
    m_triggers = statements;
    return {};
}

Status ReportCountsSuspension::finish()
{
    if (!suspended())
        return {};
    const QString what = tr("could not count the imported records for the report");
    for (const QString& sql :
         {QStringLiteral("DELETE FROM report_counts"), QString::fromLatin1(countEntries),
          QString::fromLatin1(countAssessments)}) {
        if (auto s = runQuery(m_db, sql, {}, what); !s)
            return s.failure();
    }
    for (const QString& sql : std::as_const(m_triggers)) {
        if (auto s = runQuery(m_db, sql, {}, what); !s)
            return s.failure();
    }
    m_triggers.clear();
    return {};
}

} // namespace lac
