// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "demo/DemoDice.h"
#include "demo/DemoIds.h"
#include "demo/DemoRecords.h"

#include <optional>

namespace lac {

/// Makes one child's periods of care and their SSDA903 episodes: when care started (in the
/// three-year window, or before it), legal statuses and how they change (emergency orders,
/// interim then full care orders, placement orders towards adoption, s20 accommodation,
/// short breaks, youth justice), placement moves with realistic placement types for the
/// child's age, in-house or agency providers, in area or out of area with a host authority,
/// leaving care with an SSDA903 reason, and returns to care.
class CareHistoryGenerator
{
public:
    CareHistoryGenerator(const DemoReferenceData& reference, QDate today);

    /// Fills child.periods and child.episodes; the child's date of birth, sex and UASC flag
    /// must be set. \a preWindow asks for care that began before the data window.
    void generate(DemoDice& dice, DemoIds& ids, DemoChild& child, bool preWindow) const;

    QDate windowStart() const { return m_windowStart; }

private:
    struct Placement;
    Placement placementFor(DemoDice& dice, const DemoChild& child, QDate on,
                           LegalStatus legalStatus, std::optional<PlacementType> forcedType) const;
    void addPeriod(DemoDice& dice, DemoIds& ids, DemoChild& child, QDate start, bool inWindow,
                   bool allowReturn) const;

    const DemoReferenceData& m_reference;
    QDate m_today;
    QDate m_windowStart;
};

} // namespace lac
