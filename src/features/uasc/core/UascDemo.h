// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "demo/DemoOptions.h"

namespace lac {

class Database;

/// UASC health records for the demo county, so the tab and the "UASC screening outstanding"
/// pile show something real on first start. Every UASC child gets a summary (arrival a few
/// days before care, an interpreter for most, a history mostly unknown, registrations mostly
/// made); about seven in ten have every initial screen on record a few weeks into care, some
/// have part of it and some none (one survey: only 53% of clinicians screen every UASC), with
/// a few declined, referred or awaiting a result. The same seed gives the same records.
struct UascDemo
{
    /// Adds the records of every UASC child in \a db; the number of rows written.
    static Result<qint64> fill(const Database& db, const DemoOptions& options);
};

} // namespace lac
