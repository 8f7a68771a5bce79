-- SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
-- SPDX-License-Identifier: GPL-3.0-or-later
--
-- Indexes for the admin workspace's worklist counts on large databases: the outstanding
-- (not completed, not closed) assessments by kind and due date, and booking attempts waiting
-- for an outcome. Partial indexes work the same on SQLite and PostgreSQL.

CREATE INDEX assessments_outstanding ON assessments (kind, due_date)
    WHERE completed_date IS NULL AND closed_at IS NULL;;
CREATE INDEX assessments_completed_late ON assessments (completed_date)
    WHERE late_reason_code IS NULL AND completed_date IS NOT NULL;;
CREATE INDEX appointments_booked ON appointments (scheduled_at) WHERE outcome = 'booked';;
