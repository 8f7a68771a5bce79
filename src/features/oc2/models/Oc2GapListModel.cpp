// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "oc2/models/Oc2GapListModel.h"

namespace lac {

Oc2GapListModel::Oc2GapListModel(QObject* parent)
    : RecordListModel({tr("Child"), tr("Name"), tr("Field"), tr("What is missing")}, parent)
{}

QVariant Oc2GapListModel::cell(const Oc2Gap& g, int column, int role) const
{
    if (role == PagedTableModel::RecordIdRole)
        return g.childId;
    if (role != Qt::DisplayRole && role != PagedTableModel::RawValueRole)
        return {};
    switch (column) {
    case ChildColumn:
        return g.caseId;
    case NameColumn:
        return g.childName;
    case FieldColumn:
        return role == PagedTableModel::RawValueRole ? QVariant(int(g.field))
                                                     : QVariant(Oc2Rules::fieldName(g.field));
    case MissingColumn:
        return g.missing;
    default:
        return {};
    }
}

} // namespace lac
