// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "oc2/core/Oc2YearFacts.h"

#include <QCoreApplication>

namespace lac {

struct CaseContext;

/// A child's OC2 year facts: read them (role-checked) and record or correct one year's.
/// The DfE's dependencies are refused at the door (an intervention without a substance misuse
/// problem, "offered" beside "received", a conviction under 10), so a saved fact never makes
/// a row the validator rejects. Audited in the same transaction under the child's row lock.
class Oc2YearFactsService
{
    Q_DECLARE_TR_FUNCTIONS(lac::Oc2YearFactsService)

public:
    explicit Oc2YearFactsService(const CaseContext& ctx);

    Result<QList<Oc2YearFacts>> forChild(qint64 childId) const;
    /// Records a new year (id 0) or corrects one (its version must be current).
    Result<qint64> save(const Oc2YearFacts& facts) const;

private:
    Status check(const Oc2YearFacts& f) const;

    const CaseContext& m_ctx;
};

} // namespace lac
