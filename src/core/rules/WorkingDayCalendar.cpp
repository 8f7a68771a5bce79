// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "rules/WorkingDayCalendar.h"

#include "rules/BankHolidayRules.h"

#include <algorithm>

namespace lac {

WorkingDayCalendar::WorkingDayCalendar(CalendarDivision division, const GovUkBankHolidayList& list,
                                       const QList<Override>& overrides)
    : m_division(division)
    , m_listed(list.holidays(division))
    , m_overrides(overrides)
{
    if (!m_listed.isEmpty()) {
        m_listFirstYear = list.firstYear(division);
        m_listLastYear = list.lastYear(division);
    }
}

WorkingDayCalendar::WorkingDayCalendar(CalendarDivision division)
    : WorkingDayCalendar(division, GovUkBankHolidayList::bundled())
{}

const QList<BankHoliday>& WorkingDayCalendar::yearHolidays(int year) const
{
    auto it = m_byYear.find(year);
    if (it != m_byYear.end())
        return it->second;

    QList<BankHoliday> days;
    if (year >= m_listFirstYear && year <= m_listLastYear) {
        for (const auto& h : m_listed) {
            if (h.date.year() == year)
                days << h;
        }
    } else {
        days = BankHolidayRules::holidays(m_division, year);
    }
    for (const auto& o : m_overrides) {
        if (o.date.year() != year)
            continue;
        days.erase(std::remove_if(days.begin(), days.end(),
                                  [&o](const BankHoliday& h) { return h.date == o.date; }),
                   days.end());
        if (!o.removed)
            days << BankHoliday{o.date, o.title, BankHoliday::Source::Administrator};
    }
    std::sort(days.begin(), days.end(),
              [](const BankHoliday& a, const BankHoliday& b) { return a.date < b.date; });
    return m_byYear.emplace(year, std::move(days)).first->second;
}

QList<BankHoliday> WorkingDayCalendar::holidays(int year) const
{
    return yearHolidays(year);
}

bool WorkingDayCalendar::isBankHoliday(QDate date) const
{
    const auto& days = yearHolidays(date.year());
    return std::any_of(days.cbegin(), days.cend(),
                       [date](const BankHoliday& h) { return h.date == date; });
}

bool WorkingDayCalendar::isWorkingDay(QDate date) const
{
    return date.dayOfWeek() < Qt::Saturday && !isBankHoliday(date);
}

QDate WorkingDayCalendar::addWorkingDays(QDate start, int count) const
{
    if (!start.isValid())
        return {};
    const int step = count < 0 ? -1 : 1;
    QDate d = start;
    for (int remaining = std::abs(count); remaining > 0;) {
        d = d.addDays(step);
        if (isWorkingDay(d))
            --remaining;
    }
    return d;
}

int WorkingDayCalendar::workingDaysBetween(QDate from, QDate to) const
{
    int n = 0;
    for (QDate d = from.addDays(1); d <= to; d = d.addDays(1)) {
        if (isWorkingDay(d))
            ++n;
    }
    return n;
}

} // namespace lac
