-- SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
-- SPDX-License-Identifier: GPL-3.0-or-later
--
-- Schema version 1. Dates are ISO 8601 text (YYYY-MM-DD), timestamps ISO 8601 UTC
-- (YYYY-MM-DDTHH:MM:SSZ), so that text order is date order on SQLite and PostgreSQL alike.
-- Nothing is ever deleted: rows are closed (closed_at, closed_reason) instead.
-- Every mutable case table has a version column for optimistic locking: an UPDATE names
-- the version it read and fails if someone else has saved since.
-- Statements are separated by a line that holds only ";;" (see MigrationScript).

CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);;

CREATE TABLE users (
    id           INTEGER PRIMARY KEY,
    os_login     TEXT NOT NULL UNIQUE,
    display_name TEXT NOT NULL DEFAULT '',
    role         TEXT NOT NULL CHECK (role IN ('administrator', 'health_admin', 'designated_nurse', 'viewer')),
    active       INTEGER NOT NULL DEFAULT 1,
    created_at   TEXT NOT NULL
);;

-- Append-only: the triggers below refuse UPDATE and DELETE.
CREATE TABLE audit_log (
    id          INTEGER PRIMARY KEY,
    at          TEXT NOT NULL,
    user_login  TEXT NOT NULL,
    action      TEXT NOT NULL,
    entity      TEXT NOT NULL,
    entity_id   INTEGER,
    child_id    INTEGER,
    summary     TEXT NOT NULL DEFAULT '',
    before_json TEXT,
    after_json  TEXT
);;
CREATE INDEX audit_log_child ON audit_log (child_id, at);;
CREATE INDEX audit_log_at ON audit_log (at);;
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'the audit log can only be appended to');
END;;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'the audit log can only be appended to');
END;;

-- Reference lists ---------------------------------------------------------------------------

-- SSDA903 PLACE codes with the reporting group used in board papers.
CREATE TABLE placement_types (
    code            TEXT PRIMARY KEY,
    description     TEXT NOT NULL,
    reporting_group TEXT NOT NULL,
    first_year      INTEGER,  -- first collection year the code is valid (e.g. 2024 for 2024-25)
    last_year       INTEGER   -- last collection year the code is valid
);;

-- SSDA903 LS codes. short_break = 1 excludes the child from IHA/RHA timeliness.
CREATE TABLE legal_statuses (
    code        TEXT PRIMARY KEY,
    description TEXT NOT NULL,
    short_break INTEGER NOT NULL DEFAULT 0
);;

-- Why an assessment was late, and whose delay it was (social_care, health, host_health,
-- carer, child, other).
CREATE TABLE late_reasons (
    code        TEXT PRIMARY KEY,
    description TEXT NOT NULL,
    owner       TEXT NOT NULL CHECK (owner IN ('social_care', 'health', 'host_health', 'carer', 'child', 'other')),
    sort_order  INTEGER NOT NULL DEFAULT 0,
    active      INTEGER NOT NULL DEFAULT 1
);;

CREATE TABLE authorities (
    id     INTEGER PRIMARY KEY,
    name   TEXT NOT NULL UNIQUE,
    code   TEXT,
    active INTEGER NOT NULL DEFAULT 1
);;

CREATE TABLE providers (
    id           INTEGER PRIMARY KEY,
    name         TEXT NOT NULL UNIQUE,
    authority_id INTEGER REFERENCES authorities (id),
    active       INTEGER NOT NULL DEFAULT 1
);;

-- Bank holidays an administrator added (or withdrew) on top of the bundled GOV.UK list and
-- the rule-based fallback. removed = 1 withdraws a bundled or rule-made day.
CREATE TABLE bank_holidays (
    id       INTEGER PRIMARY KEY,
    division TEXT NOT NULL CHECK (division IN ('england-and-wales', 'scotland', 'northern-ireland')),
    date     TEXT NOT NULL,
    title    TEXT NOT NULL,
    removed  INTEGER NOT NULL DEFAULT 0,
    added_by TEXT NOT NULL DEFAULT '',
    added_at TEXT NOT NULL DEFAULT '',
    UNIQUE (division, date)
);;

