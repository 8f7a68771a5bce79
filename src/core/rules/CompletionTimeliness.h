// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/AssessmentKind.h"
#include "rules/AssessmentPolicy.h"

#include <QDate>
#include <QString>

namespace lac {

/// Whether an assessment was completed in time: on or before the due date (an RHA may have a
/// configured tolerance). A late one must carry a late reason (category and owner).
class CompletionTimeliness
{
public:
    /// An RHA has the policy's tolerance, an IHA none. False when either date is invalid.
    static bool isLate(AssessmentKind kind, QDate due, QDate completed,
                       const AssessmentPolicy& policy);
};

} // namespace lac
