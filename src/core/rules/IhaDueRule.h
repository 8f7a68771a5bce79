// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rules/AssessmentPolicy.h"
#include "rules/WorkingDayCalendar.h"

#include <QDate>

namespace lac {

/// Initial Health Assessment deadlines: the assessment is due on the 20th working day after
/// the child became looked after (the start date is day 0), and its request is due on the
/// 5th working day (a configurable local standard). Completed on or before the due date is
/// in time.
class IhaDueRule
{
public:
    IhaDueRule(const WorkingDayCalendar& calendar, const AssessmentPolicy& policy);

    QDate dueDate(QDate careStart) const;
    QDate requestDueDate(QDate careStart) const;
    bool completedInTime(QDate careStart, QDate completed) const;
    bool requestInTime(QDate careStart, QDate requested) const;

private:
    const WorkingDayCalendar& m_calendar;
    AssessmentPolicy m_policy;
};

} // namespace lac
