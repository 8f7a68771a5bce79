// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/CaseCodes.h"

#include <initializer_list>
#include <utility>

namespace lac {

namespace {

template <typename E>
using CodeTable = std::initializer_list<std::pair<E, const char*>>;

/// The enumerator whose code is \a code, else \a otherwise. One table per enum, so that each
/// stored code is spelled once here and read and written by the same table.
template <typename E>
E lookUp(CodeTable<E> table, const QString& code, E otherwise)
{
    for (const auto& [value, text] : table)
        if (code == QLatin1String(text))
            return value;
    return otherwise;
}

/// The code of \a value in \a table; empty for a value the table does not name.
template <typename E>
QString codeOf(CodeTable<E> table, E value)
{
    for (const auto& [v, text] : table)
        if (v == value)
            return QString::fromLatin1(text);
    return {};
}

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
    using W = PaperworkProblem;
    return lookUp<W>({{W::ConsentMissing, "consent_missing"},
                      {W::ConsentUnsigned, "consent_unsigned"},
                      {W::PartAIncomplete, "part_a_incomplete"},
                      {W::ReferralMissing, "referral_missing"},
                      {W::NhsNumberWrong, "nhs_number_wrong"},
                      {W::PlacementDetailsMissing, "placement_details_missing"},
                      {W::Other, "other"}},
                     code, W::NotKnown);
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
    using O = AppointmentOutcome;
    return lookUp<O>({{O::Booked, "booked"},
                      {O::Attended, "attended"},
                      {O::WasNotBrought, "was_not_brought"},
                      {O::CancelledByCarer, "cancelled_by_carer"},
                      {O::CancelledByHealth, "cancelled_by_health"},
                      {O::CancelledByChild, "cancelled_by_child"},
                      {O::Declined, "declined"},
                      {O::Rescheduled, "rescheduled"}},
                     code, O::Other);
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
    return lookUp<Sex>({{Sex::Female, "F"}, {Sex::Male, "M"}}, code, Sex::NotKnown);
}

EpisodeReason episodeReasonFromCode(const QString& code)
{
    return lookUp<EpisodeReason>({{EpisodeReason::StartedCare, "S"}}, code, EpisodeReason::Change);
}

} // namespace lac
