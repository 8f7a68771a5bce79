// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dental/models/DentalCheckListModel.h"

namespace lac {

DentalCheckListModel::DentalCheckListModel(QObject* parent)
    : RecordListModel({tr("Date"), tr("Dentist"), tr("Outcome"), tr("Notes")}, parent)
{}

QString DentalCheckListModel::reasonText(DentalNotSeenReason reason)
{
    switch (reason) {
    case DentalNotSeenReason::Seen:
        return tr("Teeth checked");
    case DentalNotSeenReason::NoNhsDentist:
        return tr("Not seen: no NHS dentist available");
    case DentalNotSeenReason::Refused:
        return tr("Not seen: the young person declined");
    case DentalNotSeenReason::WasNotBrought:
        return tr("Not seen: was not brought");
    case DentalNotSeenReason::Other:
        break;
    }
    return tr("Not seen: other reason");
}

QVariant DentalCheckListModel::cell(const DentalCheckRecord& c, int column, int role) const
{
    if (role == PagedTableModel::RecordIdRole)
        return c.id;
    if (role != Qt::DisplayRole && role != PagedTableModel::RawValueRole)
        return {};
    const bool raw = role == PagedTableModel::RawValueRole;
    switch (column) {
    case DateColumn:
        return raw ? QVariant(c.date) : QVariant(dayText(c.date));
    case DentistColumn:
        return c.dentist;
    case OutcomeColumn:
        return raw ? QVariant(int(c.reason)) : QVariant(reasonText(c.reason));
    case NotesColumn:
        return raw ? c.notes : c.notes.section(QLatin1Char('\n'), 0, 0);
    default:
        return {};
    }
}

} // namespace lac
