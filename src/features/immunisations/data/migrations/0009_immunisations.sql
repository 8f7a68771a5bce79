-- SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
-- SPDX-License-Identifier: GPL-3.0-or-later
--
-- Schema version 9: immunisations (issue 14). One row per dose given, with where the team
-- learnt of it. The vaccine is a code from the bundled schedule file, which changes by
-- publication, so the table does not list the vaccines. Rows are closed, never deleted.

CREATE TABLE immunisations (
    id            INTEGER PRIMARY KEY,
    child_id      INTEGER NOT NULL REFERENCES children (id),
    vaccine       TEXT NOT NULL CHECK (vaccine <> ''),
    given_on      TEXT NOT NULL,                       -- YYYY-MM-DD
    source        TEXT NOT NULL
        CHECK (source = 'gp_record' OR source = 'red_book' OR source = 'parents_account' OR
               source = 'overseas_record'),
    notes         TEXT NOT NULL DEFAULT '',
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL,
    closed_at     TEXT,
    closed_reason TEXT,
    version       INTEGER NOT NULL DEFAULT 1
);;
CREATE INDEX immunisations_child ON immunisations (child_id, given_on);;
CREATE TRIGGER immunisations_no_delete BEFORE DELETE ON immunisations
BEGIN
    SELECT RAISE(ABORT, 'case records are closed, never deleted');
END;;
