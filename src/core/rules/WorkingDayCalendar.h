// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rules/BankHoliday.h"
#include "rules/CalendarDivision.h"
#include "rules/GovUkBankHolidayList.h"

#include <QDate>
#include <QList>

#include <unordered_map>

namespace lac {

/// Working days for one UK division: Monday to Friday that are not bank holidays.
///
/// The statutory IHA clock counts working days, and "28 calendar days" is wrong around bank
/// holidays, so every due date in the product goes through this class. Holidays come from
/// the GOV.UK list for the years it covers, from BankHolidayRules outside them, and then the
/// administrator's table on top (a newly announced day added, or a listed day withdrawn).
class WorkingDayCalendar
{
public:
    /// A change an administrator made to the bundled or rule-made days.
    struct Override
    {
        QDate date;
        QString title;
        bool removed = false; ///< true withdraws a day instead of adding one
    };

    WorkingDayCalendar(CalendarDivision division, const GovUkBankHolidayList& list,
                       const QList<Override>& overrides = {});
    /// The bundled GOV.UK list for the division, no overrides.
    explicit WorkingDayCalendar(CalendarDivision division = CalendarDivision::EnglandAndWales);

    CalendarDivision division() const { return m_division; }

    bool isBankHoliday(QDate date) const;
    bool isWorkingDay(QDate date) const;
    /// The bank holidays of one year, in date order, with their source.
    QList<BankHoliday> holidays(int year) const;

    /// The date `count` working days after `start`; `start` itself is day 0 and need not be a
    /// working day. A negative count goes backwards.
    QDate addWorkingDays(QDate start, int count) const;
    /// Working days in (from, to]: 0 when to <= from.
    int workingDaysBetween(QDate from, QDate to) const;

private:
    const QList<BankHoliday>& yearHolidays(int year) const;

    CalendarDivision m_division;
    int m_listFirstYear = 0;
    int m_listLastYear = -1;
    QList<BankHoliday> m_listed;
    QList<Override> m_overrides;
    // Built on first use per year; the calendar is otherwise immutable, so a const method
    // filling the cache is safe for single-threaded use (each thread gets its own copy).
    mutable std::unordered_map<int, QList<BankHoliday>> m_byYear;
};

} // namespace lac
