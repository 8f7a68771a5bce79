-- SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
-- SPDX-License-Identifier: GPL-3.0-or-later
--
-- Schema version 19 on PostgreSQL: the child's own paperwork issues and out-of-area requests by child.
--
-- A child's window lists the child's paperwork issues and out-of-area requests. Neither
-- table had an index on child_id, so each of the four reads scanned the whole table: 4 ms
-- each with the table in memory, 67-90 ms when it was not, at 100,000 children on a server.
-- SQLite twin in ../

CREATE INDEX paperwork_issues_child ON paperwork_issues (child_id);;
CREATE INDEX ooa_requests_child ON ooa_requests (child_id);;
