// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The steps of a child's window (editing the child; request, paperwork, booking, outcome,
// report, doctor review, late reason, out of area; care starting, moving and ending): each
// opens its dialog and hands the answer to the services. The window itself (tabs, actions, reload)
// is ChildDetailView.cpp.
#include "ChildDetailView.h"

#include "AppointmentListModel.h"
#include "AssessmentListModel.h"
#include "BookingDialog.h"
#include "CaseWork.h"
#include "ChildEditDialog.h"
#include "DateStepDialog.h"
#include "EditChildCommand.h"
#include "OutOfAreaLogModel.h"
#include "OutOfAreaRequestDialog.h"
#include "OutcomeDialog.h"
#include "PagedTableModel.h"
#include "PaperworkIssueDialog.h"
#include "PaperworkLogModel.h"
#include "PlacementDialog.h"
#include "PlacementListModel.h"
#include "common/DisplayDate.h"
#include "common/WindowFit.h"
#include "domain/CaseCodes.h"
#include "domain/CodeList.h"
#include "domain/NhsNumber.h"
#include "domain/OutOfAreaLog.h"
#include "domain/PaperworkLog.h"
#include "rules/ChildAge.h"
#include "security/AccessPolicy.h"
#include "services/AppServices.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QSettings>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>

namespace lac {

void ChildDetailView::editChild()
{
    auto* d = new ChildEditDialog(m_child, this);
    const ChildRecord before = m_child;
    d->setSubmit([this, d, before] {
        const ChildRecord after = d->child();
        const ChildCaseService& service = m_work.services().childCases();
        if (Status s = service.updateChild(after); !s)
            return s;
        ChildRecord saved = service.child(before.id).value();
        m_work.undoStack()->push(
            new EditChildCommand(service, before, saved, [this](const QString& failure) {
                if (!failure.isEmpty())
                    QMessageBox::warning(this, tr("Undo"), failure);
                m_work.notifyChanged();
            }));
        showChanges(tr("Saved %1's details (Ctrl+Z undoes).").arg(saved.displayName()), {});
        return Status();
    });
    open(d);
}

void ChildDetailView::recordRequest()
{
    const AssessmentRecord* a = currentAssessment();
    if (!a)
        return;
    const AssessmentRecord rec = *a;
    const QDate today = m_work.services().caseContext().today();
    auto* d = new DateStepDialog(tr("Request sent"),
                                 tr("%1. The request should go within %2 working days (by %3).")
                                     .arg(assessmentTitle(rec))
                                     .arg(m_work.services().policy().ihaRequestWorkingDays)
                                     .arg(displayDate(rec.requestDue)),
                                 today, QString(), this);
    d->setSubmit([this, d, rec] {
        Status s =
            m_work.services().assessments().recordRequestSent(rec.id, rec.version, d->date());
        if (s)
            showChanges(
                tr("%1 request recorded as sent on %2.").arg(rec.kind, displayDate(d->date())), {});
        return s;
    });
    open(d);
}

void ChildDetailView::acceptPaperwork()
{
    const AssessmentRecord* a = currentAssessment();
    if (!a)
        return;
    const AssessmentRecord rec = *a;
    auto* d = new DateStepDialog(
        tr("Paperwork checked"),
        tr("%1. Referral, Part A and signed consent are all right.").arg(assessmentTitle(rec)),
        m_work.services().caseContext().today(), QString(), this);
    d->setSubmit([this, d, rec] {
        Status s = m_work.services().assessments().acceptPaperwork(rec.id, rec.version, d->date());
        if (s)
            showChanges(tr("Paperwork accepted: the %1 can be booked.").arg(rec.kind), {});
        return s;
    });
    open(d);
}

void ChildDetailView::putPaperworkRight()
{
    const AssessmentRecord* a = currentAssessment();
    if (!a)
        return;
    const AssessmentRecord rec = *a;
    QList<PaperworkIssueRecord> openIssues;
    QStringList problems;
    for (int r = 0; r < m_paperworkModel->rowCount(); ++r) {
        const PaperworkIssueRecord& issue = m_paperworkModel->rowAt(r).issue;
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
                           m_work.services().caseContext().today(), QString(), this);
    d->setSubmit([this, d, rec, openIssues] {
        // Each issue is its own saved step; the last one moves the request on.
        bool movedOn = false;
        for (const PaperworkIssueRecord& issue : openIssues) {
            auto r = m_work.services().paperwork().putRight(issue.id, issue.version, d->date());
            if (!r)
                return Status(r.failure());
            movedOn = r.value();
        }
        showChanges(
            movedOn
                ? tr("Paperwork complete: the %1 can now be booked.").arg(rec.kind)
                : tr("Put right; other paperwork issues for the %1 are still open.").arg(rec.kind),
            {});
        return Status();
    });
    open(d);
}

void ChildDetailView::logPaperworkIssue()
{
    const AssessmentRecord* a = currentAssessment();
    if (!a)
        return;
    const AssessmentRecord rec = *a;
    PaperworkIssueRecord draft;
    draft.assessmentId = rec.id;
    draft.problem = QStringLiteral("consent_missing");
    auto* d = new PaperworkIssueDialog(assessmentTitle(rec), draft,
                                       m_work.services().caseContext().today(), this);
    d->setWindowTitle(tr("Log a paperwork issue"));
    d->setSubmit([this, d, rec] {
        auto r = m_work.services().paperwork().logIssue(rec.version, d->issue());
        if (!r)
            return Status(r.failure());
        showChanges(
            tr("Paperwork issue logged: the %1 request waits for social care.").arg(rec.kind), {});
        return Status();
    });
    open(d);
}

std::optional<AppointmentRecord> ChildDetailView::pendingBooking(const AssessmentRecord& rec) const
{
    auto attempts = m_work.services().assessments().appointments(rec.id);
    if (!attempts || attempts.value().isEmpty() ||
        appointmentOutcomeFromCode(attempts.value().last().outcome) != AppointmentOutcome::Booked)
        return std::nullopt;
    return attempts.value().last();
}

BookingDialog* ChildDetailView::bookingDialog(const QString& heading, const AssessmentRecord& rec,
                                              const AppointmentRecord& initial)
{
    auto providers = m_work.lists().providers();
    auto* d =
        new BookingDialog(heading, rec.isIha(),
                          providers ? providers.value() : QList<ReferenceItem>(), initial, this);
    if (auto earlier = m_work.services().assessments().bookingSuggestions())
        d->setSuggestions(earlier.value());
    return d;
}

QStringList ChildDetailView::lateBookingWarning(const AssessmentRecord& rec,
                                                const AppointmentRecord& booking)
{
    if (booking.scheduledAt.date() <= rec.due)
        return {};
    return {tr("The appointment is after the due date (%1): the %2 will be late.")
                .arg(displayDate(rec.due), rec.kind)};
}

void ChildDetailView::book()
{
    const AssessmentRecord* a = currentAssessment();
    if (!a)
        return;
    const AssessmentRecord rec = *a;
    AppointmentRecord initial;
    initial.scheduledAt =
        QDateTime(m_work.services().caseContext().today().addDays(7), QTime(10, 0));
    auto attempts = m_work.services().assessments().appointments(rec.id);
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
    d->setWindowTitle(attempts && !attempts.value().isEmpty() ? tr("Rebook the %1").arg(rec.kind)
                                                              : tr("Book the %1").arg(rec.kind));
    d->setSubmit([this, d, rec] {
        const AppointmentRecord b = d->booking();
        auto r = m_work.services().assessments().book(rec.id, rec.version, b);
        if (!r)
            return Status(r.failure());
        showChanges(tr("%1 booked for %2.").arg(rec.kind, displayDateTime(b.scheduledAt)),
                    lateBookingWarning(rec, b));
        return Status();
    });
    open(d);
}

void ChildDetailView::recordOutcome()
{
    const AssessmentRecord* a = currentAssessment();
    if (!a)
        return;
    const AssessmentRecord rec = *a;
    const std::optional<AppointmentRecord> pending = pendingBooking(rec);
    if (!pending)
        return;
    const AppointmentRecord p = *pending;
    auto reasons = m_work.lists().lateReasons();
    const int tolerance = rec.isIha() ? 0 : m_work.services().policy().rhaToleranceDays;
    auto* d = new OutcomeDialog(
        tr("%1 — appointment %2 at %3")
            .arg(assessmentTitle(rec), displayDateTime(p.scheduledAt), p.venue),
        rec.due.addDays(tolerance), reasons ? reasons.value() : QList<ReferenceItem>(),
        qMin(m_work.services().caseContext().today(), qMax(p.scheduledAt.date(), rec.clockStart)),
        this);
    d->setSubmit([this, d, rec, p] {
        AssessmentService::Outcome o{p.id,      p.version,        rec.version,     d->outcome(),
                                     d->date(), d->completedBy(), d->lateReason(), d->lateNote(),
                                     d->notes()};
        auto r = m_work.services().assessments().recordOutcome(o);
        if (!r)
            return Status(r.failure());
        const bool attended = appointmentOutcomeFromCode(o.outcome) == AppointmentOutcome::Attended;
        showChanges(attended ? tr("%1 completed on %2.").arg(rec.kind, displayDate(o.date))
                             : tr("Outcome recorded (%1): rebook the %2.")
                                   .arg(CodeList::label(CodeList::appointmentOutcomes(), o.outcome),
                                        rec.kind),
                    r.value().lines());
        return Status();
    });
    open(d);
}

void ChildDetailView::moveAppointment()
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
    d->setWindowTitle(tr("Move the %1 appointment").arg(rec.kind));
    d->setSubmit([this, d, rec, old, oldTime] {
        const AppointmentRecord b = d->booking();
        auto r = m_work.services().assessments().reschedule(
            {rec.id, rec.version, old.id, old.version, b, d->whyMoved()});
        if (!r)
            return Status(r.failure());
        showChanges(tr("%1 appointment moved from %2 to %3.")
                        .arg(rec.kind, oldTime, displayDateTime(b.scheduledAt)),
                    lateBookingWarning(rec, b));
        return Status();
    });
    open(d);
}

