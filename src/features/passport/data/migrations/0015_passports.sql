-- SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
-- SPDX-License-Identifier: GPL-3.0-or-later
--
-- Schema version 15: care leavers' health passports (issue 15). One passport per young
-- person with the steps before sign-off (who and when); its items by section, each marked
-- whether the young person may be given it; and every version the nurse signed off, kept
-- with the copy as signed (content, JSON) and the steps after it (offered, answered with the
-- format chosen, delivered). A signed-off copy is never changed; nothing is deleted.

CREATE TABLE passports (
    id                    INTEGER PRIMARY KEY,
    child_id              INTEGER NOT NULL UNIQUE REFERENCES children (id),
    name_used             TEXT NOT NULL DEFAULT '',
    own_words             TEXT NOT NULL DEFAULT '',
    records_from          TEXT NOT NULL DEFAULT '',
    records_requested_on  TEXT,                                 -- YYYY-MM-DD
    records_requested_by  TEXT NOT NULL DEFAULT '',
    records_received_on   TEXT,
    records_received_by   TEXT NOT NULL DEFAULT '',
    drafted_on            TEXT,
    drafted_by            TEXT NOT NULL DEFAULT '',
    reissue_requested_on  TEXT,
    reissue_requested_by  TEXT NOT NULL DEFAULT '',
    reissue_reason        TEXT NOT NULL DEFAULT '',
    consent_gp            INTEGER NOT NULL DEFAULT 0 CHECK (consent_gp = 0 OR consent_gp = 1),
    consent_adviser       INTEGER NOT NULL DEFAULT 0
        CHECK (consent_adviser = 0 OR consent_adviser = 1),
    consent_on            TEXT,
    created_at            TEXT NOT NULL,
    updated_at            TEXT NOT NULL,
    closed_at             TEXT,
    closed_reason         TEXT,
    version               INTEGER NOT NULL DEFAULT 1,
    CHECK (records_received_on IS NULL OR records_requested_on IS NOT NULL)
);;
CREATE TABLE passport_items (
    id            INTEGER PRIMARY KEY,
    passport_id   INTEGER NOT NULL REFERENCES passports (id),
    section       TEXT NOT NULL
        CHECK (section = 'birth' OR section = 'family' OR section = 'development' OR
               section = 'conditions' OR section = 'operations' OR section = 'mental_health' OR
               section = 'allergies' OR section = 'medicines' OR section = 'contacts'),
    label         TEXT NOT NULL DEFAULT '',
    body          TEXT NOT NULL CHECK (body <> ''),
    shared        INTEGER NOT NULL DEFAULT 1 CHECK (shared = 0 OR shared = 1),
    position      INTEGER NOT NULL DEFAULT 0,
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL,
    closed_at     TEXT,
    closed_reason TEXT,
    version       INTEGER NOT NULL DEFAULT 1
);;
CREATE INDEX passport_items_passport ON passport_items (passport_id, section, position);;
CREATE TABLE passport_versions (
    id             INTEGER PRIMARY KEY,
    passport_id    INTEGER NOT NULL REFERENCES passports (id),
    number         INTEGER NOT NULL CHECK (number >= 1),
    signed_off_on  TEXT NOT NULL,
    signed_off_by  TEXT NOT NULL,
    content        TEXT NOT NULL,                          -- the young person's copy, JSON
    offered_on     TEXT,
    offered_by     TEXT NOT NULL DEFAULT '',
    answer         TEXT NOT NULL DEFAULT ''
        CHECK (answer = '' OR answer = 'accepted' OR answer = 'declined'),
    answered_on    TEXT,
    answered_by    TEXT NOT NULL DEFAULT '',
    format         TEXT NOT NULL DEFAULT ''
        CHECK (format = '' OR format = 'print' OR format = 'pdf' OR format = 'print_and_pdf'),
    delivered_on   TEXT,
    delivered_by   TEXT NOT NULL DEFAULT '',
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL,
    version        INTEGER NOT NULL DEFAULT 1,
    UNIQUE (passport_id, number),
    CHECK (delivered_on IS NULL OR answer = 'accepted')
);;
CREATE TRIGGER passports_no_delete BEFORE DELETE ON passports
BEGIN
    SELECT RAISE(ABORT, 'case records are closed, never deleted');
END;;
CREATE TRIGGER passport_items_no_delete BEFORE DELETE ON passport_items
BEGIN
    SELECT RAISE(ABORT, 'case records are closed, never deleted');
END;;
CREATE TRIGGER passport_versions_no_delete BEFORE DELETE ON passport_versions
BEGIN
    SELECT RAISE(ABORT, 'a signed-off passport is kept, never deleted');
END;;
CREATE TRIGGER passport_versions_frozen
BEFORE UPDATE OF passport_id, number, signed_off_on, signed_off_by, content ON passport_versions
BEGIN
    SELECT RAISE(ABORT, 'a signed-off passport is never changed: sign off a new version');
END;;
