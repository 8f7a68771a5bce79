// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "demo/DemoDice.h"
#include "demo/DemoIds.h"
#include "demo/DemoRecords.h"
#include "rules/AssessmentPolicy.h"
#include "rules/AssessmentScheduler.h"
#include "rules/WorkingDayCalendar.h"

namespace lac {

/// Lives one child's health assessments forward in time with the real rules: the
/// AssessmentScheduler says which IHA/RHA is due when; each is then requested, its paperwork
/// checked (and sometimes sent back), booked in area or with the host area's provider (with
/// waits and chasing), attended or missed and rebooked, and completed, on time or late with
/// the reason that caused the delay; the scheduler is asked again from the new completion,
/// until today. What is still open today is left in the state it would be in (request sent,
/// paperwork awaited or incomplete, appointment booked, waiting for the host area).
class AssessmentHistorySimulator
{
public:
    AssessmentHistorySimulator(const WorkingDayCalendar& calendar, const AssessmentPolicy& policy,
                               const DemoReferenceData& reference, QDate today);

    /// Fills child.assessments and the child's derived columns. \a interpreterLanguage is the
    /// language an interpreter is booked for ("" for none). Returns how many open rows the
    /// scheduler would have closed as superseded (always 0 when the simulation is coherent).
    int simulate(DemoDice& dice, DemoIds& ids, DemoChild& child,
                 const QString& interpreterLanguage) const;

private:
    struct Timeline;
    Timeline timeline(DemoDice& dice, DemoIds& ids, const DemoChild& child,
                      const PlannedAssessment& plan, const QString& interpreterLanguage) const;
    QDate workingDayOnOrAfter(QDate d) const;
    const DemoProvider& providerFor(const DemoChild& child, const PlannedAssessment& plan,
                                    qint64* hostAuthority) const;

    const WorkingDayCalendar& m_calendar;
    AssessmentPolicy m_policy;
    AssessmentScheduler m_scheduler;
    const DemoReferenceData& m_reference;
    QDate m_today;
};

} // namespace lac