void ChildDetailView::reportReceived()
{
    const AssessmentRecord* a = currentAssessment();
    if (!a)
        return;
    const AssessmentRecord rec = *a;
    auto* d = new DateStepDialog(
        tr("Report received"),
        tr("%1: the report and health plan came back.").arg(assessmentTitle(rec)),
        m_work.services().caseContext().today(), QString(), this);
    d->setSubmit([this, d, rec] {
        Status s =
            m_work.services().assessments().recordReportReceived(rec.id, rec.version, d->date());
        if (s)
            showChanges(tr("%1 report received on %2.").arg(rec.kind, displayDate(d->date())), {});
        return s;
    });
    open(d);
}

void ChildDetailView::doctorReview()
{
    const AssessmentRecord* a = currentAssessment();
    if (!a)
        return;
    if (Status s = m_work.services().assessments().recordDoctorReview(a->id, a->version); !s)
        QMessageBox::warning(this, tr("Doctor review"), s.failure().text());
    else
        showChanges(tr("Doctor review signed off."), {});
}

void ChildDetailView::giveLateReason()
{
    const AssessmentRecord* a = currentAssessment();
    if (!a)
        return;
    const AssessmentRecord rec = *a;
    auto reasons = m_work.lists().lateReasons();
    auto* d = new OutcomeDialog(
        tr("%1, completed %2").arg(assessmentTitle(rec), displayDate(rec.completedDate)), rec.due,
        reasons ? reasons.value() : QList<ReferenceItem>(), rec.completedDate, this);
    d->setWindowTitle(rec.lateReasonCode.isEmpty() ? tr("Why was it late?")
                                                   : tr("Change why it was late"));
    d->setLateReason(rec.lateReasonCode, rec.lateReasonNote);
    d->setSubmit([this, d, rec] {
        Status s = m_work.services().assessments().setLateReason(rec.id, rec.version,
                                                                 d->lateReason(), d->lateNote());
        if (s)
            showChanges(tr("Late reason recorded for the %1.").arg(rec.kind), {});
        return s;
    });
    open(d);
}

