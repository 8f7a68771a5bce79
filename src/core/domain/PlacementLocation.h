// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace lac {

/// Whether a placement is inside the council's own area. Unknown is shown as unknown, never
/// guessed, because every timeliness figure is reported split in area / out of area.
enum class PlacementLocation
{
    Unknown,
    InArea,
    OutOfArea,
};

/// "IN", "OUT", "UNKNOWN": the codes stored in the database and used by SSDA903 PL_LOCATION.
QString locationCode(PlacementLocation location);
PlacementLocation locationFromCode(const QString& code);

} // namespace lac
