// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "demo/DemoOptions.h"

namespace lac {

class Database;

/// Immunisation histories for the demo county, so the tab and the worklist pile show
/// something real on first start. Most children in care are up to date (England: 84% at
/// 31 March 2025); some fell behind, some arrived with no history (and a catch-up under way)
/// and some have nothing recorded. Histories are built by the schedule's own rules, dose by
/// dose, so every recorded dose counts; the same seed gives the same histories.
struct ImmunisationDemo
{
    /// Adds the doses of every child in \a db (in care now or before); the doses written.
    static Result<qint64> fill(const Database& db, const DemoOptions& options);
};

} // namespace lac
