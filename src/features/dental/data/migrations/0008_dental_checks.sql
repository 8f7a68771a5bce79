-- SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
-- SPDX-License-Identifier: GPL-3.0-or-later
--
-- Schema version 8: dental checks, the first kind of record beyond IHA and RHA (issue 12).
-- One row per check, or per attempt that ended without one (reason says why). Rows are
-- closed, never deleted, like every case record.

CREATE TABLE dental_checks (
    id            INTEGER PRIMARY KEY,
    child_id      INTEGER NOT NULL REFERENCES children (id),
    check_date    TEXT NOT NULL,                       -- YYYY-MM-DD
    dentist       TEXT NOT NULL DEFAULT '',
    not_seen      TEXT NOT NULL DEFAULT ''
        CHECK (not_seen = '' OR not_seen = 'no_nhs_dentist' OR not_seen = 'refused' OR
               not_seen = 'was_not_brought' OR not_seen = 'other'),
    notes         TEXT NOT NULL DEFAULT '',
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL,
    closed_at     TEXT,
    closed_reason TEXT,
    version       INTEGER NOT NULL DEFAULT 1
);;
CREATE INDEX dental_checks_child ON dental_checks (child_id, check_date);;
CREATE TRIGGER dental_checks_no_delete BEFORE DELETE ON dental_checks
BEGIN
    SELECT RAISE(ABORT, 'case records are closed, never deleted');
END;;
