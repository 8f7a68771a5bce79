-- SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
-- SPDX-License-Identifier: GPL-3.0-or-later
--
-- Schema version 13: SDQs (issue 14), OC2's SDQ_SCORE and SDQ_REASON. One row per
-- questionnaire: a score 0-40, or the DfE's reason for none, never both. Rows are closed,
-- never deleted, like every case record.

CREATE TABLE sdq_scores (
    id            INTEGER PRIMARY KEY,
    child_id      INTEGER NOT NULL REFERENCES children (id),
    sdq_date      TEXT NOT NULL,                       -- YYYY-MM-DD
    score         INTEGER CHECK (score >= 0 AND score <= 40),
    reason        TEXT NOT NULL DEFAULT ''
        CHECK (reason = '' OR reason = 'SDQ1' OR reason = 'SDQ2' OR reason = 'SDQ3' OR
               reason = 'SDQ4' OR reason = 'SDQ5'),
    notes         TEXT NOT NULL DEFAULT '',
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL,
    closed_at     TEXT,
    closed_reason TEXT,
    version       INTEGER NOT NULL DEFAULT 1,
    CHECK ((score IS NULL AND reason <> '') OR (score IS NOT NULL AND reason = ''))
);;
CREATE INDEX sdq_scores_child ON sdq_scores (child_id, sdq_date);;
CREATE TRIGGER sdq_scores_no_delete BEFORE DELETE ON sdq_scores
BEGIN
    SELECT RAISE(ABORT, 'case records are closed, never deleted');
END;;
