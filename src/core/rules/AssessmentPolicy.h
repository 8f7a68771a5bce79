// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rules/CalendarDivision.h"

namespace lac {

/// The numbers behind the statutory rules, in one place so that the ones the domain brief
/// marks configurable are settings, not constants. Defaults are England's regulations and
/// this product's documented decisions (docs/rules.md).
struct AssessmentPolicy
{
    CalendarDivision division = CalendarDivision::EnglandAndWales;
    int ihaWorkingDays = 20;       ///< IHA due: start of care + 20 working days (regs 7, 33)
    int ihaRequestWorkingDays = 5; ///< local standard for sending the IHA request
    int rhaMonthsUnderFive = 6;    ///< RHA interval while under 5 on the last assessment
    int rhaMonthsFiveAndOver = 12; ///< RHA interval from 5 years old
    int rhaAgeThresholdYears = 5;
    /// An IHA this many months before care makes a new one not required.
    int priorIhaExemptionMonths = 3;
    /// RHA "in time" allows this many days after the due date.
    int rhaToleranceDays = 0;

    friend bool operator==(const AssessmentPolicy&, const AssessmentPolicy&) = default;
};

} // namespace lac
