// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "services/CaseContext.h"

#include <QCoreApplication>

namespace lac {

/// An out-of-area request waits for one assessment. Once that assessment is done, or no longer
/// needed, the request has nothing left to wait for: left open it stayed on the "waiting" list
/// as overdue, and counted in the out-of-area backlog. Every case-work change that can settle
/// an assessment calls this inside its own transaction, so the request is resolved, with an
/// audit entry, in the same write.
class OutOfAreaSettlement
{
    Q_DECLARE_TR_FUNCTIONS(lac::OutOfAreaSettlement)

public:
    /// Resolves the child's open requests whose assessment was completed (on its completion
    /// date) or stopped being needed (today). Must run inside the caller's transaction.
    static Status settle(const CaseContext& ctx, qint64 childId);
};

} // namespace lac
