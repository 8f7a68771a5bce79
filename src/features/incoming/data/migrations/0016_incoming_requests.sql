-- SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
-- SPDX-License-Identifier: GPL-3.0-or-later
--
-- Schema version 16: children placed in this area by other authorities, and the requests
-- for their assessments the host team receives (issue 16). Kept apart from our own children
-- (children, care_periods, assessments) so that nothing about another authority's child can
-- enter our own figures; own_child_id links the same child when they are (or come) into our
-- own care. The authority is an ONS GSS code from the bundled reference list. Rows are
-- closed, never deleted.

CREATE TABLE host_children (
    id             INTEGER PRIMARY KEY,
    authority_code TEXT NOT NULL CHECK (length(authority_code) = 9),
    their_case_id  TEXT NOT NULL DEFAULT '',
    nhs_number     TEXT NOT NULL DEFAULT ''
        CHECK (nhs_number = '' OR length(nhs_number) = 10),
    given_name     TEXT NOT NULL DEFAULT '',
    family_name    TEXT NOT NULL DEFAULT '',
    date_of_birth  TEXT NOT NULL,
    placement_area TEXT NOT NULL DEFAULT '',
    placed_from    TEXT NOT NULL,
    placed_to      TEXT,
    own_child_id   INTEGER REFERENCES children (id),
    notes          TEXT NOT NULL DEFAULT '',
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL,
    closed_at      TEXT,
    closed_reason  TEXT,
    version        INTEGER NOT NULL DEFAULT 1,
    CHECK (placed_to IS NULL OR placed_to >= placed_from)
);;
CREATE INDEX host_children_authority ON host_children (authority_code, placed_from);;
CREATE INDEX host_children_nhs ON host_children (nhs_number);;
CREATE TABLE host_requests (
    id                INTEGER PRIMARY KEY,
    host_child_id     INTEGER NOT NULL REFERENCES host_children (id),
    kind              TEXT NOT NULL CHECK (kind = 'RHA' OR kind = 'IHA'),
    requester_contact TEXT NOT NULL DEFAULT '',
    received          TEXT NOT NULL,
    complete          TEXT,
    requester_due     TEXT,
    booked            TEXT,
    done              TEXT,
    report_sent       TEXT,
    commissioner      TEXT NOT NULL DEFAULT '',
    invoice_raised    TEXT,
    invoice_paid      TEXT,
    withdrawn         TEXT,
    notes             TEXT NOT NULL DEFAULT '',
    created_at        TEXT NOT NULL,
    updated_at        TEXT NOT NULL,
    closed_at         TEXT,
    closed_reason     TEXT,
    version           INTEGER NOT NULL DEFAULT 1,
    CHECK (complete IS NULL OR complete >= received),
    CHECK (done IS NULL OR (complete IS NOT NULL AND done >= complete)),
    CHECK (report_sent IS NULL OR (done IS NOT NULL AND report_sent >= done))
);;
CREATE INDEX host_requests_child ON host_requests (host_child_id, received);;
CREATE INDEX host_requests_received ON host_requests (received);;
CREATE TABLE host_request_issues (
    id         INTEGER PRIMARY KEY,
    request_id INTEGER NOT NULL REFERENCES host_requests (id),
    problem    TEXT NOT NULL
        CHECK (problem = 'consent_missing' OR problem = 'consent_unsigned' OR
               problem = 'part_a_incomplete' OR problem = 'referral_missing' OR
               problem = 'nhs_number_wrong' OR problem = 'placement_details_missing' OR
               problem = 'other'),
    detail     TEXT NOT NULL DEFAULT '',
    found      TEXT NOT NULL,
    returned   TEXT,
    resolved   TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    version    INTEGER NOT NULL DEFAULT 1,
    CHECK (resolved IS NULL OR resolved >= found)
);;
CREATE INDEX host_request_issues_request ON host_request_issues (request_id, found);;
CREATE TABLE host_request_chases (
    id         INTEGER PRIMARY KEY,
    request_id INTEGER NOT NULL REFERENCES host_requests (id),
    chase_date TEXT NOT NULL,
    chased_by  TEXT NOT NULL DEFAULT '',
    response   TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL
);;
CREATE INDEX host_request_chases_request ON host_request_chases (request_id, chase_date);;
CREATE TRIGGER host_children_no_delete BEFORE DELETE ON host_children
BEGIN
    SELECT RAISE(ABORT, 'case records are closed, never deleted');
END;;
CREATE TRIGGER host_requests_no_delete BEFORE DELETE ON host_requests
BEGIN
    SELECT RAISE(ABORT, 'case records are closed, never deleted');
END;;
CREATE TRIGGER host_request_issues_no_delete BEFORE DELETE ON host_request_issues
BEGIN
    SELECT RAISE(ABORT, 'case records are closed, never deleted');
END;;
CREATE TRIGGER host_request_chases_no_delete BEFORE DELETE ON host_request_chases
BEGIN
    SELECT RAISE(ABORT, 'case records are closed, never deleted');
END;;
