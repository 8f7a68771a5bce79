-- SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
-- SPDX-License-Identifier: GPL-3.0-or-later
--
-- "Completed late, no reason" on the worklist: index only the rows it lists (completed after
-- the due date, no late reason), not every completion without a reason, so that the count
-- reads a handful of index entries instead of 200,000 on a large database.

DROP INDEX IF EXISTS assessments_completed_late;;
CREATE INDEX assessments_completed_late ON assessments (completed_date)
    WHERE late_reason_code IS NULL AND completed_date > due_date;;