-- Children and their care ----------------------------------------------------------------

-- The current_* and next_* columns are derived by the due-date service whenever a child's
-- care or assessments change, so that the 100,000-row children table sorts on indexes.
CREATE TABLE children (
    id                     INTEGER PRIMARY KEY,
    case_id                TEXT NOT NULL UNIQUE,   -- SSDA903 CHILD
    given_name             TEXT NOT NULL DEFAULT '',
    family_name            TEXT NOT NULL DEFAULT '',
    date_of_birth          TEXT NOT NULL,
    sex                    TEXT NOT NULL DEFAULT 'U' CHECK (sex IN ('M', 'F', 'U')),
    ethnicity              TEXT NOT NULL DEFAULT '',
    upn                    TEXT NOT NULL DEFAULT '',
    uasc                   INTEGER NOT NULL DEFAULT 0,
    clinical_need          INTEGER NOT NULL DEFAULT 0,
    notes                  TEXT NOT NULL DEFAULT '',
    in_care                INTEGER NOT NULL DEFAULT 0,
    current_placement_type TEXT,
    current_location       TEXT NOT NULL DEFAULT 'UNKNOWN' CHECK (current_location IN ('IN', 'OUT', 'UNKNOWN')),
    next_due_kind          TEXT,
    next_due_date          TEXT,
    created_at             TEXT NOT NULL,
    updated_at             TEXT NOT NULL,
    closed_at              TEXT,
    closed_reason          TEXT,
    version                INTEGER NOT NULL DEFAULT 1
);;
CREATE INDEX children_family_name ON children (family_name, given_name);;
CREATE INDEX children_dob ON children (date_of_birth);;
-- One index per sort order of the children table. "Nothing due" sorts last, so the due-date
-- indexes lead with (next_due_date IS NULL), the same expression the list query orders by.
CREATE INDEX children_next_due ON children ((next_due_date IS NULL), next_due_date);;
CREATE INDEX children_in_care ON children (in_care, (next_due_date IS NULL), next_due_date);;
CREATE INDEX children_placement ON children (current_placement_type);;
CREATE INDEX children_location ON children (current_location);;
CREATE INDEX children_sex ON children (sex);;
CREATE INDEX children_status ON children (in_care);;
CREATE INDEX children_next_kind ON children (next_due_kind);;

-- NHS numbers with history: a number can be re-issued (e.g. on adoption).
CREATE TABLE nhs_numbers (
    id          INTEGER PRIMARY KEY,
    child_id    INTEGER NOT NULL REFERENCES children (id),
    nhs_number  TEXT NOT NULL CHECK (length(nhs_number) = 10),
    valid_from  TEXT NOT NULL,
    valid_to    TEXT,
    recorded_by TEXT NOT NULL DEFAULT '',
    recorded_at TEXT NOT NULL
);;
CREATE INDEX nhs_numbers_child ON nhs_numbers (child_id, valid_from);;
CREATE INDEX nhs_numbers_number ON nhs_numbers (nhs_number);;

-- A period of care: from the start of care (SSDA903 RNE = S) to leaving care.
-- started_in_window = 0 for a chain whose first episode is not S (care began before the
-- data we hold): no IHA is expected for it.
CREATE TABLE care_periods (
    id                INTEGER PRIMARY KEY,
    child_id          INTEGER NOT NULL REFERENCES children (id),
    start_date        TEXT NOT NULL,
    end_date          TEXT,
    started_in_window INTEGER NOT NULL DEFAULT 1,
    end_reason        TEXT,
    created_at        TEXT NOT NULL,
    updated_at        TEXT NOT NULL,
    closed_at         TEXT,   -- recorded in error: closed, never deleted
    closed_reason     TEXT,
    version           INTEGER NOT NULL DEFAULT 1,
    CHECK (end_date IS NULL OR end_date >= start_date),
    UNIQUE (child_id, start_date)
);;
CREATE INDEX care_periods_start ON care_periods (start_date);;

