-- SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
-- SPDX-License-Identifier: GPL-3.0-or-later
--
-- Schema version 20: the report's month-level counts, kept exact by the writes themselves.
--
-- A ten-year report read every assessment of ten years to count a few thousand figures; at
-- 100,000 children that was twice the cost of the plain aggregate query. report_counts holds
-- the settled part of those figures -- children entering care, and IHAs and RHAs completed --
-- by month, location, placement type, outcome, request in time and late reason. Triggers on
-- care_periods and assessments add and take away a row's contribution in the same statement
-- that changes the row, so the counts can never disagree with the records they count. What
-- is not settled (assessments not yet done, IHAs with no period of care, a report "as at" a
-- date before the latest completion counted) is still read from the records.
--
-- latest: the latest completion or request date counted into the row; a report as at an
-- earlier date cannot use it (it only grows, which errs towards reading the records).
-- PostgreSQL twin in postgresql/.

CREATE TABLE report_counts (
    measure         TEXT NOT NULL CHECK (measure = 'entry' OR measure = 'IHA' OR measure = 'RHA'),
    month           TEXT NOT NULL,
    location        TEXT NOT NULL,
    placement_type  TEXT NOT NULL,
    outcome         TEXT NOT NULL,
    request_in_time INTEGER NOT NULL,
    late_reason     TEXT NOT NULL,
    latest          TEXT NOT NULL,
    n               INTEGER NOT NULL,
    PRIMARY KEY (measure, month, location, placement_type, outcome, request_in_time,
                 late_reason)
) WITHOUT ROWID;;

-- The IHAs with no period of care (none made by this program) are read from the records.
CREATE INDEX assessments_without_period ON assessments (kind) WHERE care_period_id IS NULL;;
-- A period's IHAs done, for the trigger that moves them when the period changes (without it,
-- each change of a period read every assessment: an import of 100,000 episodes took 30 times
-- as long).
CREATE INDEX assessments_period_done ON assessments (care_period_id)
    WHERE kind = 'IHA' AND completed_date IS NOT NULL;;

INSERT INTO report_counts
SELECT 'entry', substr(start_date, 1, 7), entry_location, COALESCE(entry_placement_type, ''),
       '', 0, '', '', count(*)
FROM care_periods WHERE started_in_window = 1 AND closed_at IS NULL
GROUP BY 2, 3, 4;;

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
GROUP BY 1, 2, 3, 4, 5, 6, 7;;

CREATE TRIGGER care_periods_count_entry AFTER INSERT ON care_periods
WHEN NEW.started_in_window = 1 AND NEW.closed_at IS NULL
BEGIN
    INSERT INTO report_counts VALUES ('entry', substr(NEW.start_date, 1, 7), NEW.entry_location,
        COALESCE(NEW.entry_placement_type, ''), '', 0, '', '', 1)
    ON CONFLICT (measure, month, location, placement_type, outcome, request_in_time, late_reason)
    DO UPDATE SET n = n + excluded.n;
END;;

-- A period's start, placement or closing moves its entry and every IHA counted by it.
CREATE TRIGGER care_periods_recount AFTER UPDATE OF start_date, started_in_window, closed_at,
    entry_location, entry_placement_type ON care_periods
WHEN OLD.start_date IS NOT NEW.start_date OR OLD.started_in_window IS NOT NEW.started_in_window
    OR OLD.closed_at IS NOT NEW.closed_at OR OLD.entry_location IS NOT NEW.entry_location
    OR OLD.entry_placement_type IS NOT NEW.entry_placement_type
