// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "data/Database.h"
#include "rules/CalendarDivision.h"
#include "rules/WorkingDayCalendar.h"

#include <QCoreApplication>
#include <QList>

namespace lac {

/// The administrator's bank-holiday table: days added (a newly announced holiday) or withdrawn
/// on top of the bundled GOV.UK list and the rule-based fallback.
class BankHolidayRepository
{
    Q_DECLARE_TR_FUNCTIONS(lac::BankHolidayRepository)

public:
    explicit BankHolidayRepository(const Database& db);

    Result<QList<WorkingDayCalendar::Override>> overrides(CalendarDivision division) const;
    /// Adds or replaces the override for that day. Call inside a SqlTransaction with an audit
    /// entry.
    Status save(CalendarDivision division, const WorkingDayCalendar::Override& day,
                const QString& by) const;

private:
    const Database& m_db;
};

} // namespace lac
