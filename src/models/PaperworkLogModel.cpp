// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PaperworkLogModel.h"

#include "NoteText.h"

#include "domain/CodeList.h"

namespace lac {

PaperworkLogModel::PaperworkLogModel(const PageSource<PaperworkLogRow, PaperworkLogQuery>& source,
                                     QObject* parent)
    : PagedRowModel(source, parent)
{
    using K = PaperworkLogQuery::SortKey;
    setColumns({{tr("Case ID"), tr("The child's case ID"), int(K::Child)},
                {tr("Child"), tr("The child's name"), int(K::Child)},
                {tr("For"), tr("The assessment the request was for"), int(K::Kind)},
                {tr("What was wrong"), tr("The problem with the paperwork"), int(K::Problem)},
                {tr("Found"), tr("The day the problem was found"), int(K::FoundDate)},
                {tr("Returned"), tr("The day the paperwork went back to social care"),
                 int(K::ReturnedDate)},
                {tr("Put right"), tr("The day it came back right"), int(K::ResolvedDate)},
                {tr("Days"), tr("Days outstanding (to today while open)"), int(K::DaysOutstanding)},
                {tr("Due"), tr("The assessment's due date"), int(K::DueDate)}});
}

QVariant PaperworkLogModel::cell(const PaperworkLogRow& r, int column, int role) const
{
    const PaperworkIssueRecord& i = r.issue;
    switch (role) {
    case ChildIdRole:
        return r.issue.childId;
    case RecordIdRole:
        return i.id;
    case AssessmentIdRole:
        return i.assessmentId;
    case Qt::TextAlignmentRole:
        return column == DaysColumn ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    case Qt::ToolTipRole:
        if (column == ProblemColumn && !(i.detail.isEmpty() && i.notes.isEmpty()))
            return noteToolTip(i.notes.isEmpty()    ? i.detail
                               : i.detail.isEmpty() ? i.notes
                                                    : tr("%1\n\nNotes: %2").arg(i.detail, i.notes));
        return {};
    case Qt::BackgroundRole:
    case Qt::ForegroundRole:
        if (column == DaysColumn && i.isOpen())
            return ragBrush(r.daysOutstanding > 20  ? RagRating::Red
                            : r.daysOutstanding > 5 ? RagRating::Amber
                                                    : RagRating::Green,
                            role);
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
        case ProblemColumn: {
            if (raw)
                return i.problem;
            const QString label = CodeList::label(CodeList::paperworkProblems(), i.problem);
            return i.detail.isEmpty() ? label : label + QStringLiteral(": ") + i.detail;
        }
        case FoundColumn:
            return date(i.foundDate);
        case ReturnedColumn:
            return date(i.returnedDate);
        case ResolvedColumn:
            return date(i.resolvedDate);
        case DaysColumn:
            return r.daysOutstanding;
        case DueColumn:
            return date(r.due);
        default:
            return {};
        }
    }
    default:
        return {};
    }
}

} // namespace lac
