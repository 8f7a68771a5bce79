-- SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
-- SPDX-License-Identifier: GPL-3.0-or-later
--
-- Schema version 14: what OC2 asks about a child's collection year that no health record
-- answers (issue 14): substance misuse identified, an intervention received or offered, and a
-- conviction or youth caution. NULL is "not known yet", never "no". One row per child and
-- year; rows are closed, never deleted, like every case record.

CREATE TABLE oc2_year_facts (
    id                    INTEGER PRIMARY KEY,
    child_id              INTEGER NOT NULL REFERENCES children (id),
    collection_year       INTEGER NOT NULL,            -- 2025 for 2025-26
    substance_misuse      INTEGER CHECK (substance_misuse = 0 OR substance_misuse = 1),
    intervention_received INTEGER
        CHECK (intervention_received = 0 OR intervention_received = 1),
    intervention_offered  INTEGER
        CHECK (intervention_offered = 0 OR intervention_offered = 1),
    convicted             INTEGER CHECK (convicted = 0 OR convicted = 1),
    notes                 TEXT NOT NULL DEFAULT '',
    created_at            TEXT NOT NULL,
    updated_at            TEXT NOT NULL,
    closed_at             TEXT,
    closed_reason         TEXT,
    version               INTEGER NOT NULL DEFAULT 1,
    UNIQUE (child_id, collection_year)
);;
CREATE TRIGGER oc2_year_facts_no_delete BEFORE DELETE ON oc2_year_facts
BEGIN
    SELECT RAISE(ABORT, 'case records are closed, never deleted');
END;;
