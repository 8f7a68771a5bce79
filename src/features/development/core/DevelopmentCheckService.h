// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "development/core/DevelopmentCheck.h"
#include "development/core/DevelopmentStatus.h"

#include <QCoreApplication>

namespace lac {

struct CaseContext;

/// A child's development reviews: read them (role-checked), record one, correct one, and say
/// whether the child is up to date on a date. Every change is audited in the same transaction
/// and takes the child's row lock; a stale edit is refused.
class DevelopmentCheckService
{
    Q_DECLARE_TR_FUNCTIONS(lac::DevelopmentCheckService)

public:
    explicit DevelopmentCheckService(const CaseContext& ctx);

    Result<QList<DevelopmentCheckRecord>> forChild(qint64 childId) const;
    Result<qint64> record(const DevelopmentCheckRecord& check) const;
    Status correct(const DevelopmentCheckRecord& check) const;
    /// Where \a childId stands on \a on.
    Result<DevelopmentStatus> status(qint64 childId, QDate on) const;

private:
    Status check(const DevelopmentCheckRecord& c) const;

    const CaseContext& m_ctx;
};

} // namespace lac
