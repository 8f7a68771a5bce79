// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sdq/models/SdqListModel.h"

namespace lac {

SdqListModel::SdqListModel(QObject* parent)
    : RecordListModel({tr("Date"), tr("Score"), tr("Reason for no score"), tr("Notes")}, parent)
{}

QString SdqListModel::reasonText(SdqReason reason)
{
    switch (reason) {
    case SdqReason::None:
        return {};
    case SdqReason::OutsideAgeRange:
        return tr("SDQ1: under 4 or over 16");
    case SdqReason::CarerRefused:
        return tr("SDQ2: carer refused");
    case SdqReason::DisabilityTooSevere:
        return tr("SDQ3: disability too severe");
    case SdqReason::Other:
        return tr("SDQ4: other reason");
    case SdqReason::YoungPersonRefused:
        break;
    }
    return tr("SDQ5: young person refused");
}

QVariant SdqListModel::cell(const SdqRecord& s, int column, int role) const
{
    if (role == PagedTableModel::RecordIdRole)
        return s.id;
    if (role != Qt::DisplayRole && role != PagedTableModel::RawValueRole)
        return {};
    const bool raw = role == PagedTableModel::RawValueRole;
    switch (column) {
    case DateColumn:
        return raw ? QVariant(s.date) : QVariant(dayText(s.date));
    case ScoreColumn:
        if (raw)
            return s.score ? *s.score : -1;
        return s.score ? QVariant(QString::number(*s.score)) : QVariant(QString());
    case ReasonColumn:
        return raw ? QVariant(int(s.reason)) : QVariant(reasonText(s.reason));
    case NotesColumn:
        return raw ? s.notes : s.notes.section(QLatin1Char('\n'), 0, 0);
    default:
        return {};
    }
}

} // namespace lac
