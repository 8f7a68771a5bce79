// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/PlacementLocation.h"

namespace lac {

QString locationCode(PlacementLocation location)
{
    switch (location) {
    case PlacementLocation::InArea:
        return QStringLiteral("IN");
    case PlacementLocation::OutOfArea:
        return QStringLiteral("OUT");
    case PlacementLocation::Unknown:
        break;
    }
    return QStringLiteral("UNKNOWN");
}

PlacementLocation locationFromCode(const QString& code)
{
    const QString c = code.trimmed().toUpper();
    for (PlacementLocation where : {PlacementLocation::InArea, PlacementLocation::OutOfArea})
        if (locationCode(where) == c)
            return where;
    return PlacementLocation::Unknown;
}

} // namespace lac
