// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "domain/Worklist.h"
#include "uasc/core/UascHealth.h"
#include "uasc/core/UascScreeningRule.h"

#include <QCoreApplication>
#include <optional>

namespace lac {

struct CaseContext;
class SettingsStore;
class WorkingDayCalendar;

/// An unaccompanied child's health summary and screenings: read them (role-checked), save the
/// summary, record and correct a screen, and know whose initial screening is outstanding.
/// Every change is audited in the same transaction, under the child's row lock; a stale edit
/// is refused.
class UascService
{
    Q_DECLARE_TR_FUNCTIONS(lac::UascService)

public:
    /// The working days come from the setting "uasc.screening_working_days" (20 by default).
    UascService(const CaseContext& ctx, const SettingsStore& settings,
                const WorkingDayCalendar& calendar);

    Result<std::optional<UascProfile>> profile(qint64 childId) const;
    /// Adds the summary (id 0) or saves a change to it; the new id either way.
    Result<qint64> saveProfile(const UascProfile& p) const;

    Result<QList<UascScreening>> screenings(qint64 childId) const;
    Result<qint64> recordScreening(const UascScreening& s) const;
    Status correctScreening(const UascScreening& s) const;

    UascScreeningRule rule() const;
    static UascScreeningRule rule(const SettingsStore& settings);
    /// UASC children in care whose initial screening is incomplete and due on or before
    /// \a today, the longest overdue first.
    Result<QList<UascStatus>> outstanding(QDate today) const;
    /// Where one child stands (due date and missing screens), or nothing when they are not a
    /// UASC child in care.
    Result<std::optional<UascStatus>> status(qint64 childId) const;

private:
    Status check(const UascScreening& s) const;
    Status check(const UascProfile& p) const;
    /// \a s with its due date and what is missing under \a r (read once per list: the rule
    /// is a setting, a query each time it is read).
    UascStatus withRule(UascStatus s, const UascScreeningRule& r) const;

    const CaseContext& m_ctx;
    const SettingsStore& m_settings;
    const WorkingDayCalendar& m_calendar;
};

/// The worklist pile "UASC screening outstanding".
class UascWorklistPile final : public WorklistPile
{
public:
    explicit UascWorklistPile(const UascService& service)
        : m_service(service)
    {}
    QString key() const override;
    QString title() const override;
    Result<int> count(QDate today) const override;
    Result<QList<WorklistRow>> rows(QDate today) const override;

    /// "TB, hepatitis B" — the names of \a screens, for the worklist and the tab.
    static QString screenNames(const QList<UascScreen>& screens);

private:
    const UascService& m_service;
};

} // namespace lac
