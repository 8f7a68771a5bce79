// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rules/WorkingDayCalendar.h"
#include "uasc/core/UascHealth.h"

namespace lac {

/// When an unaccompanied child's initial screening is due and what of it is missing. The
/// initial set is TB, hepatitis B, hepatitis C and HIV (the screens every UASC should be
/// offered; others depend on the country of origin and are recorded, not chased). The clock
/// starts on the later of arrival and entry to care (the team cannot act before the child is
/// theirs; arrival unknown = entry) and runs a number of working days, 20 unless a setting says
/// otherwise, like the IHA's own clock. A screen counts once it is on record with any outcome:
/// declined is an answer, and a result awaited means the screen happened.
struct UascScreeningRule
{
    int workingDays = 20;

    static QList<UascScreen> initialScreens()
    {
        return {UascScreen::Tuberculosis, UascScreen::HepatitisB, UascScreen::HepatitisC,
                UascScreen::Hiv};
    }

    QDate due(QDate arrival, QDate careStarted, const WorkingDayCalendar& calendar) const
    {
        const QDate start = arrival.isValid() && (!careStarted.isValid() || arrival > careStarted)
                                ? arrival
                                : careStarted;
        return start.isValid() ? calendar.addWorkingDays(start, workingDays) : QDate();
    }

    static QList<UascScreen> missing(const QList<UascScreen>& screened)
    {
        QList<UascScreen> out;
        for (UascScreen s : initialScreens())
            if (!screened.contains(s))
                out << s;
        return out;
    }
};

} // namespace lac
