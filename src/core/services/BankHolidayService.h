// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "data/AuditLog.h"
#include "data/Database.h"
#include "rules/AssessmentPolicy.h"
#include "rules/WorkingDayCalendar.h"

#include <QCoreApplication>

#include <functional>

namespace lac {

/// Lets an administrator add a newly announced bank holiday (or withdraw a listed one) and
/// then moves every affected due date, in one transaction with an audit entry.
class BankHolidayService
{
    Q_DECLARE_TR_FUNCTIONS(lac::BankHolidayService)

public:
    /// \a policy must outlive the service (it is the program's current policy).
    /// \a calendarChanged rebuilds the program's calendar from the table; it runs inside the
    /// transaction, before due dates are recomputed with the new calendar.
    BankHolidayService(const Database& db, const AuditLog& audit, const AssessmentPolicy& policy,
                       const WorkingDayCalendar& calendar, std::function<Status()> calendarChanged);

    Status addHoliday(QDate date, const QString& title) const;
    Status withdrawHoliday(QDate date, const QString& reason) const;

private:
    Status save(const WorkingDayCalendar::Override& day, const QString& summary) const;

    const Database& m_db;
    const AuditLog& m_audit;
    const AssessmentPolicy& m_policy; // the program's, so a division change is seen here
    const WorkingDayCalendar& m_calendar;
    std::function<Status()> m_calendarChanged;
};

} // namespace lac
