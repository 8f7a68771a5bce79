// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "demo/DemoOptions.h"

namespace lac {

class Database;

/// OC2 year facts for the demo county: for each child and each collection year they were in
/// care, whether substance misuse was identified (England, 31 March 2025: 3% of the OC2
/// cohort, nearly all teenagers), an intervention received or offered, and for those 10 and
/// over whether convicted or cautioned (about 2%). A few are left unknown, as social care's
/// answers sometimes are, so the return shows its gap list. The same seed, the same facts.
struct Oc2Demo
{
    /// Adds the facts; the number of child-years written.
    static Result<qint64> fill(const Database& db, const DemoOptions& options);
};

} // namespace lac
