// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "rules/AssessmentLifecycle.h"

#include "common/DisplayDate.h"
#include "domain/CaseCodes.h"
#include "domain/CodeList.h"
#include "rules/CompletionTimeliness.h"

namespace lac {

QString AssessmentLifecycle::whyNot(AssessmentStep step, const AssessmentRecord& a,
                                    const AssessmentSituation& situation)
{
    const AssessmentStatus status = a.status;
    const PaperworkStatus paperwork = a.paperworkStatus;
    const QString done = tr("this %1 is not waiting to be done").arg(a.kindName());
    const int openIssues = situation.openPaperworkIssues >= 0
                               ? situation.openPaperworkIssues
                               : (paperwork == PaperworkStatus::Incomplete ? 1 : 0);
    switch (step) {
    case AssessmentStep::RecordRequest:
        if (!a.isOutstanding())
            return done;
        if (status != AssessmentStatus::Open)
            return tr("the request can only be recorded while the assessment is not yet "
                      "requested (it is %1)")
                .arg(CodeList::label(CodeList::assessmentStatuses(),
                                     assessmentStatusCode(a.status)));
        return {};
    case AssessmentStep::AcceptPaperwork:
        if (!a.isOutstanding())
            return done;
        if (status != AssessmentStatus::Requested)
            return tr("record the request first: paperwork is checked once the request has "
                      "been sent");
        if (paperwork == PaperworkStatus::Complete)
            return tr("the paperwork was already accepted on %1")
                .arg(displayDate(a.paperworkCompleteDate));
        if (openIssues > 0)
            return tr("%n paperwork issue(s) are still open: put them right in the paperwork "
                      "log first",
                      nullptr, openIssues);
        return {};
    case AssessmentStep::LogPaperworkIssue:
    case AssessmentStep::PutPaperworkRight:
        if (!a.isOutstanding())
            return done;
        if (status != AssessmentStatus::Requested)
            return tr("paperwork is checked once the request has been sent and before booking");
        if (step == AssessmentStep::PutPaperworkRight && openIssues == 0)
            return tr("no paperwork issue is open for this %1").arg(a.kindName());
        return {};
    case AssessmentStep::Book:
        if (status == AssessmentStatus::Open)
            return tr("record that the request was sent before booking");
        if (status == AssessmentStatus::Booked)
            return tr("the appointment has no outcome yet: record what happened, or move it, "
                      "before rebooking");
        if (status != AssessmentStatus::Requested || !a.isOutstanding())
            return tr("this assessment is %1; there is nothing to book")
                .arg(CodeList::label(CodeList::assessmentStatuses(),
                                     assessmentStatusCode(a.status)));
        if (paperwork != PaperworkStatus::Complete)
            return tr("health books nothing until all the paperwork is right: accept the "
                      "paperwork (or put the open issues right) first");
        return {};
    case AssessmentStep::RecordOutcome:
    case AssessmentStep::MoveAppointment:
        if (!a.isOutstanding())
            return done;
        if (status != AssessmentStatus::Booked)
            return tr("the %1 has no appointment booked").arg(a.kindName());
        return {};
    case AssessmentStep::RecordReport:
        if (!a.completedDate.isValid())
            return tr("the report comes after the assessment: record the outcome first");
        if (a.reportReceivedDate.isValid())
            return tr("the report was received on %1").arg(displayDate(a.reportReceivedDate));
        return {};
    case AssessmentStep::SignOffDoctorReview:
        if (a.doctorReview != DoctorReview::Pending)
            return tr("only a nurse-led IHA waiting for review can be signed off");
        return {};
    case AssessmentStep::GiveLateReason:
        if (!a.completedDate.isValid() ||
            !CompletionTimeliness::isLate(a.kind, a.due, a.completedDate, situation.policy))
            return tr("only an assessment completed after its due date has a late reason");
        return {};
    case AssessmentStep::ReferOutOfArea:
        if (!a.isOutstanding())
            return done;
        if (situation.childLocation == PlacementLocation::InArea)
            return tr("the child's current placement is in area; record the placement move "
                      "first");
        return {};
    }
    return {};
}

} // namespace lac
