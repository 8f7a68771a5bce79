-- SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
-- SPDX-License-Identifier: GPL-3.0-or-later
--
-- Schema version 10: at most one open expected assessment of each kind per period of care.
--
-- The due-date recomputation keeps one open IHA and one open RHA per period of care. Two PCs
-- recomputing one child at once on a server could both add the same expected assessment
-- before the child's row was locked at the start of every save; the index makes the
-- database itself refuse a second one, on both engines (PostgreSQL twin in postgresql/).
--
-- A database that already holds duplicates is cleaned, not refused (refusing would leave the
-- team unable to open it, and nothing may be deleted): in each group the one that has gone
-- furthest (booked, then requested, then open, then not required; the oldest on a tie) stays
-- open, and the others are closed with the reason 'duplicate' and an audit entry each, as the
-- recomputation closes an assessment no longer expected. Completed ones are history and are
-- never touched. The next recomputation of the child puts the due dates right.
-- Version 9 is another change's number: the runner needs versions in order, not contiguous.

INSERT INTO audit_log (at, user_login, action, entity, entity_id, child_id, summary)
SELECT strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), 'lachealth upgrade', 'update', 'assessments',
       a.id, a.child_id,
       'expected ' || a.kind || ' closed as a duplicate of another open one in the same '
           || 'period of care (upgrade to schema 10)'
FROM assessments a
WHERE a.completed_date IS NULL AND a.closed_at IS NULL AND a.care_period_id IS NOT NULL
  AND a.id <> (SELECT k.id FROM assessments k
               WHERE k.care_period_id = a.care_period_id AND k.kind = a.kind
                 AND k.completed_date IS NULL AND k.closed_at IS NULL
               ORDER BY CASE k.status WHEN 'booked' THEN 0 WHEN 'requested' THEN 1
                                      WHEN 'open' THEN 2 ELSE 3 END, k.id
               LIMIT 1)
ORDER BY a.id;;

UPDATE assessments
SET status = 'not_required', closed_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now'),
    closed_reason = 'duplicate', updated_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now'),
    version = version + 1
WHERE completed_date IS NULL AND closed_at IS NULL AND care_period_id IS NOT NULL
  AND id <> (SELECT k.id FROM assessments k
             WHERE k.care_period_id = assessments.care_period_id AND k.kind = assessments.kind
               AND k.completed_date IS NULL AND k.closed_at IS NULL
             ORDER BY CASE k.status WHEN 'booked' THEN 0 WHEN 'requested' THEN 1
                                    WHEN 'open' THEN 2 ELSE 3 END, k.id
             LIMIT 1);;

CREATE UNIQUE INDEX assessments_one_open_expected ON assessments (care_period_id, kind)
    WHERE completed_date IS NULL AND closed_at IS NULL;;
