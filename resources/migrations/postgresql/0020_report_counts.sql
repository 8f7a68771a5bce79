-- SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
-- SPDX-License-Identifier: GPL-3.0-or-later
--
-- Schema version 20 on PostgreSQL: the report's month-level counts, kept exact by the writes themselves.
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
-- The triggers' functions run as their owner (lachealth_owner after team-setup.sql), so no
-- login is given any right to write report_counts itself. SQLite twin in ../

CREATE TABLE report_counts (
    measure         TEXT COLLATE "C" NOT NULL CHECK (measure IN ('entry', 'IHA', 'RHA')),
    month           TEXT COLLATE "C" NOT NULL,
    location        TEXT COLLATE "C" NOT NULL,
    placement_type  TEXT COLLATE "C" NOT NULL,
    outcome         TEXT COLLATE "C" NOT NULL,
    request_in_time INTEGER NOT NULL,
    late_reason     TEXT COLLATE "C" NOT NULL,
    latest          TEXT COLLATE "C" NOT NULL,
    n               INTEGER NOT NULL,
    PRIMARY KEY (measure, month, location, placement_type, outcome, request_in_time,
                 late_reason)
);;

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

CREATE FUNCTION report_counts_add(m TEXT, mo TEXT, loc TEXT, pt TEXT, oc TEXT, rit INTEGER,
                                  lr TEXT, lt TEXT, d INTEGER) RETURNS void
LANGUAGE sql SET search_path FROM CURRENT AS $$
    INSERT INTO report_counts VALUES (m, mo, loc, pt, oc, rit, lr, lt, d)
    ON CONFLICT (measure, month, location, placement_type, outcome, request_in_time, late_reason)
    DO UPDATE SET n = report_counts.n + excluded.n,
                  latest = GREATEST(report_counts.latest, excluded.latest)
$$;;

-- One assessment's contribution, added (d = 1) or taken away (d = -1).
CREATE FUNCTION report_counts_assessment(a assessments, d INTEGER) RETURNS void
LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
DECLARE
    p care_periods;
    outcome TEXT;
BEGIN
    IF a.completed_date IS NULL OR a.closed_at IS NOT NULL OR a.status = 'not_required'
       OR a.exemption <> '' THEN
        RETURN;
    END IF;
    outcome := CASE WHEN a.completed_date <= a.due_date THEN 'in_time' ELSE 'late' END;
    IF a.kind = 'RHA' THEN
        PERFORM report_counts_add('RHA', substr(a.due_date, 1, 7), a.location_at_due,
                                  COALESCE(a.placement_type_at_due, ''), outcome, 0,
                                  COALESCE(a.late_reason_code, ''), a.completed_date, d);
        RETURN;
    END IF;
    SELECT * INTO p FROM care_periods WHERE id = a.care_period_id;
    IF NOT FOUND OR p.closed_at IS NOT NULL THEN
        RETURN;
    END IF;
    PERFORM report_counts_add('IHA', substr(p.start_date, 1, 7), p.entry_location,
        COALESCE(p.entry_placement_type, ''), outcome,
        CASE WHEN a.requested_date IS NOT NULL AND a.request_due_date IS NOT NULL
             AND a.requested_date <= a.request_due_date THEN 1 ELSE 0 END,
        COALESCE(a.late_reason_code, ''), GREATEST(a.completed_date, a.requested_date), d);
END
$$;;

-- A period's entry and the IHAs it counts, added (d = 1) or taken away (d = -1).
CREATE FUNCTION report_counts_period(p care_periods, d INTEGER) RETURNS void
LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
BEGIN
    IF p.closed_at IS NOT NULL THEN
        RETURN;
    END IF;
    IF p.started_in_window = 1 THEN
        PERFORM report_counts_add('entry', substr(p.start_date, 1, 7), p.entry_location,
                                  COALESCE(p.entry_placement_type, ''), '', 0, '', '', d);
    END IF;
    INSERT INTO report_counts
    SELECT 'IHA', substr(p.start_date, 1, 7), p.entry_location,
           COALESCE(p.entry_placement_type, ''),
           CASE WHEN a.completed_date <= a.due_date THEN 'in_time' ELSE 'late' END,
           CASE WHEN a.requested_date IS NOT NULL AND a.request_due_date IS NOT NULL
                AND a.requested_date <= a.request_due_date THEN 1 ELSE 0 END,
           COALESCE(a.late_reason_code, ''),
           max(GREATEST(a.completed_date, a.requested_date)), d * count(*)
    FROM assessments a
    WHERE a.care_period_id = p.id AND a.kind = 'IHA' AND a.completed_date IS NOT NULL
      AND a.closed_at IS NULL AND a.status <> 'not_required' AND a.exemption = ''
    GROUP BY 5, 6, 7
    ON CONFLICT (measure, month, location, placement_type, outcome, request_in_time, late_reason)
    DO UPDATE SET n = report_counts.n + excluded.n,
                  latest = GREATEST(report_counts.latest, excluded.latest);
END
$$;;

CREATE FUNCTION assessments_recount() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$
BEGIN
    IF TG_OP = 'UPDATE' THEN
        PERFORM report_counts_assessment(OLD, -1);
    END IF;
    PERFORM report_counts_assessment(NEW, 1);
    RETURN NULL;
END
$$;;

-- On insert a period has no assessments yet: only its entry counts.
CREATE FUNCTION care_periods_recount() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$
BEGIN
    IF TG_OP = 'UPDATE' THEN
        PERFORM report_counts_period(OLD, -1);
    END IF;
    PERFORM report_counts_period(NEW, 1);
    RETURN NULL;
END
$$;;

CREATE TRIGGER assessments_count AFTER INSERT ON assessments FOR EACH ROW
    WHEN (NEW.completed_date IS NOT NULL) EXECUTE FUNCTION assessments_recount();;
CREATE TRIGGER assessments_recount AFTER UPDATE OF kind, care_period_id, due_date,
    completed_date, requested_date, request_due_date, late_reason_code, location_at_due,
    placement_type_at_due, status, exemption, closed_at ON assessments FOR EACH ROW
    WHEN ((OLD.completed_date IS NOT NULL OR NEW.completed_date IS NOT NULL) AND
          (OLD.kind, OLD.care_period_id, OLD.due_date, OLD.completed_date, OLD.requested_date,
           OLD.request_due_date, OLD.late_reason_code, OLD.location_at_due,
           OLD.placement_type_at_due, OLD.status, OLD.exemption, OLD.closed_at)
          IS DISTINCT FROM
          (NEW.kind, NEW.care_period_id, NEW.due_date, NEW.completed_date, NEW.requested_date,
           NEW.request_due_date, NEW.late_reason_code, NEW.location_at_due,
           NEW.placement_type_at_due, NEW.status, NEW.exemption, NEW.closed_at))
    EXECUTE FUNCTION assessments_recount();;
CREATE TRIGGER care_periods_count_entry AFTER INSERT ON care_periods FOR EACH ROW
    WHEN (NEW.started_in_window = 1 AND NEW.closed_at IS NULL)
    EXECUTE FUNCTION care_periods_recount();;
CREATE TRIGGER care_periods_recount AFTER UPDATE OF start_date, started_in_window, closed_at,
    entry_location, entry_placement_type ON care_periods FOR EACH ROW
    WHEN ((OLD.start_date, OLD.started_in_window, OLD.closed_at, OLD.entry_location,
           OLD.entry_placement_type) IS DISTINCT FROM
          (NEW.start_date, NEW.started_in_window, NEW.closed_at, NEW.entry_location,
           NEW.entry_placement_type))
    EXECUTE FUNCTION care_periods_recount();;