void ChildDetailView::referOutOfArea()
{
    const AssessmentRecord* a = currentAssessment();
    if (!a)
        return;
    const AssessmentRecord rec = *a;
    auto authorities = m_work.lists().authorities();
    auto providers = m_work.lists().providers();
    OutOfAreaRequestRecord draft;
    draft.assessmentId = rec.id;
    draft.requestedDate = m_work.services().caseContext().today();
    auto placements = m_work.services().childCases().placements(m_childId);
    if (placements && !placements.value().isEmpty())
        draft.hostAuthorityId = placements.value().last().hostAuthorityId;
    auto* d = new OutOfAreaRequestDialog(
        assessmentTitle(rec), authorities ? authorities.value() : QList<ReferenceItem>(),
        providers ? providers.value() : QList<ReferenceItem>(), draft, this);
    d->setSubmit([this, d, rec] {
        auto r = m_work.services().outOfArea().openRequest(d->request());
        if (!r)
            return Status(r.failure());
        showChanges(tr("Out-of-area request recorded for the %1.").arg(rec.kind), {});
        return Status();
    });
    open(d);
}

void ChildDetailView::startCare()
{
    PlacementDialog::Lists lists;
    lists.legalStatuses = m_work.lists().legalStatuses().value();
    lists.placementTypes = m_work.lists().placementTypes().value();
    lists.authorities = m_work.lists().authorities().value();
    auto* d = new PlacementDialog(false, lists, m_work.services().caseContext().today(), this);
    const int version = m_child.version;
    d->setSubmit([this, d, version] {
        auto r = m_work.services().childCases().startCarePeriod(m_childId, version, d->placement());
        if (!r)
            return Status(r.failure());
        showChanges(tr("Period of care started. Due dates:"), r.value().lines());
        return Status();
    });
    open(d);
}

