// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "rules/BankHolidayRules.h"

#include <QCoreApplication>

#include <algorithm>

namespace lac {
namespace {

bool isWeekend(QDate d)
{
    return d.dayOfWeek() >= Qt::Saturday;
}

BankHoliday ruleDay(QDate date, const char* title)
{
    return {date, BankHolidayRules::tr(title), BankHoliday::Source::Rule};
}

} // namespace

QDate BankHolidayRules::easterSunday(int year)
{
    const int a = year % 19;
    const int b = year / 100;
    const int c = year % 100;
    const int d = b / 4;
    const int e = b % 4;
    const int f = (b + 8) / 25;
    const int g = (b - f + 1) / 3;
    const int h = (19 * a + b - d - g + 15) % 30;
    const int i = c / 4;
    const int k = c % 4;
    const int l = (32 + 2 * e + 2 * i - h - k) % 7;
    const int m = (a + 11 * h + 22 * l) / 451;
    const int month = (h + l - 7 * m + 114) / 31;
    const int day = ((h + l - 7 * m + 114) % 31) + 1;
    return {year, month, day};
}

QDate BankHolidayRules::monday(int year, int month, int n)
{
    if (n > 0) {
        QDate d(year, month, 1);
        while (d.dayOfWeek() != Qt::Monday)
            d = d.addDays(1);
        return d.addDays(7 * (n - 1));
    }
    QDate d(year, month, QDate(year, month, 1).daysInMonth());
    while (d.dayOfWeek() != Qt::Monday)
        d = d.addDays(-1);
    return d;
}

QList<BankHoliday> BankHolidayRules::holidays(CalendarDivision division, int year)
{
    const QDate easter = easterSunday(year);
    QList<BankHoliday> moving;
    QList<BankHoliday> fixed;

    fixed << ruleDay(QDate(year, 1, 1), QT_TR_NOOP("New Year's Day"));
    if (division == CalendarDivision::Scotland)
        fixed << ruleDay(QDate(year, 1, 2), QT_TR_NOOP("2nd January"));
    if (division == CalendarDivision::NorthernIreland)
        fixed << ruleDay(QDate(year, 3, 17), QT_TR_NOOP("St Patrick's Day"));
    moving << ruleDay(easter.addDays(-2), QT_TR_NOOP("Good Friday"));
    if (division != CalendarDivision::Scotland)
        moving << ruleDay(easter.addDays(1), QT_TR_NOOP("Easter Monday"));
    moving << ruleDay(monday(year, 5, 1), QT_TR_NOOP("Early May bank holiday"));
    moving << ruleDay(monday(year, 5, -1), QT_TR_NOOP("Spring bank holiday"));
    if (division == CalendarDivision::NorthernIreland)
        fixed << ruleDay(QDate(year, 7, 12), QT_TR_NOOP("Battle of the Boyne (Orangemen's Day)"));
    if (division == CalendarDivision::Scotland)
        moving << ruleDay(monday(year, 8, 1), QT_TR_NOOP("Summer bank holiday"));
    else
        moving << ruleDay(monday(year, 8, -1), QT_TR_NOOP("Summer bank holiday"));
    if (division == CalendarDivision::Scotland)
        fixed << ruleDay(QDate(year, 11, 30), QT_TR_NOOP("St Andrew's Day"));
    fixed << ruleDay(QDate(year, 12, 25), QT_TR_NOOP("Christmas Day"));
    fixed << ruleDay(QDate(year, 12, 26), QT_TR_NOOP("Boxing Day"));

    // Fixed days on a weekday stay; one on a weekend moves to the next weekday that is not
    // already a holiday. Placing the weekday ones first gives GOV.UK's answers, e.g. Christmas
    // on a Sunday moves to Tuesday 27th because Boxing Day keeps Monday 26th.
    QList<BankHoliday> result = moving;
    for (const auto& h : fixed) {
        if (!isWeekend(h.date))
            result << h;
    }
    auto taken = [&result](QDate d) {
        return std::any_of(result.cbegin(), result.cend(),
                           [d](const BankHoliday& h) { return h.date == d; });
    };
    for (auto h : fixed) {
        if (!isWeekend(h.date))
            continue;
        QDate d = h.date;
        while (isWeekend(d) || taken(d))
            d = d.addDays(1);
        h.date = d;
        h.title += tr(" (substitute day)");
        result << h;
    }
    std::sort(result.begin(), result.end(),
              [](const BankHoliday& a, const BankHoliday& b) { return a.date < b.date; });
    return result;
}

} // namespace lac
