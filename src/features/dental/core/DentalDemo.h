// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "demo/DemoOptions.h"

namespace lac {

class Database;

/// Dental checks for the demo county, so the tab, the "Dental check due" pile and the OC2
/// return's TEETH_CHECK show something real on first start. England, 31 March 2025: 81% of
/// children looked after for a year had their teeth checked. Each period of care gets a check
/// about once a year; some visits end without one (no NHS dentist, declined, not brought) and
/// one child in a hundred has nothing recorded yet. The same seed gives the same checks.
struct DentalDemo
{
    /// Adds the checks of every period of care in \a db; the number written.
    static Result<qint64> fill(const Database& db, const DemoOptions& options);
};

} // namespace lac
