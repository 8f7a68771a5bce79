// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "OutOfAreaLogModel.h"

#include "NoteText.h"

namespace lac {

OutOfAreaLogModel::OutOfAreaLogModel(const PageSource<OutOfAreaLogRow, OutOfAreaLogQuery>& source,
                                     QObject* parent)
    : PagedRowModel(source, parent)
{
    using K = OutOfAreaLogQuery::SortKey;
    setColumns(
        {{tr("Case ID"), tr("The child's case ID"), int(K::Child)},
         {tr("Child"), tr("The child's name"), int(K::Child)},
         {tr("For"), tr("The assessment asked for"), int(K::DueDate)},
         {tr("Host authority"), tr("The area the child is placed in"), int(K::HostAuthority)},
         {tr("Provider"), tr("The host area's health provider"), int(K::Provider)},
         {tr("Requested"), tr("The day the host provider was asked"), int(K::RequestedDate)},
         {tr("Stated wait"), tr("The wait the provider gave, in weeks"), int(K::StatedWait)},
         {tr("Waited"), tr("Weeks waited so far (or until resolved)"), int(K::Waited)},
         {tr("Chases"), tr("How many times the provider was chased"), -1},
         {tr("Last chased"), tr("The most recent chase"), int(K::LastChase)},
         {tr("Escalated"), tr("Escalated: when, and to whom"), int(K::Escalated)},
         {tr("Resolved"), tr("The day the request was resolved"), int(K::ResolvedDate)}});
}

QVariant OutOfAreaLogModel::cell(const OutOfAreaLogRow& r, int column, int role) const
{
    const OutOfAreaRequestRecord& o = r.request;
    switch (role) {
    case ChildIdRole:
        return o.childId;
    case RecordIdRole:
        return o.id;
    case AssessmentIdRole:
        return o.assessmentId;
    case Qt::TextAlignmentRole:
        return column == StatedWaitColumn || column == WaitedColumn || column == ChasesColumn
                   ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter))
                   : QVariant();
    case Qt::BackgroundRole:
    case Qt::ForegroundRole:
        if (column == WaitedColumn && o.isOpen()) {
            const int stated = o.statedWaitWeeks >= 0 ? o.statedWaitWeeks * 7 : 84;
            return ragBrush(r.daysWaited > stated           ? RagRating::Red
                            : r.daysWaited > stated * 3 / 4 ? RagRating::Amber
                                                            : RagRating::Green,
                            role);
        }
        if (column == EscalatedColumn && o.escalated)
            return ragBrush(RagRating::Red, role);
        return {};
    case Qt::ToolTipRole:
        if (column == EscalatedColumn && o.escalated)
            return noteToolTip(
                o.escalationNote.isEmpty()
                    ? tr("Escalated to %1").arg(o.escalatedTo)
                    : tr("Escalated to %1:\n%2").arg(o.escalatedTo, o.escalationNote));
        return noteToolTip(o.notes);
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
        case HostColumn:
            return r.hostAuthority;
        case ProviderColumn:
            return r.provider;
        case RequestedColumn:
            return date(o.requestedDate);
        case StatedWaitColumn:
            if (raw)
                return o.statedWaitWeeks;
            return o.statedWaitWeeks >= 0 ? weeks(o.statedWaitWeeks) : QString();
        case WaitedColumn:
            if (raw)
                return r.daysWaited;
            return weeks(r.daysWaited / 7);
        case ChasesColumn:
            return r.chaseCount;
        case LastChaseColumn:
            return date(r.lastChase);
        case EscalatedColumn:
            if (raw)
                return o.escalated;
            if (!o.escalated)
                return QString();
            return o.escalatedTo.isEmpty()
                       ? tr("Yes, %1").arg(dayText(o.escalatedDate))
                       : tr("%1, to %2").arg(dayText(o.escalatedDate), o.escalatedTo);
        case ResolvedColumn:
            return date(o.resolvedDate);
        default:
            return {};
        }
    }
    default:
        return {};
    }
}

} // namespace lac
