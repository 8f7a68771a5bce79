// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace lac {

/// The two statutory health assessments of a looked-after child.
enum class AssessmentKind
{
    Initial, ///< Initial Health Assessment (IHA), by a doctor, within 20 working days
    Review,  ///< Review Health Assessment (RHA), every 6 months under 5, else 12 months
};

QString assessmentKindCode(AssessmentKind kind); ///< "IHA" or "RHA"
std::optional<AssessmentKind> assessmentKindFromCode(const QString& code);

} // namespace lac
