// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QString>

namespace lac::reportcounts {

/// The rows report_counts should hold, counted afresh from the records, as report_counts'
/// own columns (measure, month, location, placement_type, outcome, request_in_time,
/// late_reason, latest, n). Migration 0020 counts the same rows when it creates the table and
/// its triggers keep them one write at a time; this is the count a first import makes at its
/// end and the one `lachealth check` compares the stored rows with. SQLite's dialect.
inline QString freshCountsSelect()
{
    return QStringLiteral(R"(
SELECT 'entry' AS measure, substr(start_date, 1, 7) AS month, entry_location AS location,
       COALESCE(entry_placement_type, '') AS placement_type, '' AS outcome,
       0 AS request_in_time, '' AS late_reason, '' AS latest, count(*) AS n
FROM care_periods WHERE started_in_window = 1 AND closed_at IS NULL
GROUP BY 2, 3, 4
UNION ALL
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
GROUP BY 1, 2, 3, 4, 5, 6, 7)");
}

} // namespace lac::reportcounts
