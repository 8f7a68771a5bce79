// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/AssessmentService.h"

#include "rules/AssessmentLifecycle.h"

#include "services/OutOfAreaSettlement.h"

#include "common/DisplayDate.h"
#include "data/AssessmentRepository.h"
#include "data/ChildRecordRepository.h"
#include "data/PaperworkIssueRepository.h"
#include "data/SqlTransaction.h"
#include "domain/CaseCodes.h"
#include "domain/CodeList.h"
#include "rules/CompletionTimeliness.h"
#include "security/AccessPolicy.h"

namespace lac {
namespace {

Failure dateFailure(const QString& field)
{
    return {AssessmentService::tr("enter the date as dd/mm/yyyy"), field};
}

} // namespace

AssessmentService::AssessmentService(const CaseContext& context)
    : m_ctx(context)
{}

Result<AssessmentRecord> AssessmentService::assessment(qint64 id) const
{
    return AssessmentRepository(m_ctx.db).find(id);
}

Result<QList<AssessmentRecord>> AssessmentService::forChild(qint64 childId) const
{
    return AssessmentRepository(m_ctx.db).forChild(childId);
}

Result<QList<AppointmentRecord>> AssessmentService::appointments(qint64 assessmentId) const
{
    return AssessmentRepository(m_ctx.db).appointments(assessmentId);
}

Result<BookingSuggestions> AssessmentService::bookingSuggestions() const
{
    return AssessmentRepository(m_ctx.db).bookingSuggestions();
}

Result<AppointmentRecord> AssessmentService::appointment(qint64 id) const
{
    return AssessmentRepository(m_ctx.db).findAppointment(id);
}

bool AssessmentService::wouldBeLate(const AssessmentRecord& a, QDate completed) const
{
    return CompletionTimeliness::isLate(a.kind, a.due, completed, m_ctx.policy);
}

Result<AssessmentRecord> AssessmentService::forChange(qint64 assessmentId, int version,
                                                      Permission permission) const
{
    if (auto s = AccessPolicy::require(m_ctx.user(), permission); !s)
        return s.failure();
    auto found = assessment(assessmentId);
    if (!found)
        return found.failure();
    AssessmentRecord a = found.value();
    a.version = version;
    return a;
}

Status AssessmentService::save(const AssessmentRecord& before, const AssessmentRecord& after,
                               const QString& summary) const
{
    SqlTransaction tx(m_ctx.db, after.childId);
    if (!tx.begun())
        return tx.begun();
    if (auto s = AssessmentRepository(m_ctx.db).update(after); !s)
        return s;
    if (auto s =
            m_ctx.audit.append({QStringLiteral("update"), QStringLiteral("assessments"), after.id,
                                after.childId, summary, before.toJson(), after.toJson()});
        !s)
        return s;
    return tx.commit();
}

Status AssessmentService::recordRequestSent(qint64 assessmentId, int version, QDate sent) const
{
    auto found = forChange(assessmentId, version, Permission::EditCaseData);
    if (!found)
        return found.failure();
    AssessmentRecord a = found.value();
    const QString field = tr("Request sent");
    if (!sent.isValid())
        return dateFailure(field);
    if (auto why = AssessmentLifecycle::whyNot(AssessmentStep::RecordRequest, a); !why.isEmpty())
        return Failure{why, field};
    if (sent > m_ctx.today())
        return Failure{tr("the date is in the future"), field};
    if (sent < a.clockStart)
        return Failure{tr("the request cannot be sent before %1 (%2)")
                           .arg(displayDate(a.clockStart),
                                a.isIha() ? tr("the start of care") : tr("the last assessment")),
                       field};
    const AssessmentRecord before = a;
    a.requestedDate = sent;
    a.status = AssessmentStatus::Requested;
    return save(before, a, tr("%1 request sent on %2").arg(a.kindName(), displayDate(sent)));
}

Status AssessmentService::acceptPaperwork(qint64 assessmentId, int version, QDate checked) const
{
    auto found = forChange(assessmentId, version, Permission::EditCaseData);
    if (!found)
        return found.failure();
    AssessmentRecord a = found.value();
    const QString field = tr("Paperwork checked");
    if (!checked.isValid())
        return dateFailure(field);
    auto open = PaperworkIssueRepository(m_ctx.db).openCount(assessmentId);
    if (!open)
        return open.failure();
    AssessmentSituation situation;
    situation.openPaperworkIssues = open.value();
    if (auto why = AssessmentLifecycle::whyNot(AssessmentStep::AcceptPaperwork, a, situation);
        !why.isEmpty())
        return Failure{why, field};
    if (checked > m_ctx.today())
        return Failure{tr("the date is in the future"), field};
    if (checked < a.requestedDate)
        return Failure{tr("paperwork cannot be checked before the request was sent (%1)")
                           .arg(displayDate(a.requestedDate)),
                       field};
    const AssessmentRecord before = a;
    a.paperworkStatus = PaperworkStatus::Complete;
    a.paperworkCompleteDate = checked;
    return save(before, a,
                tr("%1 paperwork accepted on %2").arg(a.kindName(), displayDate(checked)));
}

Status AssessmentService::checkLateReason(const AssessmentRecord& a, QDate completed,
                                          const QString& code) const
{
    if (!wouldBeLate(a, completed))
        return {};
    if (code.isEmpty())
        return Failure{tr("this %1 was due on %2 and completed on %3, %n day(s) late: choose "
                          "why it was late (the reason says whose delay it was)",
                          nullptr, int(a.due.daysTo(completed)))
                           .arg(a.kindName(), displayDate(a.due), displayDate(completed)),
                       tr("Late reason")};
    auto exists = AssessmentRepository(m_ctx.db).lateReasonExists(code);
    if (!exists)
        return exists.failure();
    if (!exists.value())
        return Failure{tr("choose a late reason from the list"), tr("Late reason")};
    return {};
}

Result<DueDateChanges> AssessmentService::recordOutcome(const Outcome& o) const
{
    if (auto s = AccessPolicy::require(m_ctx.user(), Permission::EditCaseData); !s)
        return s.failure();
    const AssessmentRepository repo(m_ctx.db);
    auto foundAppointment = repo.findAppointment(o.appointmentId);
    if (!foundAppointment)
        return foundAppointment.failure();
    AppointmentRecord p = foundAppointment.value();
    p.version = o.appointmentVersion;
    auto found = repo.find(p.assessmentId);
    if (!found)
        return found.failure();
    AssessmentRecord a = found.value();
    a.version = o.assessmentVersion;

    if (appointmentOutcomeFromCode(p.outcome) != AppointmentOutcome::Booked)
        return Failure{tr("this appointment already has an outcome (%1)")
                           .arg(CodeList::label(CodeList::appointmentOutcomes(), p.outcome)),
                       tr("Outcome")};
    const AppointmentOutcome outcome = appointmentOutcomeFromCode(o.outcome);
    if (outcome == AppointmentOutcome::Rescheduled)
        return Failure{tr("to move the appointment, use \"Move appointment\""), tr("Outcome")};
    if (outcome == AppointmentOutcome::Booked ||
        !CodeList::contains(CodeList::appointmentOutcomes(), o.outcome))
        return Failure{tr("choose what happened"), tr("Outcome")};
    const bool attended = outcome == AppointmentOutcome::Attended;
    const QString dateField = attended ? tr("Completed on") : tr("Date");
    if (!o.date.isValid())
        return dateFailure(dateField);
    if (o.date > m_ctx.today())
        return Failure{tr("the date is in the future; record the outcome on or after the day"),
                       dateField};
    if (attended) {
        if (o.date < p.scheduledAt.date())
            return Failure{tr("the assessment cannot be completed before the appointment (%1)")
                               .arg(displayDate(p.scheduledAt.date())),
                           dateField};
        if (o.completedBy == Clinician::None || o.completedBy == Clinician::Other)
            return Failure{tr("choose who did the assessment"), tr("Completed by")};
        if (auto s = checkLateReason(a, o.date, o.lateReasonCode); !s)
            return s.failure();
    } else if (a.requestedDate.isValid() && o.date < a.requestedDate) {
        return Failure{
            tr("the date is before the request was sent (%1)").arg(displayDate(a.requestedDate)),
            dateField};
    }

    SqlTransaction tx(m_ctx.db, a.childId);
    if (!tx.begun())
        return tx.begun().failure();
    auto before = repo.forChild(a.childId);
    if (!before)
        return before.failure();
    const AppointmentRecord appointmentBefore = p;
    p.outcome = o.outcome;
    p.outcomeDate = o.date;
    if (!o.notes.isEmpty())
        p.notes = o.notes;
    if (auto s = repo.updateAppointmentOutcome(p); !s)
        return s.failure();
    const AssessmentRecord assessmentBefore = a;
    if (attended) {
        a.status = AssessmentStatus::Completed;
        a.completedDate = o.date;
        a.completedBy = o.completedBy;
        a.doctorReview = a.isIha() && o.completedBy != Clinician::Doctor ? DoctorReview::Pending
                                                                         : DoctorReview::NotNeeded;
        if (wouldBeLate(a, o.date)) {
            a.lateReasonCode = o.lateReasonCode;
            a.lateReasonNote = o.lateReasonNote;
        } else {
            a.lateReasonCode.clear();
            a.lateReasonNote.clear();
        }
    } else {
        a.status = AssessmentStatus::Requested; // ready to rebook
    }
    if (auto s = repo.update(a); !s)
        return s.failure();
    if (attended) {
        if (auto s = m_ctx.dueDates.recompute({a.childId}, m_ctx.today()); !s)
            return s.failure();
        if (auto s = OutOfAreaSettlement::settle(m_ctx, a.childId); !s)
            return s.failure();
    }
    auto after = repo.forChild(a.childId);
    if (!after)
        return after.failure();
    const QString outcomeWords = CodeList::label(CodeList::appointmentOutcomes(), o.outcome);
    if (auto s = m_ctx.audit.append({QStringLiteral("update"), QStringLiteral("appointments"), p.id,
                                     a.childId,
                                     tr("%1 appointment outcome: %2 (%3)")
                                         .arg(a.kindName(), outcomeWords, displayDate(o.date)),
                                     appointmentBefore.toJson(), p.toJson()});
        !s)
        return s.failure();
    if (auto s = m_ctx.audit.append(
            {QStringLiteral("update"), QStringLiteral("assessments"), a.id, a.childId,
             attended ? tr("%1 completed on %2").arg(a.kindName(), displayDate(o.date))
                      : tr("%1 to be rebooked").arg(a.kindName()),
             assessmentBefore.toJson(), a.toJson()});
        !s)
        return s.failure();
    if (auto s = tx.commit(); !s)
        return s.failure();
    return DueDateChanges::compare(before.value(), after.value());
}

Status AssessmentService::recordReportReceived(qint64 assessmentId, int version,
                                               QDate received) const
{
    auto found = forChange(assessmentId, version, Permission::EditCaseData);
    if (!found)
        return found.failure();
    AssessmentRecord a = found.value();
    const QString field = tr("Report received");
    if (!received.isValid())
        return dateFailure(field);
    if (auto why = AssessmentLifecycle::whyNot(AssessmentStep::RecordReport, a); !why.isEmpty())
        return Failure{why, field};
    if (received < a.completedDate)
        return Failure{tr("the report cannot arrive before the assessment was done (%1)")
                           .arg(displayDate(a.completedDate)),
                       field};
    if (received > m_ctx.today())
        return Failure{tr("the date is in the future"), field};
    const AssessmentRecord before = a;
    a.reportReceivedDate = received;
    return save(before, a, tr("%1 report received on %2").arg(a.kindName(), displayDate(received)));
}

Status AssessmentService::recordDoctorReview(qint64 assessmentId, int version) const
{
    auto found = forChange(assessmentId, version, Permission::SignOffDoctorReview);
    if (!found)
        return found.failure();
    AssessmentRecord a = found.value();
    if (auto why = AssessmentLifecycle::whyNot(AssessmentStep::SignOffDoctorReview, a);
        !why.isEmpty())
        return Failure{why, tr("Doctor review")};
    const AssessmentRecord before = a;
    a.doctorReview = DoctorReview::Done;
    return save(before, a, tr("doctor review of the %1 done").arg(a.kindName()));
}

Status AssessmentService::setLateReason(qint64 assessmentId, int version, const QString& code,
                                        const QString& note) const
{
    auto found = forChange(assessmentId, version, Permission::EditCaseData);
    if (!found)
        return found.failure();
    AssessmentRecord a = found.value();
    AssessmentSituation situation;
    situation.policy = m_ctx.policy;
    if (auto why = AssessmentLifecycle::whyNot(AssessmentStep::GiveLateReason, a, situation);
        !why.isEmpty())
        return Failure{why, tr("Late reason")};
    if (code.isEmpty())
        return Failure{tr("choose why it was late"), tr("Late reason")};
    if (auto s = checkLateReason(a, a.completedDate, code); !s)
        return s;
    const AssessmentRecord before = a;
    a.lateReasonCode = code;
    a.lateReasonNote = note;
    return save(before, a, tr("late reason for the %1: %2").arg(a.kindName(), code));
}

} // namespace lac
