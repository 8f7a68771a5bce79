// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChaseListModel.h"

namespace lac {

ChaseListModel::ChaseListModel(QObject* parent)
    : RecordListModel({tr("Chased on"), tr("By"), tr("What they said")}, parent)
{}

QVariant ChaseListModel::cell(const OutOfAreaChase& c, int column, int role) const
{
    if (role != Qt::DisplayRole && role != PagedTableModel::RawValueRole)
        return {};
    switch (column) {
    case 0:
        return role == Qt::DisplayRole ? QVariant(dayText(c.date)) : QVariant(c.date);
    case 1:
        return c.chasedBy;
    case 2:
        return c.response;
    default:
        return {};
    }
}

} // namespace lac
