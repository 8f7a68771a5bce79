// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/PlacementLocation.h"

namespace lac {

/// One count split by where the child was placed. Timeliness is always reported in area /
/// out of area; a child whose placement location is not recorded is counted in the total
/// and in neither split, so that in area + out of area can be less than the total.
struct LocationCounts
{
    int inArea = 0;
    int outOfArea = 0;
    int unknown = 0;

    int total() const { return inArea + outOfArea + unknown; }
    int at(PlacementLocation location) const
    {
        switch (location) {
        case PlacementLocation::InArea:
            return inArea;
        case PlacementLocation::OutOfArea:
            return outOfArea;
        case PlacementLocation::Unknown:
            break;
        }
        return unknown;
    }
    void add(PlacementLocation location, int n)
    {
        switch (location) {
        case PlacementLocation::InArea:
            inArea += n;
            return;
        case PlacementLocation::OutOfArea:
            outOfArea += n;
            return;
        case PlacementLocation::Unknown:
            unknown += n;
            return;
        }
    }
    LocationCounts& operator+=(const LocationCounts& o)
    {
        inArea += o.inArea;
        outOfArea += o.outOfArea;
        unknown += o.unknown;
        return *this;
    }
    bool operator==(const LocationCounts&) const = default;
};

} // namespace lac
