// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace lac {

/// The small SSDA903 code lists that are fixed by the return itself (placement types and
/// legal statuses come from the reference tables instead, because they change by year).
class Ssda903Codes
{
public:
    /// SEX as stored (M, F, U) from either coding: 1/2 (to 2023-24) or M/F/U (from 2024-25).
    /// Empty when the code is neither.
    static QString sex(const QString& code);
    /// True for the reasons for a new episode: S, L, P, T, B, U.
    static bool isReasonNewEpisode(const QString& code);
};

} // namespace lac
