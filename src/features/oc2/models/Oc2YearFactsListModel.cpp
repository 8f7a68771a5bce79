// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "oc2/models/Oc2YearFactsListModel.h"

#include "oc2/core/Oc2Rules.h"
#include "oc2/core/Oc2Year.h"

namespace lac {

Oc2YearFactsListModel::Oc2YearFactsListModel(QObject* parent)
    : RecordListModel({tr("Year"), tr("Substance misuse"), tr("Intervention received"),
                       tr("Intervention offered"), tr("Convicted or cautioned"), tr("Notes")},
                      parent)
{}

QString Oc2YearFactsListModel::answerText(std::optional<bool> answer)
{
    if (!answer)
        return tr("Not known");
    return *answer ? tr("Yes") : tr("No");
}

QVariant Oc2YearFactsListModel::cell(const Oc2YearFacts& f, int column, int role) const
{
    if (role == PagedTableModel::RecordIdRole)
        return f.id;
    if (role != Qt::DisplayRole && role != PagedTableModel::RawValueRole)
        return {};
    const bool raw = role == PagedTableModel::RawValueRole;
    const auto answer = [raw](std::optional<bool> a) {
        return raw ? QVariant(a ? int(*a) : -1) : QVariant(answerText(a));
    };
    switch (column) {
    case YearColumn:
        return raw ? QVariant(f.firstYear) : QVariant(Oc2Year{f.firstYear}.label());
    case SubstanceMisuseColumn:
        return answer(f.substanceMisuse);
    case ReceivedColumn:
        return f.substanceMisuse.value_or(false) ? answer(f.interventionReceived) : QVariant();
    case OfferedColumn:
        return f.substanceMisuse.value_or(false) && !f.interventionReceived.value_or(true)
                   ? answer(f.interventionOffered)
                   : QVariant();
    case ConvictedColumn:
        if (m_born.isValid() && !Oc2Rules::asksConvicted(m_born, Oc2Year{f.firstYear}))
            return raw ? QVariant(-2) : QVariant(tr("Not asked (under 10)"));
        return answer(f.convicted);
    case NotesColumn:
        return raw ? f.notes : f.notes.section(QLatin1Char('\n'), 0, 0);
    default:
        return {};
    }
}

} // namespace lac
