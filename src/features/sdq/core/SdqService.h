// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "domain/Worklist.h"
#include "sdq/core/SdqRecord.h"

#include <QCoreApplication>

namespace lac {

struct CaseContext;

/// A child's SDQs: read them (role-checked), record one, correct one, and know who is due.
/// A score and a reason together, a score outside 0-40 or a date in the future are refused
/// with the field to fix; every change is audited in the same transaction under the child's
/// row lock, and a stale edit is refused.
class SdqService
{
    Q_DECLARE_TR_FUNCTIONS(lac::SdqService)

public:
    explicit SdqService(const CaseContext& ctx);

    Result<QList<SdqRecord>> forChild(qint64 childId) const;
    Result<qint64> record(const SdqRecord& sdq) const;
    Status correct(const SdqRecord& sdq) const;
    /// Children in care aged 4 to 16 whose SDQ is due on or before \a today, the longest
    /// overdue first.
    Result<QList<SdqStanding>> due(QDate today) const;
    /// When \a childId is next due, or an invalid date if none is (not in care, under 4 for
    /// good, or 17).
    Result<QDate> nextDue(qint64 childId) const;

private:
    Status check(const SdqRecord& s) const;

    const CaseContext& m_ctx;
};

/// The worklist pile "SDQ due": children in care aged 4-16 with no SDQ in the last year.
class SdqWorklistPile final : public WorklistPile
{
public:
    explicit SdqWorklistPile(const SdqService& service)
        : m_service(service)
    {}
    QString key() const override;
    QString title() const override;
    Result<int> count(QDate today) const override;
    Result<QList<WorklistRow>> rows(QDate today) const override;

private:
    const SdqService& m_service;
};

} // namespace lac
