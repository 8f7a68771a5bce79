// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "demo/DemoOptions.h"

namespace lac {

class Database;

/// Prospective foster carers and adopters for the demo county, so the carers' medicals tab,
/// its chart and the paper's section show something real on first start: about one household
/// for every dozen children, requested over three and a half years. Most medicals take weeks
/// (GP a few weeks, the adviser days); some GPs take months or refuse and are escalated and
/// chased; a few need more information or raise a concern; a few applicants withdraw.
/// Approved carers of three years ago are due for renewal. The same seed gives the same data.
struct CarerMedicalDemo
{
    /// Adds the applicants and medicals to \a db; the number of medicals written.
    static Result<qint64> fill(const Database& db, const DemoOptions& options);
};

} // namespace lac
