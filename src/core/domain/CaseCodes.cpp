// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/CaseCodes.h"

#include <initializer_list>
#include <utility>

namespace lac {

namespace {

/// The enumerator whose code is \a code, else \a otherwise. One table per enum, so that each
/// stored code is spelled once here.
template <typename E>
E lookUp(std::initializer_list<std::pair<E, const char*>> table, const QString& code, E otherwise)
{
    for (const auto& [value, text] : table)
        if (code == QLatin1String(text))
            return value;
    return otherwise;
}

} // namespace

AssessmentStatus assessmentStatusFromCode(const QString& code)
{
    using S = AssessmentStatus;
    return lookUp<S>({{S::Open, "open"},
                      {S::Requested, "requested"},
                      {S::Booked, "booked"},
                      {S::Completed, "completed"},
                      {S::NotRequired, "not_required"}},
                     code, S::Other);
}

PaperworkStatus paperworkStatusFromCode(const QString& code)
{
    using P = PaperworkStatus;
    return lookUp<P>(
        {{P::Awaited, "awaited"}, {P::Incomplete, "incomplete"}, {P::Complete, "complete"}}, code,
        P::Other);
}

DoctorReview doctorReviewFromCode(const QString& code)
{
    using D = DoctorReview;
    return lookUp<D>({{D::NotNeeded, "not_needed"}, {D::Pending, "pending"}, {D::Done, "done"}},
                     code, D::Other);
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
    using M = AppointmentMode;
    return lookUp<M>({{M::FaceToFace, "face_to_face"},
                      {M::Virtual, "virtual"},
                      {M::Questionnaire, "questionnaire"}},
                     code, M::Other);
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
