// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rules/AssessmentPolicy.h"

#include <QDate>

namespace lac {

/// Review Health Assessment deadlines: the next review is due 6 months after the last
/// completed assessment (IHA or RHA) when the child is under 5 on that date, otherwise 12
/// months after. Month arithmetic clamps to the month end (31 Aug + 6 months = 28/29 Feb).
class RhaDueRule
{
public:
    explicit RhaDueRule(const AssessmentPolicy& policy);

    /// Months until the next review, from the child's age on the last assessment.
    int intervalMonths(QDate dateOfBirth, QDate lastAssessment) const;
    QDate nextDue(QDate dateOfBirth, QDate lastAssessment) const;
    /// In time: completed on or before the due date plus the configured tolerance.
    bool completedInTime(QDate due, QDate completed) const;

private:
    AssessmentPolicy m_policy;
};

} // namespace lac
