-- SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
-- SPDX-License-Identifier: GPL-3.0-or-later
--
-- LAC Health Tracker on a PostgreSQL 15 server: the database administrator's set-up.
-- docs/deployment.md walks through it. In short, as a superuser:
--
--   createdb lachealth
--   lachealth server-setup --db 'postgresql://postgres@SERVER/lachealth'   (the schema)
--   psql -v ON_ERROR_STOP=1 -d lachealth -f team-setup.sql
--   psql -d lachealth -c 'CREATE ROLE "jsmith" LOGIN IN ROLE lachealth_health_admin'
--   psql -d lachealth -c '\password jsmith'                        (SCRAM, the default)
--
-- Run it again after each upgrade of the program: it is idempotent.
--
-- What it makes true, whatever a client sends:
-- - four group roles match the program's roles; a person's login is a member of one;
-- - the tables belong to lachealth_owner, a role nobody logs in as;
-- - nobody but the owner may DELETE or TRUNCATE, and the triggers refuse even the owner;
-- - viewers only read (not the carers' medicals, adults' records); nurses also record
--   clinical flags, doctor reviews and carers' medical reviews; health admins do all case
--   work; administrators also change settings, reference lists and users;
-- - every audit entry is written under the server's own name for the login (session_user),
--   so a client cannot record a change in someone else's name.

DO $$
DECLARE r text;
BEGIN
    FOREACH r IN ARRAY ARRAY['lachealth_owner', 'lachealth_viewer', 'lachealth_designated_nurse',
                             'lachealth_health_admin', 'lachealth_administrator'] LOOP
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = r) THEN
            EXECUTE format('CREATE ROLE %I NOLOGIN', r);
        END IF;
    END LOOP;
END
$$;

-- Each role has what the one before it has.
GRANT lachealth_viewer TO lachealth_designated_nurse;
GRANT lachealth_designated_nurse TO lachealth_health_admin;
GRANT lachealth_health_admin TO lachealth_administrator;

-- The owner owns the schema's objects; nobody else may create any.
DO $$
DECLARE t record; f record;
BEGIN
    EXECUTE format('ALTER SCHEMA %I OWNER TO lachealth_owner', current_schema());
    FOR t IN SELECT c.relname, c.relkind FROM pg_class c
             WHERE c.relnamespace = current_schema()::regnamespace
               AND c.relkind IN ('r', 'S') LOOP
        IF t.relkind = 'r' THEN
            EXECUTE format('ALTER TABLE %I OWNER TO lachealth_owner', t.relname);
        END IF;
    END LOOP;
    -- Every function, refuse_change() and the report counts' triggers (schema 20) among them:
    -- those run as their owner, so no login needs a right to write report_counts.
    FOR f IN SELECT p.oid::regprocedure AS sig FROM pg_proc p
             WHERE p.pronamespace = current_schema()::regnamespace LOOP
        EXECUTE format('ALTER FUNCTION %s OWNER TO lachealth_owner', f.sig);
    END LOOP;
END
$$;
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
REVOKE ALL ON ALL TABLES IN SCHEMA public FROM PUBLIC;

-- Read: everyone in a group.
GRANT USAGE ON SCHEMA public TO lachealth_viewer;
GRANT SELECT ON ALL TABLES IN SCHEMA public TO lachealth_viewer;
GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO lachealth_viewer;
-- Signing in for the first time adds the person's row, audited; the server's group, not
-- that row, decides what they may do.
GRANT INSERT ON audit_log, users TO lachealth_viewer;

-- Prospective carers' and adopters' medicals are adults' records with their own permissions:
-- not for viewers; nurses (the medical adviser's role) read them and record the review.
REVOKE SELECT ON carer_applicants, carer_medicals, carer_medical_chases FROM lachealth_viewer;
GRANT SELECT ON carer_applicants, carer_medicals, carer_medical_chases
    TO lachealth_designated_nurse;
GRANT UPDATE ON carer_medicals TO lachealth_designated_nurse;

-- Care leavers' health passports: a viewer sees the steps' dates (the worklist) but never an
-- item or a signed-off copy; nurses and the health admin group prepare them, nurses sign off.
REVOKE SELECT ON passport_items, passport_versions FROM lachealth_viewer;
GRANT SELECT (id, passport_id, number, signed_off_on, offered_on, answer, answered_on, format,
              delivered_on) ON passport_versions TO lachealth_viewer;
GRANT SELECT, INSERT, UPDATE ON passports, passport_items, passport_versions
    TO lachealth_designated_nurse;

-- Clinical flags and doctor-review sign-off.
GRANT UPDATE ON children, assessments TO lachealth_designated_nurse;

-- All case work.
GRANT INSERT, UPDATE ON children, nhs_numbers, care_periods, episodes, assessments,
    appointments, paperwork_issues, ooa_requests, ooa_chases, carer_applicants, carer_medicals,
    carer_medical_chases TO lachealth_health_admin;

-- Settings, reference lists and users.
GRANT INSERT, UPDATE ON settings, users, placement_types, legal_statuses, late_reasons,
    authorities, providers, bank_holidays TO lachealth_administrator;

-- No DELETE and no TRUNCATE for anyone: nothing above grants them, and these take back any
-- a DBA may have given by hand.
REVOKE DELETE, TRUNCATE ON ALL TABLES IN SCHEMA public
    FROM lachealth_viewer, lachealth_designated_nurse, lachealth_health_admin,
         lachealth_administrator;

-- Tables a later version adds get the reading grant at once; run this file again for the rest.
ALTER DEFAULT PRIVILEGES FOR ROLE lachealth_owner IN SCHEMA public
    GRANT SELECT ON TABLES TO lachealth_viewer;

-- The audit trail's user is the server's login, not what the client wrote.
CREATE OR REPLACE FUNCTION audit_log_server_user() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.user_login := session_user;
    RETURN NEW;
END
$$;
ALTER FUNCTION audit_log_server_user() OWNER TO lachealth_owner;
DROP TRIGGER IF EXISTS audit_log_server_user ON audit_log;
CREATE TRIGGER audit_log_server_user BEFORE INSERT ON audit_log FOR EACH ROW
    EXECUTE FUNCTION audit_log_server_user();
