// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

namespace lac {

/// Red / amber / green for a percentage in time against the installation's target (95% IHA
/// ambition by default): green at or above the target, amber within the amber margin below
/// it, red further below; none when there is nothing to measure or the figure is hidden.
enum class TargetStatus
{
    None,
    Green,
    Amber,
    Red,
};

inline TargetStatus rateAgainstTarget(std::optional<double> percent, int target, int amberMargin)
{
    if (!percent)
        return TargetStatus::None;
    if (*percent >= target)
        return TargetStatus::Green;
    if (*percent >= target - amberMargin)
        return TargetStatus::Amber;
    return TargetStatus::Red;
}

} // namespace lac
