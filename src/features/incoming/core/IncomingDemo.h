// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "demo/DemoOptions.h"

namespace lac {

class Database;

/// The demo county's host caseload: children other authorities have placed in the county, about
/// 40% of the team's whole caseload on the demo's today (as in the source's 1,217 of 2,967),
/// from authorities on the bundled reference list — a few big senders (London boroughs, the
/// big cities, the neighbours) and a long tail, a few from Wales and Scotland. Each child has
/// the review requests of their placement here: most arrive a few weeks before the requester's
/// due date, a third with wrong paperwork that waits on the requester, a few late; then
/// booked, done, the report sent back and invoiced, stopping at today. A few of our own
/// children were first placed here by another authority before coming into our care: one
/// child known both ways, linked by NHS number. The same seed gives the same data.
struct IncomingDemo
{
    /// Adds the host children and their requests to \a db; the number of requests written.
    static Result<qint64> fill(const Database& db, const DemoOptions& options);
};

} // namespace lac
