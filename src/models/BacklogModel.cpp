// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "BacklogModel.h"

#include "domain/CodeList.h"
#include "rules/BacklogPriorityRule.h"
#include "rules/ChildAge.h"

namespace lac {

BacklogModel::BacklogModel(const PageSource<BacklogRow, BacklogQuery>& source, QObject* parent)
    : PagedRowModel(source, parent)
{
    using K = BacklogQuery::SortKey;
    setColumns(
        {{tr("Priority"),
          tr("Backlog order: under 5 and 17+ first, then clinical need, "
             "then longest overdue"),
          int(K::Priority)},
         {tr("Case ID"), tr("The child's case ID"), int(K::Child)},
         {tr("Child"), tr("The child's name"), int(K::Child)},
         {tr("Age"), tr("Age today"), int(K::Age)},
         {tr("Assessment"), tr("IHA or RHA"), int(K::Kind)},
         {tr("Due"), tr("The statutory due date"), int(K::DueDate)},
         {tr("Days overdue"), tr("Days since the due date"), int(K::DueDate)},
         {tr("Clinical need"), tr("Set by the designated nurse: see sooner"), int(K::ClinicalNeed)},
         {tr("Suggested mode"), tr("How the assessment may be done"), -1},
         {tr("Placed"), tr("In area or out of area"), int(K::Location)}});
}

Qt::ItemFlags BacklogModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags f = PagedRowModel::flags(index);
    if (index.isValid() && index.column() == ClinicalNeedColumn && m_needEditable)
        f |= Qt::ItemIsUserCheckable;
    return f;
}

bool BacklogModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!index.isValid() || index.column() != ClinicalNeedColumn || role != Qt::CheckStateRole ||
        !m_needEditable)
        return false;
    const BacklogRow& r = rowAt(index.row());
    Q_EMIT clinicalNeedRequested(r.childId, r.childVersion, value.toInt() == int(Qt::Checked));
    return false; // the data changes when the command's service call succeeds and we reload
}

QVariant BacklogModel::cell(const BacklogRow& r, int column, int role) const
{
    const QDate today = query().today;
    const auto advice = BacklogPriorityRule::advise(r.dateOfBirth, today, r.clinicalNeed, r.kind);
    switch (role) {
    case ChildIdRole:
        return r.childId;
    case RecordIdRole:
    case AssessmentIdRole:
        return r.assessmentId;
    case Qt::TextAlignmentRole:
        return column == AgeColumn || column == OverdueColumn
                   ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter))
                   : QVariant();
    case Qt::CheckStateRole:
        if (column == ClinicalNeedColumn)
            return r.clinicalNeed ? Qt::Checked : Qt::Unchecked;
        return {};
    case Qt::ToolTipRole:
        if (column == ModeColumn || column == RankColumn)
            return advice.why;
        return {};
    case Qt::BackgroundRole:
    case Qt::ForegroundRole:
        if (column == RankColumn && advice.priorityAge)
            return ragBrush(RagRating::Red, role);
        return {};
    case Qt::DisplayRole:
    case RawValueRole: {
        const bool raw = role == RawValueRole;
        switch (column) {
        case RankColumn:
            if (raw)
                return advice.priorityAge ? 0 : 1;
            return advice.priorityAge ? tr("First: age")
                   : r.clinicalNeed   ? tr("Clinical need")
                                      : tr("Then by date");
        case CaseIdColumn:
            return r.caseId;
        case ChildColumn:
            return r.childName;
        case AgeColumn:
            return ChildAge::yearsOn(r.dateOfBirth, today);
        case KindColumn:
            return assessmentKindCode(r.kind);
        case DueColumn:
            return raw ? QVariant(r.due) : QVariant(dayText(r.due));
        case OverdueColumn:
            return int(r.due.daysTo(today));
        case ClinicalNeedColumn:
            return raw ? QVariant(r.clinicalNeed) : QVariant();
        case ModeColumn:
            return raw ? appointmentModeCode(advice.mode)
                       : CodeList::label(CodeList::appointmentModes(),
                                         appointmentModeCode(advice.mode));
        case LocationColumn:
            return raw ? r.location : CodeList::label(CodeList::locations(), r.location);
        default:
            return {};
        }
    }
    default:
        return {};
    }
}

} // namespace lac
