// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "immunisations/models/ImmunisationListModel.h"

namespace lac {

ImmunisationListModel::ImmunisationListModel(QObject* parent)
    : RecordListModel({tr("Date"), tr("Vaccine"), tr("Counts for"), tr("Source"), tr("Notes")},
                      parent)
{}

QString ImmunisationListModel::sourceText(DoseSource source)
{
    switch (source) {
    case DoseSource::GpRecord:
        return tr("GP record");
    case DoseSource::RedBook:
        return tr("Red book");
    case DoseSource::ParentsAccount:
        return tr("Parent's account");
    case DoseSource::OverseasRecord:
        break;
    }
    return tr("Overseas record");
}

void ImmunisationListModel::setDoses(QList<ImmunisationDose> doses, QHash<qint64, QString> counts)
{
    m_counts = std::move(counts);
    setRows(std::move(doses));
}

QVariant ImmunisationListModel::cell(const ImmunisationDose& d, int column, int role) const
{
    if (role == PagedTableModel::RecordIdRole)
        return d.id;
    if (role != Qt::DisplayRole && role != PagedTableModel::RawValueRole)
        return {};
    const bool raw = role == PagedTableModel::RawValueRole;
    switch (column) {
    case DateColumn:
        return raw ? QVariant(d.date) : QVariant(dayText(d.date));
    case VaccineColumn:
        return raw ? d.vaccine : m_names.value(d.vaccine, d.vaccine);
    case CountsColumn:
        return m_counts.value(d.id);
    case SourceColumn:
        return raw ? QVariant(int(d.source)) : QVariant(sourceText(d.source));
    case NotesColumn:
        return raw ? d.notes : d.notes.section(QLatin1Char('\n'), 0, 0);
    default:
        return {};
    }
}

} // namespace lac
