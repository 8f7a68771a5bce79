// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "demo/DemoOptions.h"
#include "demo/DemoSink.h"
#include "rules/AssessmentPolicy.h"
#include "rules/WorkingDayCalendar.h"

namespace lac {

/// What a demo run made, for the command's report.
struct DemoSummary
{
    int children = 0;
    int inCare = 0;
    int carePeriods = 0;
    int episodes = 0;
    int assessments = 0;
    int appointments = 0;
    int paperworkIssues = 0;
    int ooaRequests = 0;
    int superseded = 0; ///< rows the scheduler would close: 0 when the simulation is coherent
};

/// Makes a whole demo county, child by child, into a DemoSink: about 1,650 children in care
/// at some time in the last three years by default, with the ages, placements, out-of-area
/// share, assessment timeliness, late reasons, paperwork problems and out-of-area waits of a
/// real English county (docs/demo-data.md). Everything follows from DemoOptions: the same
/// seed and size give the same data. No SQL here.
class DemoGenerator
{
public:
    DemoGenerator(const DemoOptions& options, const WorkingDayCalendar& calendar,
                  const AssessmentPolicy& policy);

    Status generate(DemoSink& sink);
    const DemoSummary& summary() const { return m_summary; }

    /// The Modulus 11 check digit for nine NHS number digits; -1 when no valid number exists.
    static int nhsCheckDigit(const QString& nineDigits);
    /// The check letter of a Unique Pupil Number from its last 12 characters.
    static QChar upnCheckLetter(const QString& twelve);

private:
    DemoOptions m_options;
    const WorkingDayCalendar& m_calendar;
    AssessmentPolicy m_policy;
    DemoSummary m_summary;
};

} // namespace lac
