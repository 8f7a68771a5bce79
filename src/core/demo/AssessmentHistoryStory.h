// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Shared by the two halves of AssessmentHistorySimulator (its .cpp and
// AssessmentHistoryTimeline.cpp): the stored codes the demo writes, the paperwork problems it
// invents, and one assessment's story before it is cut at today. Internal to src/core/demo.

#include "demo/AssessmentHistorySimulator.h"
#include "domain/CaseCodes.h"

#include <QMap>
#include <QString>

namespace lac::demostory {

inline const QString lateNotification = QStringLiteral("late_notification");
inline const QString paperworkReason = QStringLiteral("paperwork");
inline const QString consentReason = QStringLiteral("consent");
inline const QString ooaCapacity = QStringLiteral("ooa_capacity");
inline const QString healthCapacity = QStringLiteral("health_capacity");
inline const QString interpreterReason = QStringLiteral("interpreter_uasc");
inline const QString hardToEngage = QStringLiteral("hard_to_engage");
inline const QString placementMoved = QStringLiteral("placement_moved");

/// The late-reason code for a missed appointment: the outcome's own code for was_not_brought,
/// cancelled_by_carer and cancelled_by_health, which the late-reason list also holds.
inline QString lateReasonForOutcome(AppointmentOutcome outcome)
{
    if (outcome == AppointmentOutcome::CancelledByChild || outcome == AppointmentOutcome::Declined)
        return QStringLiteral("child_declined");
    return appointmentOutcomeCode(outcome);
}

struct IssueKind
{
    PaperworkProblem problem;
    const char* detail;
    bool consent;
};

inline constexpr IssueKind issueKinds[] = {
    {PaperworkProblem::ConsentMissing, "Consent form not sent with the request", true},
    {PaperworkProblem::ConsentUnsigned, "Consent form not signed", true},
    {PaperworkProblem::PartAIncomplete, "Part A: health and birth history sections blank", false},
    {PaperworkProblem::PartAIncomplete, "Part A: wrong form for the child's age (IHA-C / IHA-YP)",
     false},
    {PaperworkProblem::ReferralMissing, "Referral form missing", false},
    {PaperworkProblem::NhsNumberWrong,
     "NHS number on the referral does not match the child's record", false},
    {PaperworkProblem::PlacementDetailsMissing, "Carer's address and telephone number missing",
     false},
    {PaperworkProblem::Other, "Social worker's details missing", false},
};

} // namespace lac::demostory

namespace lac {

/// One assessment's full story, before it is cut at today (or at the end of care).
struct AssessmentHistorySimulator::Timeline
{
    DemoAssessment row;
    QDate paperworkReceived;
    QDate completion;                ///< the attended appointment
    QMap<QString, int> delayByCause; ///< days each cause added
    Clinician completedBy = Clinician::None;
};

} // namespace lac
