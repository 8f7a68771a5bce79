// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "rules/CalendarDivision.h"

namespace lac {

QString divisionKey(CalendarDivision division)
{
    switch (division) {
    case CalendarDivision::EnglandAndWales:
        return QStringLiteral("england-and-wales");
    case CalendarDivision::Scotland:
        return QStringLiteral("scotland");
    case CalendarDivision::NorthernIreland:
        return QStringLiteral("northern-ireland");
    }
    return {};
}

std::optional<CalendarDivision> divisionFromKey(const QString& key)
{
    for (auto d : {CalendarDivision::EnglandAndWales, CalendarDivision::Scotland,
                   CalendarDivision::NorthernIreland}) {
        if (divisionKey(d) == key)
            return d;
    }
    return std::nullopt;
}

} // namespace lac
