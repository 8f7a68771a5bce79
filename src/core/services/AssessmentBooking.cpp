// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Booking an assessment and moving a booking: the two steps that write an appointment, kept
// apart from the rest of the lifecycle (AssessmentService.cpp) so that they share one check.
#include "services/AssessmentService.h"

#include "rules/AssessmentLifecycle.h"

#include "data/AssessmentRepository.h"
#include "data/SqlTransaction.h"
#include "domain/CaseCodes.h"
#include "domain/CodeList.h"
#include "security/AccessPolicy.h"

#include "common/DisplayDate.h"

namespace lac {

Status AssessmentService::checkBooking(const AssessmentRecord& a,
                                       const AppointmentRecord& booking) const
{
    const AssessmentRepository repo(m_ctx.db);
    if (booking.providerId <= 0)
        return Failure{tr("choose the provider"), tr("Provider")};
    auto providerOk = repo.providerExists(booking.providerId);
    if (!providerOk)
        return providerOk.failure();
    if (!providerOk.value())
        return Failure{tr("choose a provider from the list"), tr("Provider")};
    if (!CodeList::contains(CodeList::appointmentModes(), booking.mode))
        return Failure{tr("choose face to face, virtual or questionnaire"), tr("Mode")};
    const AppointmentMode mode = appointmentModeFromCode(booking.mode);
    if (a.isIha() && mode == AppointmentMode::Questionnaire)
        return Failure{tr("an initial health assessment is a doctor's assessment and cannot be "
                          "done by questionnaire"),
                       tr("Mode")};
    if (!booking.scheduledAt.isValid())
        return Failure{tr("enter the date and time as dd/mm/yyyy hh:mm"), tr("Date and time")};
    if (a.requestedDate.isValid() && booking.scheduledAt.date() < a.requestedDate)
        return Failure{tr("the appointment is before the request was sent (%1)")
                           .arg(displayDate(a.requestedDate)),
                       tr("Date and time")};
    if (booking.scheduledAt.date() > m_ctx.today().addYears(1))
        return Failure{tr("the appointment is more than a year ahead; check the year"),
                       tr("Date and time")};
    if (mode != AppointmentMode::Questionnaire && booking.venue.trimmed().isEmpty())
        return Failure{mode == AppointmentMode::Virtual
                           ? tr("enter how to join (the link or the phone number)")
                           : tr("enter the venue"),
                       tr("Venue")};
    if (booking.interpreterNeeded && booking.interpreterLanguage.trimmed().isEmpty())
        return Failure{tr("enter the language the interpreter is needed for"),
                       tr("Interpreter language")};
    return {};
}

Result<qint64> AssessmentService::book(qint64 assessmentId, int version,
                                       const AppointmentRecord& booking) const
{
    auto found = forChange(assessmentId, version, Permission::EditCaseData);
    if (!found)
        return found.failure();
    AssessmentRecord a = found.value();
    const AssessmentRepository repo(m_ctx.db);
    // A booked assessment falls through to the check below, which names the appointment.
    if (a.status != AssessmentStatus::Booked) {
        if (auto why = AssessmentLifecycle::whyNot(AssessmentStep::Book, a); !why.isEmpty())
            return Failure{why, a.paperworkStatus == PaperworkStatus::Complete ? tr("Booking")
                                                                               : tr("Paperwork")};
    }
    auto pending = repo.openBooking(assessmentId);
    if (!pending)
        return pending.failure();
    if (pending.value())
        return Failure{tr("the appointment on %1 has no outcome yet: record what happened, or "
                          "move it, before rebooking")
                           .arg(displayDateTime(pending.value()->scheduledAt)),
                       tr("Booking")};
    if (auto s = checkBooking(a, booking); !s)
        return s.failure();

    AppointmentRecord b = booking;
    b.assessmentId = assessmentId;
    b.outcome = QStringLiteral("booked");
    if (!b.interpreterNeeded)
        b.interpreterLanguage.clear();

    SqlTransaction tx(m_ctx.db, a.childId);
    if (!tx.begun())
        return tx.begun().failure();
    const AssessmentRecord before = a;
    a.status = AssessmentStatus::Booked;
    if (auto s = repo.update(a); !s)
        return s.failure();
    auto id = repo.insertAppointment(b);
    if (!id)
        return id.failure();
    if (auto s = m_ctx.audit.append(
            {QStringLiteral("create"), QStringLiteral("appointments"), id.value(), a.childId,
             tr("%1 booked for %2").arg(a.kindName(), displayDateTime(b.scheduledAt)),
             before.toJson(), b.toJson()});
        !s)
        return s.failure();
    if (auto s = tx.commit(); !s)
        return s.failure();
    return id.value();
}

Result<qint64> AssessmentService::reschedule(const Move& move) const
{
    auto found = forChange(move.assessmentId, move.assessmentVersion, Permission::EditCaseData);
    if (!found)
        return found.failure();
    AssessmentRecord a = found.value();
    const AssessmentRepository repo(m_ctx.db);
    auto pending = repo.openBooking(a.id);
    if (!pending)
        return pending.failure();
    if (!pending.value() || pending.value()->id != move.appointmentId)
        return Failure{tr("this appointment is no longer booked (someone recorded what "
                          "happened, or moved it): close the window and look again"),
                       tr("Booking")};
    AppointmentRecord old = *pending.value();
    old.version = move.appointmentVersion;
    if (auto s = checkBooking(a, move.booking); !s)
        return s.failure();
    if (move.booking.scheduledAt == old.scheduledAt && move.booking.venue == old.venue &&
        move.booking.clinician == old.clinician && move.booking.providerId == old.providerId &&
        move.booking.mode == old.mode)
        return Failure{tr("nothing was changed: enter the new date, time or place"),
                       tr("Date and time")};
    if (move.reason.trimmed().isEmpty())
        return Failure{tr("say why it was moved (who asked, and why)"), tr("Why moved")};

    AppointmentRecord b = move.booking;
    b.assessmentId = a.id;
    b.outcome = QStringLiteral("booked");
    if (!b.interpreterNeeded)
        b.interpreterLanguage.clear();
    const AppointmentRecord oldBefore = old;
    old.outcome = QStringLiteral("rescheduled");
    old.outcomeDate = m_ctx.today();
    const QString movedTo =
        tr("Moved to %1: %2").arg(displayDateTime(b.scheduledAt), move.reason.trimmed());
    old.notes = old.notes.isEmpty() ? movedTo : old.notes + QLatin1Char('\n') + movedTo;

    SqlTransaction tx(m_ctx.db, a.childId);
    if (!tx.begun())
        return tx.begun().failure();
    // The assessment row is written too, so that a second window on the same assessment
    // (opened at the old version) is refused rather than booking over the move.
    if (auto s = repo.update(a); !s)
        return s.failure();
    if (auto s = repo.updateAppointmentOutcome(old); !s)
        return s.failure();
    auto id = repo.insertAppointment(b);
    if (!id)
        return id.failure();
    if (auto s = m_ctx.audit.append({QStringLiteral("update"), QStringLiteral("appointments"),
                                     old.id, a.childId,
                                     tr("%1 appointment of %2 moved to %3")
                                         .arg(a.kindName(), displayDateTime(old.scheduledAt),
                                              displayDateTime(b.scheduledAt)),
                                     oldBefore.toJson(), old.toJson()});
        !s)
        return s.failure();
    if (auto s = m_ctx.audit.append(
            {QStringLiteral("create"), QStringLiteral("appointments"), id.value(), a.childId,
             tr("%1 booked for %2").arg(a.kindName(), displayDateTime(b.scheduledAt)),
             oldBefore.toJson(), b.toJson()});
        !s)
        return s.failure();
    if (auto s = tx.commit(); !s)
        return s.failure();
    return id.value();
}

} // namespace lac