void ChildDetailView::recordMove()
{
    PlacementDialog::Lists lists;
    lists.legalStatuses = m_work.lists().legalStatuses().value();
    lists.placementTypes = m_work.lists().placementTypes().value();
    lists.authorities = m_work.lists().authorities().value();
    auto* d = new PlacementDialog(true, lists, m_work.services().caseContext().today(), this);
    const int version = m_child.version;
    d->setSubmit([this, d, version] {
        auto r =
            m_work.services().childCases().recordPlacementMove(m_childId, version, d->placement());
        if (!r)
            return Status(r.failure());
        QStringList lines = r.value().lines();
        if (lines.isEmpty())
            lines << tr("No due date changed.");
        for (const auto& a : std::as_const(m_assessments)) {
            if (assessmentStatusFromCode(a.status) == AssessmentStatus::Booked)
                lines << tr("The %1 is booked: check the appointment still suits the new "
                            "placement.")
                             .arg(a.kind);
        }
        showChanges(tr("Placement move recorded."), lines);
        return Status();
    });
    open(d);
}

void ChildDetailView::endCare()
{
    auto* d = new DateStepDialog(tr("Left care"),
                                 tr("%1 left care on this day. Assessments not yet due become "
                                    "not required.")
                                     .arg(m_child.displayName()),
                                 m_work.services().caseContext().today(), tr("Reason:"), this);
    const int version = m_child.version;
    d->setSubmit([this, d, version] {
        auto r =
            m_work.services().childCases().endCarePeriod(m_childId, version, d->date(), d->note());
        if (!r)
            return Status(r.failure());
        showChanges(tr("Period of care ended. Due dates:"), r.value().lines());
        return Status();
    });
    open(d);
}

} // namespace lac
