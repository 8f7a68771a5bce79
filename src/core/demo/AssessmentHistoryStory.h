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
inline const QString attended = QStringLiteral("attended");
inline const QString booked = QStringLiteral("booked");

inline QString lateReasonForOutcome(const QString& outcome)
{
    const AppointmentOutcome o = appointmentOutcomeFromCode(outcome);
    if (o == AppointmentOutcome::CancelledByChild || o == AppointmentOutcome::Declined)
        return QStringLiteral("child_declined");
    return outcome; // was_not_brought, cancelled_by_carer, cancelled_by_health
}

struct IssueKind
{
    const char* problem;
    const char* detail;
    bool consent;
};

inline constexpr IssueKind issueKinds[] = {
    {"consent_missing", "Consent form not sent with the request", true},
    {"consent_unsigned", "Consent form not signed", true},
    {"part_a_incomplete", "Part A: health and birth history sections blank", false},
    {"part_a_incomplete", "Part A: wrong form for the child's age (IHA-C / IHA-YP)", false},
    {"referral_missing", "Referral form missing", false},
    {"nhs_number_wrong", "NHS number on the referral does not match the child's record", false},
    {"placement_details_missing", "Carer's address and telephone number missing", false},
    {"other", "Social worker's details missing", false},
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
    QString completedBy;
    QString finalMode;
};

} // namespace lac
