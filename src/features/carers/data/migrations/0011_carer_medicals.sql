-- SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
-- SPDX-License-Identifier: GPL-3.0-or-later
--
-- Schema version 11: prospective foster carers' and adopters' medicals (issue 17). Adults,
-- kept in their own tables with no link to the children's: an applicant, each medical
-- (CoramBAAF AH or AH2) with every step as a date, and the chases made while it waits.
-- Rows are closed, never deleted.

CREATE TABLE carer_applicants (
    id               INTEGER PRIMARY KEY,
    name             TEXT NOT NULL CHECK (name <> ''),
    household        TEXT NOT NULL DEFAULT '',
    social_worker    TEXT NOT NULL DEFAULT '',
    application      TEXT NOT NULL
        CHECK (application = 'fostering' OR application = 'adoption'),
    assessment_ready TEXT,
    notes            TEXT NOT NULL DEFAULT '',
    created_at       TEXT NOT NULL,
    updated_at       TEXT NOT NULL,
    closed_at        TEXT,
    closed_reason    TEXT,
    version          INTEGER NOT NULL DEFAULT 1
);;
CREATE TABLE carer_medicals (
    id             INTEGER PRIMARY KEY,
    applicant_id   INTEGER NOT NULL REFERENCES carer_applicants (id),
    form           TEXT NOT NULL CHECK (form = 'AH' OR form = 'AH2'),
    requested      TEXT NOT NULL,
    gp_practice    TEXT NOT NULL DEFAULT '',
    gp_appointment TEXT,
    fee_pence      INTEGER CHECK (fee_pence IS NULL OR fee_pence >= 0),
    fee_payer      TEXT NOT NULL DEFAULT ''
        CHECK (fee_payer = '' OR fee_payer = 'agency' OR fee_payer = 'applicant' OR
               fee_payer = 'no_fee'),
    gp_declined    TEXT,
    escalation     TEXT NOT NULL DEFAULT ''
        CHECK (escalation = '' OR escalation = 'practice_manager' OR escalation = 'icb' OR
               escalation = 'other_doctor'),
    received       TEXT,
    reviewed       TEXT,
    outcome        TEXT NOT NULL DEFAULT ''
        CHECK (outcome = '' OR outcome = 'clear' OR outcome = 'more_information' OR
               outcome = 'concern'),
    info_requested TEXT,
    info_received  TEXT,
    summary_sent   TEXT,
    panel          TEXT,
    approved       TEXT,
    withdrawn      TEXT,
    notes          TEXT NOT NULL DEFAULT '',
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL,
    closed_at      TEXT,
    closed_reason  TEXT,
    version        INTEGER NOT NULL DEFAULT 1,
    CHECK (received IS NULL OR received >= requested),
    CHECK (reviewed IS NULL OR reviewed >= requested)
);;
CREATE INDEX carer_medicals_applicant
    ON carer_medicals (applicant_id, requested);;
CREATE INDEX carer_medicals_requested ON carer_medicals (requested);;
CREATE TABLE carer_medical_chases (
    id         INTEGER PRIMARY KEY,
    medical_id INTEGER NOT NULL REFERENCES carer_medicals (id),
    chase_date TEXT NOT NULL,
    chased_by  TEXT NOT NULL DEFAULT '',
    response   TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL
);;
CREATE INDEX carer_medical_chases_medical
    ON carer_medical_chases (medical_id, chase_date);;
CREATE TRIGGER carer_applicants_no_delete BEFORE DELETE ON carer_applicants
BEGIN
    SELECT RAISE(ABORT, 'case records are closed, never deleted');
END;;
CREATE TRIGGER carer_medicals_no_delete BEFORE DELETE ON carer_medicals
BEGIN
    SELECT RAISE(ABORT, 'case records are closed, never deleted');
END;;
CREATE TRIGGER carer_medical_chases_no_delete
    BEFORE DELETE ON carer_medical_chases
BEGIN
    SELECT RAISE(ABORT, 'case records are closed, never deleted');
END;;
