-- SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
-- SPDX-License-Identifier: GPL-3.0-or-later
--
-- Schema version 7: two things a working day asked for.
--
-- An appointment can be moved ("rescheduled") without a false "cancelled by health", which
-- counted in the board paper's missed-appointment figures. SQLite cannot change a CHECK in
-- place, so the table is rebuilt as in version 6 (new table, copy, drop, rename, indexes and
-- trigger again), with the new outcome in its list and every other rule as before.
--
-- An escalation records to whom it went and what was said, not just the day.

CREATE TABLE appointments_v7 (
    id                 INTEGER PRIMARY KEY,
    assessment_id      INTEGER NOT NULL REFERENCES assessments (id),
    provider_id        INTEGER REFERENCES providers (id),
    clinician          TEXT NOT NULL DEFAULT '',
    venue              TEXT NOT NULL DEFAULT '',
    scheduled_at       TEXT NOT NULL,                 -- YYYY-MM-DDTHH:MM (local time)
    mode               TEXT NOT NULL DEFAULT 'face_to_face'
        CHECK (mode = 'face_to_face' OR mode = 'virtual' OR mode = 'questionnaire'),
    interpreter_needed INTEGER NOT NULL DEFAULT 0,
    interpreter_language TEXT NOT NULL DEFAULT '',
    outcome            TEXT NOT NULL DEFAULT 'booked'
        CHECK (outcome = 'booked' OR outcome = 'attended' OR outcome = 'was_not_brought' OR
               outcome = 'cancelled_by_carer' OR outcome = 'cancelled_by_health' OR
               outcome = 'cancelled_by_child' OR outcome = 'declined' OR
               outcome = 'rescheduled'),
    outcome_date       TEXT,
    notes              TEXT NOT NULL DEFAULT '',
    created_at         TEXT NOT NULL,
    updated_at         TEXT NOT NULL,
    version            INTEGER NOT NULL DEFAULT 1
);;
INSERT INTO appointments_v7 (id, assessment_id, provider_id, clinician, venue, scheduled_at,
    mode, interpreter_needed, interpreter_language, outcome, outcome_date, notes, created_at,
    updated_at, version)
SELECT id, assessment_id, provider_id, clinician, venue, scheduled_at,
    mode, interpreter_needed, interpreter_language, outcome, outcome_date, notes, created_at,
    updated_at, version
FROM appointments;;
DROP TABLE appointments;;
ALTER TABLE appointments_v7 RENAME TO appointments;;
CREATE INDEX appointments_assessment ON appointments (assessment_id, scheduled_at);;
CREATE INDEX appointments_scheduled ON appointments (scheduled_at);;
CREATE INDEX appointments_booked ON appointments (scheduled_at) WHERE outcome = 'booked';;
CREATE TRIGGER appointments_no_delete BEFORE DELETE ON appointments
BEGIN
    SELECT RAISE(ABORT, 'case records are closed, never deleted');
END;;

ALTER TABLE ooa_requests ADD COLUMN escalated_to TEXT NOT NULL DEFAULT '';;
ALTER TABLE ooa_requests ADD COLUMN escalation_note TEXT NOT NULL DEFAULT '';;
