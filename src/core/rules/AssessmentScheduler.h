// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/AssessmentKind.h"
#include "domain/PlacementLocation.h"
#include "rules/AssessmentPolicy.h"
#include "rules/IhaExemptionRule.h"
#include "rules/WorkingDayCalendar.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace lac {

/// One placement (SSDA903 episode) as the scheduler needs it.
struct PlacementSpan
{
    QDate start;
    QDate end; ///< invalid while open
    QString placementType;
    QString legalStatus;
    PlacementLocation location = PlacementLocation::Unknown;
};

/// One period of care with its placements in date order.
struct CarePeriodFacts
{
    qint64 id = 0;
    QDate start;
    QDate end;                   ///< invalid while the child is still in care
    bool startedInWindow = true; ///< false: care began before our data, no IHA expected
    QList<PlacementSpan> placements;
};

/// An assessment row as recorded.
struct RecordedAssessment
{
    qint64 id = 0;
    AssessmentKind kind = AssessmentKind::Initial;
    qint64 carePeriodId = 0;
    QDate clockStart;
    QDate due;
    QDate completed;     ///< invalid until done
    QString exemption;   ///< as stored; "other" is a person's decision and is kept
    bool closed = false; ///< closed rows (superseded, withdrawn) are history, never planned again
};

/// What the scheduler needs to know about one child.
struct ChildFacts
{
    QDate dateOfBirth;
    QList<CarePeriodFacts> periods;
    QList<RecordedAssessment> assessments;
};

/// An assessment row as it should be: an existing row to update (id != 0) or a new one.
struct PlannedAssessment
{
    qint64 id = 0;
    AssessmentKind kind = AssessmentKind::Initial;
    qint64 carePeriodId = 0;
    QDate clockStart;
    QDate due;
    QDate requestDue;  ///< IHA only
    QDate completed;   ///< copied from the record
    QString exemption; ///< "" when required
    PlacementLocation locationAtDue = PlacementLocation::Unknown;
    /// The placement type on the due date (the same placement as locationAtDue), kept on the row
    /// so that reports group by it without looking the placement up for every row.
    QString placementTypeAtDue;
};

/// The placement a period of care began in. Kept on the period so that reports split the
/// children who entered care, and their IHAs, by it without a look-up per row.
struct PeriodEntryPlacement
{
    qint64 carePeriodId = 0;
    QString placementType; ///< empty when the period has no placement recorded
    PlacementLocation location = PlacementLocation::Unknown;
};

/// The whole expected schedule of one child, plus the derived "current" facts.
struct ChildSchedule
{
    QList<PlannedAssessment> assessments; ///< every row that should exist, completed ones included
    QList<qint64> superseded;             ///< open rows no longer expected (to close, not delete)
    QList<PeriodEntryPlacement> entries;  ///< one per period of care
    bool inCare = false;
    QString currentPlacementType;
    PlacementLocation currentLocation = PlacementLocation::Unknown;
    std::optional<AssessmentKind> nextDueKind;
    QDate nextDue;
};

/// Works out which statutory assessments a child should have and when each is due, from the
/// child's periods of care and the assessments already done. It is pure (no database), so the
/// same code serves the live program, imports and the demo generator, and is tested on its own.
///
/// Rules (docs/rules.md): an IHA per period of care that started in our data, due 20 working
/// days after the start, unless exempt (short break, IHA in the 3 months before care, left care
/// before it was due). RHAs follow the last completed assessment by 6 or 12 months while the
/// child is in care; one open RHA at a time; none while the period's IHA is still outstanding.
class AssessmentScheduler
{
public:
    AssessmentScheduler(const WorkingDayCalendar& calendar, const AssessmentPolicy& policy);

    ChildSchedule plan(const ChildFacts& child, QDate today) const;

    /// The placement on a date within a period (the last one if the date is after them all).
    static const PlacementSpan* placementOn(const CarePeriodFacts& period, QDate date);

private:
    const WorkingDayCalendar& m_calendar;
    AssessmentPolicy m_policy;
};

} // namespace lac
