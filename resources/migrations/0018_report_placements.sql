-- SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
-- SPDX-License-Identifier: GPL-3.0-or-later
--
-- Schema version 18: the placement each report row is split by, kept on the row.
--
-- The board paper splits the children who entered care and their IHAs by the placement the
-- period of care began in, and the RHAs by the placement on the due date. Looking that
-- placement up for every row (the episode covering a date) was most of the ten-year report's
-- cost at 100,000 children. The due-date recomputation now keeps both, as it already kept
-- location_at_due: care_periods.entry_placement_type and entry_location (the period's first
-- placement), and assessments.placement_type_at_due (the placement location_at_due names).
-- Derived columns: written without touching a row's version, like location_at_due.
-- PostgreSQL twin in postgresql/.

ALTER TABLE care_periods ADD COLUMN entry_placement_type TEXT;;
ALTER TABLE care_periods ADD COLUMN entry_location TEXT NOT NULL DEFAULT 'UNKNOWN'
    CHECK (entry_location IN ('IN', 'OUT', 'UNKNOWN'));;
ALTER TABLE assessments ADD COLUMN placement_type_at_due TEXT;;

UPDATE care_periods SET
    entry_placement_type = (SELECT e.placement_type FROM episodes e
                            WHERE e.care_period_id = care_periods.id AND e.closed_at IS NULL
                            ORDER BY e.start_date, e.id LIMIT 1),
    entry_location = COALESCE((SELECT e.location FROM episodes e
                               WHERE e.care_period_id = care_periods.id AND e.closed_at IS NULL
                               ORDER BY e.start_date, e.id LIMIT 1), 'UNKNOWN');;

-- As the recomputation chooses: the period's last placement that began on or before the due
-- date, or its first when none had.
UPDATE assessments SET placement_type_at_due = COALESCE(
    (SELECT e.placement_type FROM episodes e
     WHERE e.care_period_id = assessments.care_period_id AND e.closed_at IS NULL
       AND e.start_date <= assessments.due_date
     ORDER BY e.start_date DESC, e.id DESC LIMIT 1),
    (SELECT e.placement_type FROM episodes e
     WHERE e.care_period_id = assessments.care_period_id AND e.closed_at IS NULL
     ORDER BY e.start_date, e.id LIMIT 1))
WHERE care_period_id IS NOT NULL;;
