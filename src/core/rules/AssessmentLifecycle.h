// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/AssessmentRecord.h"
#include "domain/PlacementLocation.h"
#include "rules/AssessmentPolicy.h"

#include <QCoreApplication>
#include <QString>

namespace lac {

/// The steps of an assessment's life that a person takes, one action each in the child window.
enum class AssessmentStep
{
    RecordRequest,
    AcceptPaperwork,
    LogPaperworkIssue,
    PutPaperworkRight,
    Book,
    RecordOutcome,
    MoveAppointment,
    RecordReport,
    SignOffDoctorReview,
    GiveLateReason,
    ReferOutOfArea,
};

/// What the lifecycle needs to know beyond the assessment itself.
struct AssessmentSituation
{
    PlacementLocation childLocation = PlacementLocation::Unknown;
    /// Open paperwork issues, or -1 when not counted (judged from the paperwork status).
    int openPaperworkIssues = -1;
    AssessmentPolicy policy;
};

/// Which step may be taken now, and why not, in one place: the service refuses with this
/// reason and the child window enables its actions by it, so the two can never disagree.
/// Dates and the role are checked elsewhere (the service, AccessPolicy).
class AssessmentLifecycle
{
    Q_DECLARE_TR_FUNCTIONS(lac::AssessmentLifecycle)

public:
    /// Empty when \a step is allowed now; otherwise why not, in words for the person.
    static QString whyNot(AssessmentStep step, const AssessmentRecord& a,
                          const AssessmentSituation& situation = {});
    static bool allows(AssessmentStep step, const AssessmentRecord& a,
                       const AssessmentSituation& situation = {})
    {
        return whyNot(step, a, situation).isEmpty();
    }
};

} // namespace lac
