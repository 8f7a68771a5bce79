// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "demo/DemoDice.h"
#include "demo/DemoRecords.h"

namespace lac {

/// Makes the demo county's fixed world: Northshire County Council, its postcode districts and
/// settings, about 25 neighbouring and further-away authorities that host out-of-area
/// placements, and the health providers (community paediatrics, LAC nursing) of each, with
/// their clinicians and venues. All names are made up.
class DemoCountyBuilder
{
public:
    static DemoReferenceData build(DemoDice& dice, int children, quint32 seed);
    /// A postcode in one of the authority's districts ("NH7 3QT").
    static QString postcode(DemoDice& dice, const QString& area, int districts);
};

} // namespace lac
