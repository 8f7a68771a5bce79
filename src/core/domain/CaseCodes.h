// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace lac {

// The codes that screens and rules branch on, as enums, so that a misspelt code is a compile
// error rather than a branch that silently never runs. The stored text codes (CodeList has
// them with their labels) are read into these by the *FromCode functions; anything not known
// maps to the last enumerator, which no rule treats as a real stage.

/// Where an assessment is in its lifecycle (assessments.status).
enum class AssessmentStatus
{
    Open,        ///< "open": not yet requested
    Requested,   ///< "requested": asked of health, paperwork in hand or awaited
    Booked,      ///< "booked": an appointment is set
    Completed,   ///< "completed"
    NotRequired, ///< "not_required"
    Other,
};

/// The state of the request's paperwork (assessments.paperwork_status).
enum class PaperworkStatus
{
    Awaited,    ///< "awaited"
    Incomplete, ///< "incomplete": returned to social care
    Complete,   ///< "complete": ready to book
    Other,
};

/// Whether a nurse-led IHA still needs a doctor's sign-off (assessments.doctor_review).
enum class DoctorReview
{
    NotNeeded, ///< "not_needed"
    Pending,   ///< "pending"
    Done,      ///< "done"
    Other,
};

/// What became of one appointment (appointments.outcome).
enum class AppointmentOutcome
{
    Booked,            ///< "booked": no outcome yet
    Attended,          ///< "attended": attended and completed
    WasNotBrought,     ///< "was_not_brought"
    CancelledByCarer,  ///< "cancelled_by_carer"
    CancelledByHealth, ///< "cancelled_by_health"
    CancelledByChild,  ///< "cancelled_by_child"
    Declined,          ///< "declined"
    Rescheduled,       ///< "rescheduled": moved by agreement
    Other,
};

/// How an appointment is held (appointments.mode).
enum class AppointmentMode
{
    FaceToFace,    ///< "face_to_face"
    Virtual,       ///< "virtual"
    Questionnaire, ///< "questionnaire": an RHA by questionnaire, never an IHA
    Other,
};

/// A child's recorded sex (children.sex).
enum class Sex
{
    Female,  ///< "F"
    Male,    ///< "M"
    NotKnown ///< "U" or anything else
};

/// What was wrong with a request's paperwork (paperwork_issues.problem).
enum class PaperworkProblem
{
    ConsentMissing,          ///< "consent_missing"
    ConsentUnsigned,         ///< "consent_unsigned"
    PartAIncomplete,         ///< "part_a_incomplete"
    ReferralMissing,         ///< "referral_missing"
    NhsNumberWrong,          ///< "nhs_number_wrong"
    PlacementDetailsMissing, ///< "placement_details_missing"
    Other,                   ///< "other": needs words saying what
    NotKnown,                ///< anything else
};

/// Who carried out a completed assessment (assessments.completed_by).
enum class Clinician
{
    None,    ///< "": not completed, or not recorded
    Doctor,  ///< "doctor"
    Nurse,   ///< "nurse"
    Midwife, ///< "midwife"
    Other,
};

AssessmentStatus assessmentStatusFromCode(const QString& code);
PaperworkStatus paperworkStatusFromCode(const QString& code);
DoctorReview doctorReviewFromCode(const QString& code);
AppointmentOutcome appointmentOutcomeFromCode(const QString& code);
AppointmentMode appointmentModeFromCode(const QString& code);
Sex sexFromCode(const QString& code);
Clinician clinicianFromCode(const QString& code);
PaperworkProblem paperworkProblemFromCode(const QString& code);

// The stored code of each value, for the data layer and for looking up a CodeList label. The
// catch-all enumerators (Other) have no code of their own and give an empty string.
QString assessmentStatusCode(AssessmentStatus status);
QString paperworkStatusCode(PaperworkStatus status);
QString doctorReviewCode(DoctorReview review);
QString clinicianCode(Clinician clinician);
QString appointmentModeCode(AppointmentMode mode);
QString appointmentOutcomeCode(AppointmentOutcome outcome);
QString paperworkProblemCode(PaperworkProblem problem);
/// "F", "M", or "U" for not known.
QString sexCode(Sex sex);

} // namespace lac
