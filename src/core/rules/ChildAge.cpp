// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "rules/ChildAge.h"

namespace lac {

QDate ChildAge::birthday(QDate dateOfBirth, int years)
{
    const int year = dateOfBirth.year() + years;
    if (dateOfBirth.month() == 2 && dateOfBirth.day() == 29 && !QDate::isLeapYear(year))
        return {year, 3, 1};
    return {year, dateOfBirth.month(), dateOfBirth.day()};
}

int ChildAge::yearsOn(QDate dateOfBirth, QDate on)
{
    if (!dateOfBirth.isValid() || !on.isValid() || on < dateOfBirth)
        return -1;
    int years = on.year() - dateOfBirth.year();
    if (birthday(dateOfBirth, years) > on)
        --years;
    return years;
}

} // namespace lac
