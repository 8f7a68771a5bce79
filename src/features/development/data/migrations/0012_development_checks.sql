-- SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
-- SPDX-License-Identifier: GPL-3.0-or-later
--
-- Schema version 12: the health visitor's development reviews of under-5s (issue 14), which
-- feed OC2's HEALTH_CHECK. One row per review, or per review that did not happen (outcome says
-- why). Rows are closed, never deleted, like every case record.

CREATE TABLE development_checks (
    id            INTEGER PRIMARY KEY,
    child_id      INTEGER NOT NULL REFERENCES children (id),
    review        TEXT NOT NULL
        CHECK (review = '6_8_weeks' OR review = '1_year' OR review = '2_years'),
    check_date    TEXT NOT NULL,                       -- YYYY-MM-DD
    outcome       TEXT NOT NULL
        CHECK (outcome = 'done' OR outcome = 'declined' OR outcome = 'was_not_brought' OR
               outcome = 'other'),
    reviewer      TEXT NOT NULL DEFAULT '',
    notes         TEXT NOT NULL DEFAULT '',
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL,
    closed_at     TEXT,
    closed_reason TEXT,
    version       INTEGER NOT NULL DEFAULT 1
);;
CREATE INDEX development_checks_child ON development_checks (child_id, check_date);;
CREATE TRIGGER development_checks_no_delete BEFORE DELETE ON development_checks
BEGIN
    SELECT RAISE(ABORT, 'case records are closed, never deleted');
END;;
