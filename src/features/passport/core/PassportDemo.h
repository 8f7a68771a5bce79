// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "demo/DemoOptions.h"

namespace lac {

class Database;

/// Health passports for the demo county, so the tab, the three worklist piles and the paper's
/// count show something real: the 16- and 17-year-olds in care are spread over every stage,
/// the older ones further on (most at 17½ delivered, a few declined, some not started), with
/// items in each section and a family-history item marked not to be shared.
struct PassportDemo
{
    /// Adds the passports of the young people in care in \a db; the number written.
    static Result<qint64> fill(const Database& db, const DemoOptions& options);
};

} // namespace lac
