// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/PaperworkService.h"

#include "common/DisplayDate.h"
#include "data/AssessmentRepository.h"
#include "data/PaperworkIssueRepository.h"
#include "data/SqlTransaction.h"
#include "domain/CaseCodes.h"
#include "domain/CodeList.h"
#include "security/AccessPolicy.h"

namespace lac {
PaperworkService::PaperworkService(const CaseContext& context)
    : m_ctx(context)
{}

Result<PaperworkIssueRecord> PaperworkService::issue(qint64 id) const
{
    return PaperworkIssueRepository(m_ctx.db).find(id);
}

Status PaperworkService::validate(const PaperworkIssueRecord& i) const
{
    if (!CodeList::contains(CodeList::paperworkProblems(), i.problem))
        return Failure{tr("choose what was wrong"), tr("Problem")};
    if (paperworkProblemFromCode(i.problem) == PaperworkProblem::Other &&
        i.detail.trimmed().isEmpty())
        return Failure{tr("say what was wrong (\"other\" needs a description)"), tr("Detail")};
    if (!i.foundDate.isValid())
        return Failure{tr("enter the date found as dd/mm/yyyy"), tr("Found on")};
    const QDate today = m_ctx.today();
    if (i.foundDate > today)
        return Failure{tr("the date found is in the future"), tr("Found on")};
    if (i.returnedDate.isValid() && i.returnedDate < i.foundDate)
        return Failure{tr("the paperwork cannot go back before the problem was found (%1)")
                           .arg(displayDate(i.foundDate)),
                       tr("Returned to social care")};
    if (i.returnedDate > today)
        return Failure{tr("the date returned is in the future"), tr("Returned to social care")};
    if (i.resolvedDate.isValid() && i.resolvedDate < i.foundDate)
        return Failure{tr("the paperwork cannot be put right before the problem was found (%1)")
                           .arg(displayDate(i.foundDate)),
                       tr("Put right on")};
    if (i.resolvedDate.isValid() && i.returnedDate.isValid() && i.resolvedDate < i.returnedDate)
        return Failure{tr("the paperwork cannot come back right before it was returned (%1)")
                           .arg(displayDate(i.returnedDate)),
                       tr("Put right on")};
    if (i.resolvedDate > today)
        return Failure{tr("the date put right is in the future"), tr("Put right on")};
    return {};
}

Result<qint64> PaperworkService::logIssue(int assessmentVersion,
                                          const PaperworkIssueRecord& draft) const
{
    if (auto s = AccessPolicy::require(m_ctx.user(), Permission::EditCaseData); !s)
        return s.failure();
    if (auto s = validate(draft); !s)
        return s.failure();
    if (draft.resolvedDate.isValid())
        return Failure{tr("log the issue first, then record when it was put right"),
                       tr("Put right on")};
    const AssessmentRepository assessments(m_ctx.db);
    auto found = assessments.find(draft.assessmentId);
    if (!found)
        return found.failure();
    AssessmentRecord a = found.value();
    a.version = assessmentVersion;
    const AssessmentStatus status = a.status;
    if (status != AssessmentStatus::Requested)
        return Failure{status == AssessmentStatus::Open
                           ? tr("record that the request was sent first: paperwork comes with "
                                "the request")
                           : tr("paperwork issues are logged while the request is waiting to "
                                "be booked (this assessment is %1)")
                                 .arg(CodeList::label(CodeList::assessmentStatuses(),
                                                      assessmentStatusCode(a.status))),
                       tr("Problem")};
    if (a.requestedDate.isValid() && draft.foundDate < a.requestedDate)
        return Failure{tr("the problem cannot be found before the request was sent (%1)")
                           .arg(displayDate(a.requestedDate)),
                       tr("Found on")};

    PaperworkIssueRecord i = draft;
    i.childId = a.childId;
    SqlTransaction tx(m_ctx.db, i.childId);
    if (!tx.begun())
        return tx.begun().failure();
    const AssessmentRecord before = a;
    a.paperworkStatus = PaperworkStatus::Incomplete;
    a.paperworkCompleteDate = QDate();
    if (auto s = assessments.update(a); !s)
        return s.failure();
    auto id = PaperworkIssueRepository(m_ctx.db).insert(i);
    if (!id)
        return id.failure();
    if (auto s = m_ctx.audit.append(
            {QStringLiteral("create"), QStringLiteral("paperwork_issues"), id.value(), a.childId,
             tr("paperwork issue logged for the %1: %2")
                 .arg(a.kindName(), CodeList::label(CodeList::paperworkProblems(), i.problem)),
             before.toJson(), i.toJson()});
        !s)
        return s.failure();
    if (auto s = tx.commit(); !s)
        return s.failure();
    return id.value();
}

Result<bool> PaperworkService::updateIssue(const PaperworkIssueRecord& edited) const
{
    if (auto s = AccessPolicy::require(m_ctx.user(), Permission::EditCaseData); !s)
        return s.failure();
    if (auto s = validate(edited); !s)
        return s.failure();
    const PaperworkIssueRepository issues(m_ctx.db);
    const AssessmentRepository assessments(m_ctx.db);
    auto stored = issues.find(edited.id);
    if (!stored)
        return stored.failure();
    PaperworkIssueRecord i = edited;
    i.assessmentId = stored.value().assessmentId;
    i.childId = stored.value().childId;

    SqlTransaction tx(m_ctx.db, i.childId);
    if (!tx.begun())
        return tx.begun().failure();
    if (auto s = issues.update(i); !s)
        return s.failure();
    // Whether the request is held is decided by the open issues, after this change.
    auto open = issues.openCount(i.assessmentId);
    if (!open)
        return open.failure();
    auto found = assessments.find(i.assessmentId);
    if (!found)
        return found.failure();
    AssessmentRecord a = found.value();
    const AssessmentRecord before = a;
    bool movedOn = false;
    const PaperworkStatus paperwork = a.paperworkStatus;
    if (open.value() == 0 && paperwork == PaperworkStatus::Incomplete) {
        a.paperworkStatus = PaperworkStatus::Complete;
        a.paperworkCompleteDate = i.resolvedDate.isValid() ? i.resolvedDate : m_ctx.today();
        movedOn = true;
    } else if (open.value() > 0 && paperwork == PaperworkStatus::Complete &&
               a.status == AssessmentStatus::Requested) {
        a.paperworkStatus = PaperworkStatus::Incomplete;
        a.paperworkCompleteDate = QDate();
    }
    if (a.paperworkStatus != before.paperworkStatus) {
        if (auto s = assessments.update(a); !s)
            return s.failure();
    }
    if (auto s = m_ctx.audit.append({QStringLiteral("update"), QStringLiteral("paperwork_issues"),
                                     i.id, i.childId,
                                     movedOn ? tr("paperwork put right on %1; the %2 request "
                                                  "moved on to booking")
                                                   .arg(displayDate(i.resolvedDate), a.kindName())
                                             : tr("paperwork issue updated"),
                                     stored.value().toJson(), i.toJson()});
        !s)
        return s.failure();
    if (auto s = tx.commit(); !s)
        return s.failure();
    return movedOn;
}

Status PaperworkService::markReturned(qint64 issueId, int version, QDate returned) const
{
    auto stored = issue(issueId);
    if (!stored)
        return stored.failure();
    PaperworkIssueRecord i = stored.value();
    i.version = version;
    if (!returned.isValid())
        return Failure{tr("enter the date as dd/mm/yyyy"), tr("Returned to social care")};
    if (!i.isOpen())
        return Failure{
            tr("this issue was already put right on %1").arg(displayDate(i.resolvedDate)),
            tr("Returned to social care")};
    i.returnedDate = returned;
    auto r = updateIssue(i);
    return r ? Status() : Status(r.failure());
}

Result<bool> PaperworkService::putRight(qint64 issueId, int version, QDate resolved) const
{
    auto stored = issue(issueId);
    if (!stored)
        return stored.failure();
    PaperworkIssueRecord i = stored.value();
    i.version = version;
    if (!resolved.isValid())
        return Failure{tr("enter the date as dd/mm/yyyy"), tr("Put right on")};
    if (!i.isOpen())
        return Failure{
            tr("this issue was already put right on %1").arg(displayDate(i.resolvedDate)),
            tr("Put right on")};
    i.resolvedDate = resolved;
    return updateIssue(i);
}

} // namespace lac
