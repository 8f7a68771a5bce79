// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/PlacementLocation.h"

#include <QDate>
#include <QString>

#include <optional>

namespace lac {

/// What the children table shows and in which order. Every filter and sort is done in SQL,
/// so the table stays fast at 100,000 children (a proxy model would only sort loaded rows).
struct ChildListQuery
{
    enum class SortKey
    {
        CaseId,
        Name,
        DateOfBirth,
        Sex,
        InCare,
        PlacementType,
        Location,
        NextDueKind,
        NextDueDate,
    };
    enum class AgeBand
    {
        Any,
        UnderFive,
        FiveToNine,
        TenToFifteen,
        SixteenPlus,
    };

    QString search;                            ///< case ID, name or NHS number (any part)
    std::optional<bool> inCare;                ///< nullopt: everyone
    std::optional<PlacementLocation> location; ///< nullopt: anywhere
    QString placementGroup;                    ///< placement_types.reporting_group, empty: any
    AgeBand ageBand = AgeBand::Any;
    bool overdueOnly = false;           ///< next assessment due before `today`
    QDate today = QDate::currentDate(); ///< reference date for ages and overdue
    SortKey sortKey = SortKey::NextDueDate;
    bool descending = false;

    friend bool operator==(const ChildListQuery&, const ChildListQuery&) = default;
};

} // namespace lac