BEGIN
    INSERT INTO report_counts
    SELECT 'entry', substr(OLD.start_date, 1, 7), OLD.entry_location,
           COALESCE(OLD.entry_placement_type, ''), '', 0, '', '', -1
    WHERE OLD.started_in_window = 1 AND OLD.closed_at IS NULL
    ON CONFLICT (measure, month, location, placement_type, outcome, request_in_time, late_reason)
    DO UPDATE SET n = n + excluded.n;
    INSERT INTO report_counts
    SELECT 'entry', substr(NEW.start_date, 1, 7), NEW.entry_location,
           COALESCE(NEW.entry_placement_type, ''), '', 0, '', '', 1
    WHERE NEW.started_in_window = 1 AND NEW.closed_at IS NULL
    ON CONFLICT (measure, month, location, placement_type, outcome, request_in_time, late_reason)
    DO UPDATE SET n = n + excluded.n;
    INSERT INTO report_counts
    SELECT 'IHA', substr(OLD.start_date, 1, 7), OLD.entry_location,
           COALESCE(OLD.entry_placement_type, ''),
           CASE WHEN a.completed_date <= a.due_date THEN 'in_time' ELSE 'late' END,
           CASE WHEN a.requested_date IS NOT NULL AND a.request_due_date IS NOT NULL
                AND a.requested_date <= a.request_due_date THEN 1 ELSE 0 END,
           COALESCE(a.late_reason_code, ''),
           max(CASE WHEN a.requested_date > a.completed_date THEN a.requested_date
                    ELSE a.completed_date END),
           -count(*)
    FROM assessments a
    WHERE a.care_period_id = NEW.id AND OLD.closed_at IS NULL AND a.kind = 'IHA'
      AND a.completed_date IS NOT NULL AND a.closed_at IS NULL AND a.status <> 'not_required'
      AND a.exemption = ''
    GROUP BY 2, 3, 4, 5, 6, 7
    ON CONFLICT (measure, month, location, placement_type, outcome, request_in_time, late_reason)
    DO UPDATE SET n = n + excluded.n, latest = max(latest, excluded.latest);
    INSERT INTO report_counts
    SELECT 'IHA', substr(NEW.start_date, 1, 7), NEW.entry_location,
           COALESCE(NEW.entry_placement_type, ''),
           CASE WHEN a.completed_date <= a.due_date THEN 'in_time' ELSE 'late' END,
           CASE WHEN a.requested_date IS NOT NULL AND a.request_due_date IS NOT NULL
                AND a.requested_date <= a.request_due_date THEN 1 ELSE 0 END,
           COALESCE(a.late_reason_code, ''),
           max(CASE WHEN a.requested_date > a.completed_date THEN a.requested_date
                    ELSE a.completed_date END),
           count(*)
    FROM assessments a
    WHERE a.care_period_id = NEW.id AND NEW.closed_at IS NULL AND a.kind = 'IHA'
      AND a.completed_date IS NOT NULL AND a.closed_at IS NULL AND a.status <> 'not_required'
      AND a.exemption = ''
    GROUP BY 2, 3, 4, 5, 6, 7
    ON CONFLICT (measure, month, location, placement_type, outcome, request_in_time, late_reason)
    DO UPDATE SET n = n + excluded.n, latest = max(latest, excluded.latest);
END;;

-- An assessment counts once done (and not exempt, not "not required", not recorded in error).
CREATE TRIGGER assessments_count AFTER INSERT ON assessments
WHEN NEW.completed_date IS NOT NULL
BEGIN
    INSERT INTO report_counts
    SELECT NEW.kind,
           CASE NEW.kind WHEN 'IHA' THEN substr(cp.start_date, 1, 7)
                ELSE substr(NEW.due_date, 1, 7) END,
           CASE NEW.kind WHEN 'IHA' THEN cp.entry_location ELSE NEW.location_at_due END,
           COALESCE(CASE NEW.kind WHEN 'IHA' THEN cp.entry_placement_type
                    ELSE NEW.placement_type_at_due END, ''),
           CASE WHEN NEW.completed_date <= NEW.due_date THEN 'in_time' ELSE 'late' END,
           CASE WHEN NEW.kind = 'IHA' AND NEW.requested_date IS NOT NULL
                AND NEW.request_due_date IS NOT NULL
                AND NEW.requested_date <= NEW.request_due_date THEN 1 ELSE 0 END,
           COALESCE(NEW.late_reason_code, ''),
           CASE WHEN NEW.kind = 'IHA' AND NEW.requested_date > NEW.completed_date
                THEN NEW.requested_date ELSE NEW.completed_date END,
           1
    FROM (SELECT 1) LEFT JOIN care_periods cp ON cp.id = NEW.care_period_id
    WHERE NEW.completed_date IS NOT NULL AND NEW.closed_at IS NULL
      AND NEW.status <> 'not_required' AND NEW.exemption = ''
      AND (NEW.kind = 'RHA' OR (cp.id IS NOT NULL AND cp.closed_at IS NULL))
    ON CONFLICT (measure, month, location, placement_type, outcome, request_in_time, late_reason)
    DO UPDATE SET n = n + excluded.n, latest = max(latest, excluded.latest);
END;;

