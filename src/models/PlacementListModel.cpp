// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PlacementListModel.h"

#include "domain/CodeList.h"
#include "domain/Ssda903Vocabulary.h"

namespace lac {

PlacementListModel::PlacementListModel(QObject* parent)
    : RecordListModel({tr("From"), tr("To"), tr("Legal status"), tr("Placement"), tr("Placed"),
                       tr("Host authority")},
                      parent)
{}

QVariant PlacementListModel::cell(const PlacementRecord& p, int column, int role) const
{
    if (role == PagedTableModel::RecordIdRole)
        return p.id;
    if (role == Qt::ToolTipRole && column == FromColumn &&
        episodeReasonFromCode(p.rne) == EpisodeReason::StartedCare)
        return tr("Started to be looked after");
    if (role != Qt::DisplayRole && role != PagedTableModel::RawValueRole)
        return {};
    const bool raw = role == PagedTableModel::RawValueRole;
    switch (column) {
    case FromColumn:
        return raw ? QVariant(p.start) : QVariant(dayText(p.start));
    case ToColumn:
        return raw ? QVariant(p.end) : QVariant(p.end.isValid() ? dayText(p.end) : tr("now"));
    case LegalStatusColumn:
        return p.legalStatus;
    case PlacementColumn:
        return p.placementType;
    case LocationColumn:
        return raw ? p.location : CodeList::label(CodeList::locations(), p.location);
    case HostColumn:
        return p.hostAuthorityName;
    default:
        return {};
    }
}

} // namespace lac
