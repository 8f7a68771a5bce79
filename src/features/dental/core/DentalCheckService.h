// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "dental/core/DentalCheck.h"
#include "dental/core/DentalSchedule.h"
#include "domain/Worklist.h"

#include <QCoreApplication>

namespace lac {

struct CaseContext;
class SettingsStore;

/// A child's dental checks: read them (role-checked), record one, correct one, and know who is
/// due. Every change is audited in the same transaction; a stale edit is refused.
class DentalCheckService
{
    Q_DECLARE_TR_FUNCTIONS(lac::DentalCheckService)

public:
    /// The months between checks come from the setting "dental.months_between_checks"
    /// (12 unless the service sets a tighter local standard).
    DentalCheckService(const CaseContext& ctx, const SettingsStore& settings);

    Result<QList<DentalCheckRecord>> forChild(qint64 childId) const;
    Result<qint64> record(const DentalCheckRecord& check) const;
    Status correct(const DentalCheckRecord& check) const;

    DentalSchedule schedule() const;
    /// The schedule the setting "dental.months_between_checks" sets (1 to 24 months).
    static DentalSchedule schedule(const SettingsStore& settings);
    /// Children in care whose check is due on or before \a today (none recorded, or the last
    /// one too long ago), the longest overdue first.
    Result<QList<DentalStatus>> due(QDate today) const;
    /// When \a childId is next due, or an invalid date if they are not in care.
    Result<QDate> nextDue(qint64 childId) const;

private:
    Status check(const DentalCheckRecord& c) const;

    const CaseContext& m_ctx;
    const SettingsStore& m_settings;
};

/// The worklist pile "Dental check due": children in care with no check in the last year.
class DentalWorklistPile final : public WorklistPile
{
public:
    explicit DentalWorklistPile(const DentalCheckService& service)
        : m_service(service)
    {}
    QString key() const override;
    QString title() const override;
    Result<int> count(QDate today) const override;
    Result<QList<WorklistRow>> rows(QDate today) const override;

private:
    const DentalCheckService& m_service;
};

} // namespace lac
