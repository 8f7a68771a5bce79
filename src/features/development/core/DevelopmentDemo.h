// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "demo/DemoOptions.h"

namespace lac {

class Database;

/// Development reviews for the demo county's young children, so the tab shows something on
/// first start and the OC2 return has its HEALTH_CHECK. England, 31 March 2025: 88% of
/// children in care under 5 were up to date; the rest missed a review (declined, not brought)
/// or have one simply not done. Reviews are given close to when they fall due; the same seed
/// gives the same reviews.
struct DevelopmentDemo
{
    /// Adds the reviews of every child born in the last eight years; the number written.
    static Result<qint64> fill(const Database& db, const DemoOptions& options);
};

} // namespace lac
