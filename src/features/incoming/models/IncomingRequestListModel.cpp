// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "incoming/models/IncomingRequestListModel.h"

#include <QFont>

namespace lac {

IncomingRequestListModel::IncomingRequestListModel(const RequestingAuthorities& authorities,
                                                   QObject* parent)
    : RecordListModel({tr("Child"), tr("Their case ID"), tr("Authority"), tr("For"), tr("Received"),
                       tr("Complete"), tr("Their due"), tr("Our due"), tr("With"), tr("Days"),
                       tr("Paperwork"), tr("Late for"), tr("Also ours")},
                      parent)
    , m_authorities(authorities)
{}

QVariant IncomingRequestListModel::cell(const IncomingLine& l, int column, int role) const
{
    if (role == PagedTableModel::RecordIdRole)
        return l.row.request.id;
    const bool raw = role == PagedTableModel::RawValueRole;
    if (role == Qt::TextAlignmentRole)
        return column == DaysColumn || column == IssuesColumn
                   ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter))
                   : QVariant();
    if (role == Qt::ToolTipRole && column == AlsoOursColumn && !l.ownCaseId.isEmpty())
        return tr("The same child is in our own care: one child, not two");
    if (role != Qt::DisplayRole && !raw)
        return {};
    const HostChild& c = l.row.child;
    const IncomingRequest& r = l.row.request;
    switch (column) {
    case ChildColumn:
        return c.name();
    case TheirCaseIdColumn:
        return c.theirCaseId;
    case AuthorityColumn:
        return m_authorities.name(c.authorityCode);
    case KindColumn:
        return IncomingService::kindText(r.kind);
    case ReceivedColumn:
        return raw ? QVariant(r.received) : QVariant(dayText(r.received));
    case CompleteColumn:
        return raw ? QVariant(r.complete) : QVariant(dayText(r.complete));
    case TheirDueColumn:
        return raw ? QVariant(r.requesterDue) : QVariant(dayText(r.requesterDue));
    case HostDueColumn:
        return raw ? QVariant(l.hostDue) : QVariant(dayText(l.hostDue));
    case StageColumn:
        return raw ? QVariant(int(l.stage)) : QVariant(IncomingService::stageText(l.stage));
    case DaysColumn:
        return l.daysWaiting < 0 && !raw ? QVariant() : QVariant(l.daysWaiting);
    case IssuesColumn:
        return raw ? QVariant(l.row.openIssues)
                   : QVariant(l.row.openIssues ? tr("%n open", nullptr, l.row.openIssues)
                                               : QString());
    case DelayColumn:
        return raw ? QVariant(int(l.delay)) : QVariant(IncomingService::delayText(l.delay));
    case AlsoOursColumn:
        return l.ownCaseId;
    default:
        return {};
    }
}

CaseloadSplitModel::CaseloadSplitModel(QObject* parent)
    : RecordListModel({tr("Authority"), tr("Own children"), tr("Placed here by them")}, parent)
{}

void CaseloadSplitModel::setSplit(const CaseloadSplit& split)
{
    QList<CaseloadLine> lines = split.lines;
    lines << CaseloadLine{{}, tr("Total"), split.ownChildren, split.placedHere};
    setRows(lines);
}

QVariant CaseloadSplitModel::cell(const CaseloadLine& l, int column, int role) const
{
    if (role == Qt::TextAlignmentRole)
        return column == AuthorityColumn ? QVariant()
                                         : QVariant(int(Qt::AlignRight | Qt::AlignVCenter));
    if (role == Qt::FontRole && &l == &rows().last()) { // the total line
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    if (role != Qt::DisplayRole && role != PagedTableModel::RawValueRole)
        return {};
    switch (column) {
    case AuthorityColumn:
        return l.authority;
    case OwnColumn:
        return l.ownChildren;
    case PlacedHereColumn:
        return l.placedHere;
    default:
        return {};
    }
}

} // namespace lac