-- An SSDA903 episode: a span with one legal status and one placement.
CREATE TABLE episodes (
    id                  INTEGER PRIMARY KEY,
    care_period_id      INTEGER NOT NULL REFERENCES care_periods (id),
    child_id            INTEGER NOT NULL REFERENCES children (id),
    start_date          TEXT NOT NULL,
    end_date            TEXT,
    rne                 TEXT NOT NULL DEFAULT 'P',
    legal_status        TEXT NOT NULL REFERENCES legal_statuses (code),
    cin                 TEXT NOT NULL DEFAULT '',
    placement_type      TEXT NOT NULL REFERENCES placement_types (code),
    placement_provider  TEXT NOT NULL DEFAULT '',
    location            TEXT NOT NULL DEFAULT 'UNKNOWN' CHECK (location IN ('IN', 'OUT', 'UNKNOWN')),
    host_authority_id   INTEGER REFERENCES authorities (id),
    placement_postcode  TEXT NOT NULL DEFAULT '',
    reason_end          TEXT NOT NULL DEFAULT '',
    reason_place_change TEXT NOT NULL DEFAULT '',
    urn                 TEXT NOT NULL DEFAULT '',
    created_at          TEXT NOT NULL,
    updated_at          TEXT NOT NULL,
    closed_at           TEXT,
    closed_reason       TEXT,
    version             INTEGER NOT NULL DEFAULT 1,
    CHECK (end_date IS NULL OR end_date >= start_date),
    UNIQUE (child_id, start_date)
);;
CREATE INDEX episodes_period ON episodes (care_period_id, start_date);;
CREATE INDEX episodes_start ON episodes (start_date);;

-- Assessments ------------------------------------------------------------------------------

-- One row per statutory assessment expected or done: an IHA per period of care that started
-- in the window, then a chain of RHAs. due_date and request_due_date are computed by core.
CREATE TABLE assessments (
    id                      INTEGER PRIMARY KEY,
    child_id                INTEGER NOT NULL REFERENCES children (id),
    care_period_id          INTEGER REFERENCES care_periods (id),
    kind                    TEXT NOT NULL CHECK (kind IN ('IHA', 'RHA')),
    clock_start             TEXT NOT NULL,            -- start of care (IHA) or last assessment (RHA)
    due_date                TEXT NOT NULL,
    request_due_date        TEXT,
    requested_date          TEXT,
    paperwork_status        TEXT NOT NULL DEFAULT 'awaited'
        CHECK (paperwork_status IN ('awaited', 'incomplete', 'complete')),
    paperwork_complete_date TEXT,
    status                  TEXT NOT NULL DEFAULT 'open'
        CHECK (status IN ('open', 'requested', 'booked', 'completed', 'not_required')),
    exemption               TEXT NOT NULL DEFAULT ''
        CHECK (exemption IN ('', 'iha_before_care', 'short_break', 'left_care', 'other')),
    completed_date          TEXT,
    completed_by            TEXT NOT NULL DEFAULT '' CHECK (completed_by IN ('', 'doctor', 'nurse', 'midwife')),
    report_received_date    TEXT,
    doctor_review           TEXT NOT NULL DEFAULT 'not_needed'
        CHECK (doctor_review IN ('not_needed', 'pending', 'done')),
    late_reason_code        TEXT REFERENCES late_reasons (code),
    late_reason_note        TEXT NOT NULL DEFAULT '',
    location_at_due         TEXT NOT NULL DEFAULT 'UNKNOWN' CHECK (location_at_due IN ('IN', 'OUT', 'UNKNOWN')),
    notes                   TEXT NOT NULL DEFAULT '',
    created_at              TEXT NOT NULL,
    updated_at              TEXT NOT NULL,
    closed_at               TEXT,
    closed_reason           TEXT,
    version                 INTEGER NOT NULL DEFAULT 1,
    CHECK (completed_date IS NULL OR completed_date >= '1900-01-01')
);;
CREATE INDEX assessments_child ON assessments (child_id, due_date);;
CREATE INDEX assessments_due ON assessments (due_date, status);;
CREATE INDEX assessments_completed ON assessments (completed_date);;

