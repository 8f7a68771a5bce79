// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "rules/RhaDueRule.h"

#include "rules/ChildAge.h"

namespace lac {

RhaDueRule::RhaDueRule(const AssessmentPolicy& policy)
    : m_policy(policy)
{}

int RhaDueRule::intervalMonths(QDate dateOfBirth, QDate lastAssessment) const
{
    const int age = ChildAge::yearsOn(dateOfBirth, lastAssessment);
    return (age >= 0 && age < m_policy.rhaAgeThresholdYears) ? m_policy.rhaMonthsUnderFive
                                                             : m_policy.rhaMonthsFiveAndOver;
}

QDate RhaDueRule::nextDue(QDate dateOfBirth, QDate lastAssessment) const
{
    if (!lastAssessment.isValid())
        return {};
    // QDate::addMonths clamps to the last day of a shorter month.
    return lastAssessment.addMonths(intervalMonths(dateOfBirth, lastAssessment));
}

bool RhaDueRule::completedInTime(QDate due, QDate completed) const
{
    return completed.isValid() && completed <= due.addDays(m_policy.rhaToleranceDays);
}

} // namespace lac
