// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace lac {

/// The three UK bank-holiday calendars, named as GOV.UK names them. Chosen per installation
/// (England and Wales by default) because working days differ between them.
enum class CalendarDivision
{
    EnglandAndWales,
    Scotland,
    NorthernIreland,
};

/// "england-and-wales", "scotland", "northern-ireland".
QString divisionKey(CalendarDivision division);
/// The inverse of divisionKey(); nullopt for anything else.
std::optional<CalendarDivision> divisionFromKey(const QString& key);

} // namespace lac