CREATE TRIGGER assessments_recount AFTER UPDATE OF kind, care_period_id, due_date,
    completed_date, requested_date, request_due_date, late_reason_code, location_at_due,
    placement_type_at_due, status, exemption, closed_at ON assessments
WHEN (OLD.completed_date IS NOT NULL OR NEW.completed_date IS NOT NULL) AND (
    OLD.kind IS NOT NEW.kind OR OLD.care_period_id IS NOT NEW.care_period_id OR OLD.due_date IS
    NOT NEW.due_date OR OLD.completed_date IS NOT NEW.completed_date OR OLD.requested_date IS
    NOT NEW.requested_date OR OLD.request_due_date IS NOT NEW.request_due_date OR
    OLD.late_reason_code IS NOT NEW.late_reason_code OR OLD.location_at_due IS NOT
    NEW.location_at_due OR OLD.placement_type_at_due IS NOT NEW.placement_type_at_due OR
    OLD.status IS NOT NEW.status OR OLD.exemption IS NOT NEW.exemption OR OLD.closed_at IS NOT
    NEW.closed_at)
BEGIN
    INSERT INTO report_counts
    SELECT OLD.kind,
           CASE OLD.kind WHEN 'IHA' THEN substr(cp.start_date, 1, 7)
                ELSE substr(OLD.due_date, 1, 7) END,
           CASE OLD.kind WHEN 'IHA' THEN cp.entry_location ELSE OLD.location_at_due END,
           COALESCE(CASE OLD.kind WHEN 'IHA' THEN cp.entry_placement_type
                    ELSE OLD.placement_type_at_due END, ''),
           CASE WHEN OLD.completed_date <= OLD.due_date THEN 'in_time' ELSE 'late' END,
           CASE WHEN OLD.kind = 'IHA' AND OLD.requested_date IS NOT NULL
                AND OLD.request_due_date IS NOT NULL
                AND OLD.requested_date <= OLD.request_due_date THEN 1 ELSE 0 END,
           COALESCE(OLD.late_reason_code, ''),
           CASE WHEN OLD.kind = 'IHA' AND OLD.requested_date > OLD.completed_date
                THEN OLD.requested_date ELSE OLD.completed_date END,
           -1
    FROM (SELECT 1) LEFT JOIN care_periods cp ON cp.id = OLD.care_period_id
    WHERE OLD.completed_date IS NOT NULL AND OLD.closed_at IS NULL
      AND OLD.status <> 'not_required' AND OLD.exemption = ''
      AND (OLD.kind = 'RHA' OR (cp.id IS NOT NULL AND cp.closed_at IS NULL))
    ON CONFLICT (measure, month, location, placement_type, outcome, request_in_time, late_reason)
    DO UPDATE SET n = n + excluded.n, latest = max(latest, excluded.latest);
    INSERT INTO report_counts
    SELECT NEW.kind,
           CASE NEW.kind WHEN 'IHA' THEN substr(cp.start_date, 1, 7)
                ELSE substr(NEW.due_date, 1, 7) END,
           CASE NEW.kind WHEN 'IHA' THEN cp.entry_location ELSE NEW.location_at_due END,
           COALESCE(CASE NEW.kind WHEN 'IHA' THEN cp.entry_placement_type
                    ELSE NEW.placement_type_at_due END, ''),
           CASE WHEN NEW.completed_date <= NEW.due_date THEN 'in_time' ELSE 'late' END,
           CASE WHEN NEW.kind = 'IHA' AND NEW.requested_date IS NOT NULL
                AND NEW.request_due_date IS NOT NULL
                AND NEW.requested_date <= NEW.request_due_date THEN 1 ELSE 0 END,
           COALESCE(NEW.late_reason_code, ''),
           CASE WHEN NEW.kind = 'IHA' AND NEW.requested_date > NEW.completed_date
                THEN NEW.requested_date ELSE NEW.completed_date END,
           1
    FROM (SELECT 1) LEFT JOIN care_periods cp ON cp.id = NEW.care_period_id
    WHERE NEW.completed_date IS NOT NULL AND NEW.closed_at IS NULL
      AND NEW.status <> 'not_required' AND NEW.exemption = ''
      AND (NEW.kind = 'RHA' OR (cp.id IS NOT NULL AND cp.closed_at IS NULL))
    ON CONFLICT (measure, month, location, placement_type, outcome, request_in_time, late_reason)
    DO UPDATE SET n = n + excluded.n, latest = max(latest, excluded.latest);
END;;