-- Every booking attempt is kept; a rebook is a new row.
CREATE TABLE appointments (
    id                 INTEGER PRIMARY KEY,
    assessment_id      INTEGER NOT NULL REFERENCES assessments (id),
    provider_id        INTEGER REFERENCES providers (id),
    clinician          TEXT NOT NULL DEFAULT '',
    venue              TEXT NOT NULL DEFAULT '',
    scheduled_at       TEXT NOT NULL,                 -- YYYY-MM-DDTHH:MM (local time)
    mode               TEXT NOT NULL DEFAULT 'face_to_face'
        CHECK (mode IN ('face_to_face', 'virtual', 'questionnaire')),
    interpreter_needed INTEGER NOT NULL DEFAULT 0,
    interpreter_language TEXT NOT NULL DEFAULT '',
    outcome            TEXT NOT NULL DEFAULT 'booked'
        CHECK (outcome IN ('booked', 'attended', 'was_not_brought', 'cancelled_by_carer',
                           'cancelled_by_health', 'cancelled_by_child', 'declined')),
    outcome_date       TEXT,
    notes              TEXT NOT NULL DEFAULT '',
    created_at         TEXT NOT NULL,
    updated_at         TEXT NOT NULL,
    version            INTEGER NOT NULL DEFAULT 1
);;
CREATE INDEX appointments_assessment ON appointments (assessment_id, scheduled_at);;
CREATE INDEX appointments_scheduled ON appointments (scheduled_at);;

-- Incorrect or incomplete paperwork, sent back to social care.
CREATE TABLE paperwork_issues (
    id            INTEGER PRIMARY KEY,
    assessment_id INTEGER NOT NULL REFERENCES assessments (id),
    child_id      INTEGER NOT NULL REFERENCES children (id),
    problem       TEXT NOT NULL CHECK (problem IN ('consent_missing', 'consent_unsigned',
                      'part_a_incomplete', 'referral_missing', 'nhs_number_wrong',
                      'placement_details_missing', 'other')),
    detail        TEXT NOT NULL DEFAULT '',
    found_date    TEXT NOT NULL,
    returned_date TEXT,
    resolved_date TEXT,
    notes         TEXT NOT NULL DEFAULT '',
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL,
    closed_at     TEXT,
    closed_reason TEXT,
    version       INTEGER NOT NULL DEFAULT 1,
    CHECK (returned_date IS NULL OR returned_date >= found_date),
    CHECK (resolved_date IS NULL OR resolved_date >= found_date)
);;
CREATE INDEX paperwork_issues_open ON paperwork_issues (resolved_date, found_date);;
CREATE INDEX paperwork_issues_assessment ON paperwork_issues (assessment_id);;

-- A child placed out of area waiting for the host area's provider.
CREATE TABLE ooa_requests (
    id                INTEGER PRIMARY KEY,
    assessment_id     INTEGER NOT NULL REFERENCES assessments (id),
    child_id          INTEGER NOT NULL REFERENCES children (id),
    host_authority_id INTEGER REFERENCES authorities (id),
    provider_id       INTEGER REFERENCES providers (id),
    requested_date    TEXT NOT NULL,
    stated_wait_weeks INTEGER,
    escalated         INTEGER NOT NULL DEFAULT 0,
    escalated_date    TEXT,
    resolved_date     TEXT,
    notes             TEXT NOT NULL DEFAULT '',
    created_at        TEXT NOT NULL,
    updated_at        TEXT NOT NULL,
    closed_at         TEXT,
    closed_reason     TEXT,
    version           INTEGER NOT NULL DEFAULT 1,
    CHECK (resolved_date IS NULL OR resolved_date >= requested_date)
);;
CREATE INDEX ooa_requests_open ON ooa_requests (resolved_date, requested_date);;
CREATE INDEX ooa_requests_assessment ON ooa_requests (assessment_id);;

CREATE TABLE ooa_chases (
    id             INTEGER PRIMARY KEY,
    ooa_request_id INTEGER NOT NULL REFERENCES ooa_requests (id),
    chase_date     TEXT NOT NULL,
    chased_by      TEXT NOT NULL DEFAULT '',
    response       TEXT NOT NULL DEFAULT '',
    created_at     TEXT NOT NULL
);;
CREATE INDEX ooa_chases_request ON ooa_chases (ooa_request_id, chase_date);;
