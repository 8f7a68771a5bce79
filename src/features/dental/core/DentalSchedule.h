// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>

namespace lac {

/// When a child in care is next due a dental check. NICE and the statutory guidance expect a
/// check at least yearly (a local standard may be tighter: the months are a setting). A child
/// with no check on record is due from the day their care started: the team cannot know the
/// teeth were checked, so the worklist asks for the check (or the record of it).
struct DentalSchedule
{
    int monthsBetweenChecks = 12;

    QDate nextDue(QDate lastCheck, QDate careStarted) const
    {
        return lastCheck.isValid() ? lastCheck.addMonths(monthsBetweenChecks) : careStarted;
    }
};

} // namespace lac
