// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The steps of an assessment (request, paperwork, booking, outcome, report, doctor review,
// late reason, out of area): each opens its dialog and hands the answer to the services. The
// tab itself (tables, selection, which step is allowed) is AssessmentsTab.cpp.
#include "AssessmentsTab.h"

#include "BookingDialog.h"
#include "CaseWork.h"
#include "DateStepDialog.h"
#include "OutOfAreaRequestDialog.h"
#include "OutcomeDialog.h"
#include "PaperworkIssueDialog.h"
#include "common/DisplayDate.h"
#include "domain/CaseCodes.h"
#include "domain/ChildRecord.h"
#include "domain/CodeList.h"
#include "domain/PaperworkLog.h"
#include "services/AppServices.h"

#include <QMessageBox>

namespace lac {

void AssessmentsTab::recordRequest()
{
    const AssessmentRecord* a = currentAssessment();
    if (!a)
        return;
    const AssessmentRecord rec = *a;
    const QDate today = work().services().caseContext().today();
    auto* d = new DateStepDialog(tr("Request sent"),
                                 tr("%1. The request should go within %2 working days (by %3).")
                                     .arg(assessmentTitle(rec))
                                     .arg(work().services().policy().ihaRequestWorkingDays)
                                     .arg(displayDate(rec.requestDue)),
                                 today, QString(), this);
    d->setSubmit([this, d, rec] {
        Status s =
            work().services().assessments().recordRequestSent(rec.id, rec.version, d->date());
        if (s)
            frame().showChanges(tr("%1 request recorded as sent on %2.")
                                    .arg(rec.kindName(), displayDate(d->date())),
                                {});
        return s;
    });
    frame().open(d);
}

void AssessmentsTab::acceptPaperwork()
{
    const AssessmentRecord* a = currentAssessment();
    if (!a)
        return;
    const AssessmentRecord rec = *a;
    auto* d = new DateStepDialog(
        tr("Paperwork checked"),
        tr("%1. Referral, Part A and signed consent are all right.").arg(assessmentTitle(rec)),
        work().services().caseContext().today(), QString(), this);
    d->setSubmit([this, d, rec] {
        Status s = work().services().assessments().acceptPaperwork(rec.id, rec.version, d->date());
        if (s)
            frame().showChanges(tr("Paperwork accepted: the %1 can be booked.").arg(rec.kindName()),
                                {});
        return s;
    });
    frame().open(d);
}

void AssessmentsTab::putPaperworkRight()
{
    const AssessmentRecord* a = currentAssessment();
    if (!a)
        return;
    const AssessmentRecord rec = *a;
    QList<PaperworkIssueRecord> openIssues;
    QStringList problems;
    PaperworkLogQuery query;
    query.childId = frame().child().id;
    query.show = PaperworkLogQuery::Show::All;
    query.today = work().services().caseContext().today();
    const auto& log = work().lists().paperworkLog();
    auto rows = log.page(query, 0, 1000);
    if (!rows) {
        QMessageBox::warning(this, tr("Paperwork put right"), rows.failure().text());
        return;
    }
    for (const PaperworkLogRow& row : rows.value()) {
        const PaperworkIssueRecord& issue = row.issue;
        if (issue.assessmentId == rec.id && issue.isOpen()) {
            openIssues << issue;
            problems << CodeList::label(CodeList::paperworkProblems(), issue.problem);
        }
    }
    if (openIssues.isEmpty())
        return;
    auto* d =
        new DateStepDialog(tr("Paperwork put right"),
                           tr("%1. Came back right: %2. The request then moves on to booking.")
                               .arg(assessmentTitle(rec), problems.join(QStringLiteral("; "))),
                           work().services().caseContext().today(), QString(), this);
    d->setSubmit([this, d, rec, openIssues] {
        // Each issue is its own saved step; the last one moves the request on.
        bool movedOn = false;
        for (const PaperworkIssueRecord& issue : openIssues) {
            auto r = work().services().paperwork().putRight(issue.id, issue.version, d->date());
            if (!r)
                return Status(r.failure());
            movedOn = r.value();
        }
        frame().showChanges(
            movedOn ? tr("Paperwork complete: the %1 can now be booked.").arg(rec.kindName())
                    : tr("Put right; other paperwork issues for the %1 are still open.")
                          .arg(rec.kindName()),
            {});
        return Status();
    });
    frame().open(d);
}

void AssessmentsTab::logPaperworkIssue()
{
    const AssessmentRecord* a = currentAssessment();
    if (!a)
        return;
    const AssessmentRecord rec = *a;
    PaperworkIssueRecord draft;
    draft.assessmentId = rec.id;
    draft.problem = QStringLiteral("consent_missing");
    auto* d = new PaperworkIssueDialog(assessmentTitle(rec), draft,
                                       work().services().caseContext().today(), this);
    d->setWindowTitle(tr("Log a paperwork issue"));
    d->setSubmit([this, d, rec] {
        auto r = work().services().paperwork().logIssue(rec.version, d->issue());
        if (!r)
            return Status(r.failure());
        frame().showChanges(
            tr("Paperwork issue logged: the %1 request waits for social care.").arg(rec.kindName()),
            {});
        return Status();
    });
    frame().open(d);
}

std::optional<AppointmentRecord> AssessmentsTab::pendingBooking(const AssessmentRecord& rec) const
{
    auto attempts = work().services().assessments().appointments(rec.id);
    if (!attempts || attempts.value().isEmpty() ||
        appointmentOutcomeFromCode(attempts.value().last().outcome) != AppointmentOutcome::Booked)
        return std::nullopt;
    return attempts.value().last();
}

BookingDialog* AssessmentsTab::bookingDialog(const QString& heading, const AssessmentRecord& rec,
                                             const AppointmentRecord& initial)
{
    auto providers = work().lists().providers();
    auto* d =
        new BookingDialog(heading, rec.isIha(),
                          providers ? providers.value() : QList<ReferenceItem>(), initial, this);
    if (auto earlier = work().services().assessments().bookingSuggestions())
        d->setSuggestions(earlier.value());
    return d;
}

QStringList AssessmentsTab::lateBookingWarning(const AssessmentRecord& rec,
                                               const AppointmentRecord& booking)
{
    if (booking.scheduledAt.date() <= rec.due)
        return {};
    return {tr("The appointment is after the due date (%1): the %2 will be late.")
                .arg(displayDate(rec.due), rec.kindName())};
}

void AssessmentsTab::book()
{
    const AssessmentRecord* a = currentAssessment();
    if (!a)
        return;
    const AssessmentRecord rec = *a;
    AppointmentRecord initial;
    initial.scheduledAt =
        QDateTime(work().services().caseContext().today().addDays(7), QTime(10, 0));
    auto attempts = work().services().assessments().appointments(rec.id);
    if (attempts && !attempts.value().isEmpty()) { // a rebook starts from the last attempt
        const AppointmentRecord& last = attempts.value().last();
        initial.providerId = last.providerId;
        initial.clinician = last.clinician;
        initial.venue = last.venue;
        initial.mode = last.mode;
        initial.interpreterNeeded = last.interpreterNeeded;
        initial.interpreterLanguage = last.interpreterLanguage;
    }
    BookingDialog* d = bookingDialog(assessmentTitle(rec), rec, initial);
    d->setWindowTitle(attempts && !attempts.value().isEmpty()
                          ? tr("Rebook the %1").arg(rec.kindName())
                          : tr("Book the %1").arg(rec.kindName()));
    d->setSubmit([this, d, rec] {
        const AppointmentRecord b = d->booking();
        auto r = work().services().assessments().book(rec.id, rec.version, b);
        if (!r)
            return Status(r.failure());
        frame().showChanges(
            tr("%1 booked for %2.").arg(rec.kindName(), displayDateTime(b.scheduledAt)),
            lateBookingWarning(rec, b));
        return Status();
    });
    frame().open(d);
}

void AssessmentsTab::recordOutcome()
{
    const AssessmentRecord* a = currentAssessment();
    if (!a)
        return;
    const AssessmentRecord rec = *a;
    const std::optional<AppointmentRecord> pending = pendingBooking(rec);
    if (!pending)
        return;
    const AppointmentRecord p = *pending;
    auto reasons = work().lists().lateReasons();
    const int tolerance = rec.isIha() ? 0 : work().services().policy().rhaToleranceDays;
    auto* d = new OutcomeDialog(
        tr("%1 — appointment %2 at %3")
            .arg(assessmentTitle(rec), displayDateTime(p.scheduledAt), p.venue),
        rec.due.addDays(tolerance), reasons ? reasons.value() : QList<ReferenceItem>(),
        qMin(work().services().caseContext().today(), qMax(p.scheduledAt.date(), rec.clockStart)),
        this);
    d->setSubmit([this, d, rec, p] {
        AssessmentService::Outcome o{p.id,      p.version,        rec.version,     d->outcome(),
                                     d->date(), d->completedBy(), d->lateReason(), d->lateNote(),
                                     d->notes()};
        auto r = work().services().assessments().recordOutcome(o);
        if (!r)
            return Status(r.failure());
        const bool attended = appointmentOutcomeFromCode(o.outcome) == AppointmentOutcome::Attended;
        frame().showChanges(
            attended ? tr("%1 completed on %2.").arg(rec.kindName(), displayDate(o.date))
                     : tr("Outcome recorded (%1): rebook the %2.")
                           .arg(CodeList::label(CodeList::appointmentOutcomes(), o.outcome),
                                rec.kindName()),
            r.value().lines());
        return Status();
    });
    frame().open(d);
}

void AssessmentsTab::moveAppointment()
{
    const AssessmentRecord* a = currentAssessment();
    if (!a)
        return;
    const AssessmentRecord rec = *a;
    const std::optional<AppointmentRecord> pending = pendingBooking(rec);
    if (!pending)
        return;
    const AppointmentRecord old = *pending;
    AppointmentRecord initial = old;
    initial.notes.clear();
    const QString oldTime = displayDateTime(old.scheduledAt);
    BookingDialog* d =
        bookingDialog(tr("%1 — booked for %2").arg(assessmentTitle(rec), oldTime), rec, initial);
    d->askWhyMoved();
    d->setWindowTitle(tr("Move the %1 appointment").arg(rec.kindName()));
    d->setSubmit([this, d, rec, old, oldTime] {
        const AppointmentRecord b = d->booking();
        auto r = work().services().assessments().reschedule(
            {rec.id, rec.version, old.id, old.version, b, d->whyMoved()});
        if (!r)
            return Status(r.failure());
        frame().showChanges(tr("%1 appointment moved from %2 to %3.")
                                .arg(rec.kindName(), oldTime, displayDateTime(b.scheduledAt)),
                            lateBookingWarning(rec, b));
        return Status();
    });
    frame().open(d);
}

void AssessmentsTab::reportReceived()
{
    const AssessmentRecord* a = currentAssessment();
    if (!a)
        return;
    const AssessmentRecord rec = *a;
    auto* d = new DateStepDialog(
        tr("Report received"),
        tr("%1: the report and health plan came back.").arg(assessmentTitle(rec)),
        work().services().caseContext().today(), QString(), this);
    d->setSubmit([this, d, rec] {
        Status s =
            work().services().assessments().recordReportReceived(rec.id, rec.version, d->date());
        if (s)
            frame().showChanges(
                tr("%1 report received on %2.").arg(rec.kindName(), displayDate(d->date())), {});
        return s;
    });
    frame().open(d);
}

void AssessmentsTab::doctorReview()
{
    const AssessmentRecord* a = currentAssessment();
    if (!a)
        return;
    if (Status s = work().services().assessments().recordDoctorReview(a->id, a->version); !s)
        QMessageBox::warning(this, tr("Doctor review"), s.failure().text());
    else
        frame().showChanges(tr("Doctor review signed off."), {});
}

void AssessmentsTab::giveLateReason()
{
    const AssessmentRecord* a = currentAssessment();
    if (!a)
        return;
    const AssessmentRecord rec = *a;
    auto reasons = work().lists().lateReasons();
    auto* d = new OutcomeDialog(
        tr("%1, completed %2").arg(assessmentTitle(rec), displayDate(rec.completedDate)), rec.due,
        reasons ? reasons.value() : QList<ReferenceItem>(), rec.completedDate, this);
    d->setWindowTitle(rec.lateReasonCode.isEmpty() ? tr("Why was it late?")
                                                   : tr("Change why it was late"));
    d->setLateReason(rec.lateReasonCode, rec.lateReasonNote);
    d->setSubmit([this, d, rec] {
        Status s = work().services().assessments().setLateReason(rec.id, rec.version,
                                                                 d->lateReason(), d->lateNote());
        if (s)
            frame().showChanges(tr("Late reason recorded for the %1.").arg(rec.kindName()), {});
        return s;
    });
    frame().open(d);
}

void AssessmentsTab::referOutOfArea()
{
    const AssessmentRecord* a = currentAssessment();
    if (!a)
        return;
    const AssessmentRecord rec = *a;
    auto authorities = work().lists().authorities();
    auto providers = work().lists().providers();
    OutOfAreaRequestRecord draft;
    draft.assessmentId = rec.id;
    draft.requestedDate = work().services().caseContext().today();
    auto placements = work().services().childCases().placements(frame().child().id);
    if (placements && !placements.value().isEmpty())
        draft.hostAuthorityId = placements.value().last().hostAuthorityId;
    auto* d = new OutOfAreaRequestDialog(
        assessmentTitle(rec), authorities ? authorities.value() : QList<ReferenceItem>(),
        providers ? providers.value() : QList<ReferenceItem>(), draft, this);
    d->setSubmit([this, d, rec] {
        auto r = work().services().outOfArea().openRequest(d->request());
        if (!r)
            return Status(r.failure());
        frame().showChanges(tr("Out-of-area request recorded for the %1.").arg(rec.kindName()), {});
        return Status();
    });
    frame().open(d);
}

} // namespace lac
