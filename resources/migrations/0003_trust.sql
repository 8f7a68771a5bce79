-- SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
-- SPDX-License-Identifier: GPL-3.0-or-later
--
-- Schema version 3: users become optimistically locked like every other mutable table, the
-- audit trail is searchable by user, and the case tables refuse hard deletes (records are
-- closed with a reason and kept until the child's 75th birthday; see docs/security.md).

ALTER TABLE users ADD COLUMN version INTEGER NOT NULL DEFAULT 1;;
ALTER TABLE users ADD COLUMN updated_at TEXT NOT NULL DEFAULT '';;
CREATE INDEX audit_log_user ON audit_log (user_login, at);;

CREATE TRIGGER users_no_delete BEFORE DELETE ON users
BEGIN
    SELECT RAISE(ABORT, 'users are deactivated, never deleted');
END;;
CREATE TRIGGER children_no_delete BEFORE DELETE ON children
BEGIN
    SELECT RAISE(ABORT, 'case records are closed, never deleted');
END;;
CREATE TRIGGER nhs_numbers_no_delete BEFORE DELETE ON nhs_numbers
BEGIN
    SELECT RAISE(ABORT, 'case records are closed, never deleted');
END;;
CREATE TRIGGER care_periods_no_delete BEFORE DELETE ON care_periods
BEGIN
    SELECT RAISE(ABORT, 'case records are closed, never deleted');
END;;
CREATE TRIGGER episodes_no_delete BEFORE DELETE ON episodes
BEGIN
    SELECT RAISE(ABORT, 'case records are closed, never deleted');
END;;
CREATE TRIGGER assessments_no_delete BEFORE DELETE ON assessments
BEGIN
    SELECT RAISE(ABORT, 'case records are closed, never deleted');
END;;
CREATE TRIGGER appointments_no_delete BEFORE DELETE ON appointments
BEGIN
    SELECT RAISE(ABORT, 'case records are closed, never deleted');
END;;
CREATE TRIGGER paperwork_issues_no_delete BEFORE DELETE ON paperwork_issues
BEGIN
    SELECT RAISE(ABORT, 'case records are closed, never deleted');
END;;
CREATE TRIGGER ooa_requests_no_delete BEFORE DELETE ON ooa_requests
BEGIN
    SELECT RAISE(ABORT, 'case records are closed, never deleted');
END;;
CREATE TRIGGER ooa_chases_no_delete BEFORE DELETE ON ooa_chases
BEGIN
    SELECT RAISE(ABORT, 'case records are closed, never deleted');
END;;
