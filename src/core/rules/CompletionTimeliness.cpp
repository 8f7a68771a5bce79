// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "rules/CompletionTimeliness.h"

namespace lac {

bool CompletionTimeliness::isLate(AssessmentKind kind, QDate due, QDate completed,
                                  const AssessmentPolicy& policy)
{
    if (!due.isValid() || !completed.isValid())
        return false;
    const int tolerance = kind == AssessmentKind::Review ? policy.rhaToleranceDays : 0;
    return completed > due.addDays(tolerance);
}

} // namespace lac
