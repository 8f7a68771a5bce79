// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/CaseCodes.h"

#include "domain/CodeTable.h"

namespace lac {

namespace {

using namespace codetable;

using S = AssessmentStatus;
constexpr CodeTable<S> statusCodes{{S::Open, "open"},
                                   {S::Requested, "requested"},
                                   {S::Booked, "booked"},
                                   {S::Completed, "completed"},
                                   {S::NotRequired, "not_required"}};
using P = PaperworkStatus;
constexpr CodeTable<P> paperworkCodes{
    {P::Awaited, "awaited"}, {P::Incomplete, "incomplete"}, {P::Complete, "complete"}};
using D = DoctorReview;
constexpr CodeTable<D> reviewCodes{
    {D::NotNeeded, "not_needed"}, {D::Pending, "pending"}, {D::Done, "done"}};
using M = AppointmentMode;
constexpr CodeTable<M> modeCodes{
    {M::FaceToFace, "face_to_face"}, {M::Virtual, "virtual"}, {M::Questionnaire, "questionnaire"}};
using C = Clinician;
constexpr CodeTable<C> clinicianCodes{
    {C::Doctor, "doctor"}, {C::Nurse, "nurse"}, {C::Midwife, "midwife"}};

using O = AppointmentOutcome;
constexpr CodeTable<O> outcomeCodes{{O::Booked, "booked"},
                                    {O::Attended, "attended"},
                                    {O::WasNotBrought, "was_not_brought"},
                                    {O::CancelledByCarer, "cancelled_by_carer"},
                                    {O::CancelledByHealth, "cancelled_by_health"},
                                    {O::CancelledByChild, "cancelled_by_child"},
                                    {O::Declined, "declined"},
                                    {O::Rescheduled, "rescheduled"}};
using W = PaperworkProblem;
constexpr CodeTable<W> problemCodes{{W::ConsentMissing, "consent_missing"},
                                    {W::ConsentUnsigned, "consent_unsigned"},
                                    {W::PartAIncomplete, "part_a_incomplete"},
                                    {W::ReferralMissing, "referral_missing"},
                                    {W::NhsNumberWrong, "nhs_number_wrong"},
                                    {W::PlacementDetailsMissing, "placement_details_missing"},
                                    {W::Other, "other"}};
constexpr CodeTable<Sex> sexCodes{{Sex::Female, "F"}, {Sex::Male, "M"}, {Sex::NotKnown, "U"}};

} // namespace

AssessmentStatus assessmentStatusFromCode(const QString& code)
{
    return lookUp(statusCodes, code, S::Other);
}

PaperworkStatus paperworkStatusFromCode(const QString& code)
{
    return lookUp(paperworkCodes, code, P::Other);
}

DoctorReview doctorReviewFromCode(const QString& code)
{
    return lookUp(reviewCodes, code, D::Other);
}

Clinician clinicianFromCode(const QString& code)
{
    return code.isEmpty() ? C::None : lookUp(clinicianCodes, code, C::Other);
}

PaperworkProblem paperworkProblemFromCode(const QString& code)
{
    return lookUp(problemCodes, code, W::NotKnown);
}

QString paperworkProblemCode(PaperworkProblem problem)
{
    return codeOf(problemCodes, problem);
}

QString assessmentStatusCode(AssessmentStatus status)
{
    return codeOf(statusCodes, status);
}

QString paperworkStatusCode(PaperworkStatus status)
{
    return codeOf(paperworkCodes, status);
}

QString doctorReviewCode(DoctorReview review)
{
    return codeOf(reviewCodes, review);
}

QString clinicianCode(Clinician clinician)
{
    return codeOf(clinicianCodes, clinician);
}

AppointmentOutcome appointmentOutcomeFromCode(const QString& code)
{
    return lookUp(outcomeCodes, code, O::Other);
}

QString appointmentOutcomeCode(AppointmentOutcome outcome)
{
    return codeOf(outcomeCodes, outcome);
}

AppointmentMode appointmentModeFromCode(const QString& code)
{
    return lookUp(modeCodes, code, M::Other);
}

QString appointmentModeCode(AppointmentMode mode)
{
    return codeOf(modeCodes, mode);
}

Sex sexFromCode(const QString& code)
{
    return lookUp(sexCodes, code, Sex::NotKnown);
}

QString sexCode(Sex sex)
{
    return codeOf(sexCodes, sex);
}
} // namespace lac
