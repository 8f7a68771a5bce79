// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "WorklistItemModel.h"

#include "common/DisplayDate.h"
#include "domain/CaseCodes.h"
#include "domain/CodeList.h"

namespace lac {

WorklistItemModel::WorklistItemModel(const PageSource<WorklistRow, WorklistQuery>& source,
                                     RagRating rag, QObject* parent)
    : PagedRowModel(source, parent)
    , m_rag(rag)
{
    using K = WorklistQuery::SortKey;
    setColumns({{tr("Case ID"), tr("The child's case ID"), int(K::Child)},
                {tr("Child"), tr("The child's name"), int(K::Child)},
                {tr("Assessment"), tr("IHA or RHA"), int(K::Kind)},
                {tr("Due"), tr("The statutory due date"), int(K::DueDate)},
                {tr("Days to due"), tr("Negative when overdue"), int(K::DueDate)},
                {tr("Stage"), tr("Where the assessment has got to"), int(K::Status)},
                {tr("Placed"), tr("In area or out of area now"), int(K::Location)},
                {tr("Since"),
                 tr("Paperwork found wrong, out-of-area request, appointment day or "
                    "completion"),
                 int(K::Since)},
                {tr("Detail"), tr("The problem, host authority or appointment"), -1}});
}

bool WorklistItemModel::requestLate(const WorklistRow& r, QDate today)
{
    return assessmentStatusFromCode(r.status) == AssessmentStatus::Open && r.requestDue.isValid() &&
           r.requestDue < today;
}

QVariant WorklistItemModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    // "Since" meant four things; each list names its own date.
    if (orientation == Qt::Horizontal && section == SinceColumn && role == Qt::DisplayRole) {
        switch (query().category) {
        case WorklistCategory::AwaitingPaperwork:
            return tr("Found wrong");
        case WorklistCategory::BookingsNext7Days:
            return tr("Appointment");
        case WorklistCategory::IhaRequestsLate:
            return tr("Request due");
        case WorklistCategory::CompletedLateNoReason:
            return tr("Completed");
        case WorklistCategory::OutOfAreaWaiting:
        case WorklistCategory::OverdueIha:
        case WorklistCategory::OverdueRha:
        case WorklistCategory::DueWithin14Days:
        case WorklistCategory::DueWithin30Days:
            return tr("Requested");
        }
    }
    return PagedRowModel::headerData(section, orientation, role);
}

QVariant WorklistItemModel::cell(const WorklistRow& r, int column, int role) const
{
    const QDate today = query().today;
    switch (role) {
    case ChildIdRole:
        return r.childId;
    case RecordIdRole:
    case AssessmentIdRole:
        return r.assessmentId;
    case Qt::TextAlignmentRole:
        return column == DaysColumn ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    case Qt::BackgroundRole:
    case Qt::ForegroundRole:
        if ((column == DueColumn || column == DaysColumn) &&
            query().category != WorklistCategory::CompletedLateNoReason)
            return ragBrush(m_rag.rate(r.due, today), role);
        if (column == StatusColumn && requestLate(r, today))
            return ragBrush(RagRating::Red, role); // late already, however far the due date
        return {};
    case Qt::DisplayRole:
    case RawValueRole: {
        const bool raw = role == RawValueRole;
        auto date = [raw](QDate d) { return raw ? QVariant(d) : QVariant(dayText(d)); };
        switch (column) {
        case CaseIdColumn:
            return r.caseId;
        case ChildColumn:
            return r.childName;
        case KindColumn:
            return r.kind;
        case DueColumn:
            return date(r.due);
        case DaysColumn:
            return int(today.daysTo(r.due));
        case StatusColumn:
            if (!raw && requestLate(r, today))
                return tr("%1 (request %2 late)")
                    .arg(CodeList::label(CodeList::assessmentStatuses(), r.status),
                         days(int(r.requestDue.daysTo(today))));
            return raw ? r.status : CodeList::label(CodeList::assessmentStatuses(), r.status);
        case LocationColumn:
            return raw ? r.location : CodeList::label(CodeList::locations(), r.location);
        case SinceColumn:
            if (!raw && query().category == WorklistCategory::AwaitingPaperwork &&
                r.since.isValid())
                return tr("%1 (%2)").arg(dayText(r.since), days(int(r.since.daysTo(today))));
            if (!raw && query().category == WorklistCategory::OutOfAreaWaiting && r.since.isValid())
                return tr("%1 (%2)").arg(dayText(r.since), weeks(int(r.since.daysTo(today) / 7)));
            return date(r.since);
        case DetailColumn:
            if (query().category == WorklistCategory::AwaitingPaperwork && !raw)
                return CodeList::label(CodeList::paperworkProblems(), r.detail);
            if (query().category == WorklistCategory::OverdueIha ||
                query().category == WorklistCategory::OverdueRha ||
                query().category == WorklistCategory::DueWithin14Days ||
                query().category == WorklistCategory::DueWithin30Days) {
                // What is already arranged says more than the paperwork once booked.
                if (r.bookedFor.isValid())
                    return raw ? QVariant(r.bookedFor)
                               : QVariant(
                                     r.bookedWith.isEmpty()
                                         ? tr("Booked %1").arg(displayDateTime(r.bookedFor))
                                         : tr("Booked %1 · %2")
                                               .arg(displayDateTime(r.bookedFor), r.bookedWith));
                return raw ? r.detail
                           : tr("Paperwork: %1")
                                 .arg(CodeList::label(CodeList::paperworkStatuses(), r.detail));
            }
            return r.detail;
        default:
            return {};
        }
    }
    default:
        return {};
    }
}

} // namespace lac
