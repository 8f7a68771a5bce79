// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rules/BankHoliday.h"
#include "rules/CalendarDivision.h"

#include <QCoreApplication>
#include <QList>

namespace lac {

/// The standing rules for UK bank holidays (Banking and Financial Dealings Act 1971 and the
/// usual royal proclamations), used for years the bundled GOV.UK list does not cover.
/// One-off days (jubilees, funerals, coronations) and moved days cannot be predicted: an
/// administrator adds them to the editable table when they are announced.
class BankHolidayRules
{
    Q_DECLARE_TR_FUNCTIONS(lac::BankHolidayRules)

public:
    /// Every bank holiday of the given year in the division, in date order, with weekend
    /// fixed-date holidays moved to the next free weekday (substitute days).
    static QList<BankHoliday> holidays(CalendarDivision division, int year);

    /// Easter Sunday of a Gregorian year (anonymous Gregorian algorithm, Meeus/Jones/Butcher).
    static QDate easterSunday(int year);

    /// The first (n = 1) ... or last (n = -1) Monday of a month.
    static QDate monday(int year, int month, int n);
};

} // namespace lac
