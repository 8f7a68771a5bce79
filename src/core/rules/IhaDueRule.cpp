// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "rules/IhaDueRule.h"

namespace lac {

IhaDueRule::IhaDueRule(const WorkingDayCalendar& calendar, const AssessmentPolicy& policy)
    : m_calendar(calendar)
    , m_policy(policy)
{}

QDate IhaDueRule::dueDate(QDate careStart) const
{
    return m_calendar.addWorkingDays(careStart, m_policy.ihaWorkingDays);
}

QDate IhaDueRule::requestDueDate(QDate careStart) const
{
    return m_calendar.addWorkingDays(careStart, m_policy.ihaRequestWorkingDays);
}

bool IhaDueRule::completedInTime(QDate careStart, QDate completed) const
{
    return completed.isValid() && completed <= dueDate(careStart);
}

bool IhaDueRule::requestInTime(QDate careStart, QDate requested) const
{
    return requested.isValid() && requested <= requestDueDate(careStart);
}

} // namespace lac
