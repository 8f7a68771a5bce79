-- SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
-- SPDX-License-Identifier: GPL-3.0-or-later
--
-- Schema version 17: UASC health (issue 14). One summary per unaccompanied child (arrival,
-- interpreter, immunisation history, catch-up plan, GP/dentist/optician), and one row per
-- screen (TB, hepatitis B/C, HIV, others) with its date, outcome category and referral:
-- enough to track that screening happened, not a clinical record. Rows are closed, never
-- deleted, like every case record.

CREATE TABLE uasc_profiles (
    id                   INTEGER PRIMARY KEY,
    child_id             INTEGER NOT NULL REFERENCES children (id),
    arrival_date         TEXT,                          -- YYYY-MM-DD, NULL when not known
    interpreter_language TEXT NOT NULL DEFAULT '',
    immunisation_history TEXT NOT NULL DEFAULT 'unknown'
        CHECK (immunisation_history IN ('unknown', 'partial', 'known')),
    catch_up_plan        TEXT NOT NULL DEFAULT '',
    gp_practice          TEXT NOT NULL DEFAULT '',
    dentist              TEXT NOT NULL DEFAULT '',
    optician             TEXT NOT NULL DEFAULT '',
    created_at           TEXT NOT NULL,
    updated_at           TEXT NOT NULL,
    closed_at            TEXT,
    closed_reason        TEXT,
    version              INTEGER NOT NULL DEFAULT 1
);;
CREATE UNIQUE INDEX uasc_profiles_child ON uasc_profiles (child_id) WHERE closed_at IS NULL;;
CREATE TRIGGER uasc_profiles_no_delete BEFORE DELETE ON uasc_profiles
BEGIN
    SELECT RAISE(ABORT, 'case records are closed, never deleted');
END;;

CREATE TABLE uasc_screenings (
    id            INTEGER PRIMARY KEY,
    child_id      INTEGER NOT NULL REFERENCES children (id),
    screen        TEXT NOT NULL
        CHECK (screen IN ('tb', 'hepatitis_b', 'hepatitis_c', 'hiv', 'other')),
    other_name    TEXT NOT NULL DEFAULT '',
    screen_date   TEXT NOT NULL,                       -- YYYY-MM-DD
    outcome       TEXT NOT NULL
        CHECK (outcome IN ('awaited', 'no_further_action', 'referred', 'declined')),
    referral      TEXT NOT NULL DEFAULT '',
    notes         TEXT NOT NULL DEFAULT '',
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL,
    closed_at     TEXT,
    closed_reason TEXT,
    version       INTEGER NOT NULL DEFAULT 1
);;
CREATE INDEX uasc_screenings_child ON uasc_screenings (child_id, screen_date);;
CREATE TRIGGER uasc_screenings_no_delete BEFORE DELETE ON uasc_screenings
BEGIN
    SELECT RAISE(ABORT, 'case records are closed, never deleted');
END;;
