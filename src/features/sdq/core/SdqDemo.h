// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "demo/DemoOptions.h"

namespace lac {

class Database;

/// SDQs for the demo county, so the tab, the "SDQ due" pile and the OC2 return show something
/// real on first start. England, 31 March 2025: 78% of children in care aged 5-16 had an SDQ
/// score, averaging 14.9. Each period of care of a child aged 4-16 gets one a year, a little
/// after it falls due: most a score, some a reason for none, a few simply missing.
struct SdqDemo
{
    /// Adds the SDQs of every period of care in \a db; the number written.
    static Result<qint64> fill(const Database& db, const DemoOptions& options);
};

} // namespace lac
