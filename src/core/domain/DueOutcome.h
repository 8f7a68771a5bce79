// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace lac {

/// Where a due assessment stood on the report's "as at" date. The report counts each outcome
/// in its own column, so a misspelt outcome must not fall silently into "pending".
enum class DueOutcome
{
    InTime,            ///< completed on or before the due date
    Late,              ///< completed after it, or still not done once it passed
    Pending,           ///< not yet due
    CompletedAfterDue, ///< completed after the due date: the RHA tolerance decides which
};

} // namespace lac
