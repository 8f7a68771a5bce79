// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "development/models/DevelopmentCheckListModel.h"

#include "development/core/DevelopmentCheckService.h"

namespace lac {

DevelopmentCheckListModel::DevelopmentCheckListModel(QObject* parent)
    : RecordListModel({tr("Date"), tr("Review"), tr("Outcome"), tr("Health visitor"), tr("Notes")},
                      parent)
{}

QString DevelopmentCheckListModel::reviewText(DevelopmentReview review)
{
    return DevelopmentCheckService::reviewName(review);
}

QString DevelopmentCheckListModel::outcomeText(DevelopmentOutcome outcome)
{
    switch (outcome) {
    case DevelopmentOutcome::Done:
        return tr("Done");
    case DevelopmentOutcome::Declined:
        return tr("Not done: declined");
    case DevelopmentOutcome::WasNotBrought:
        return tr("Not done: was not brought");
    case DevelopmentOutcome::NotDoneOther:
        break;
    }
    return tr("Not done: other reason");
}

QVariant DevelopmentCheckListModel::cell(const DevelopmentCheckRecord& c, int column,
                                         int role) const
{
    if (role == PagedTableModel::RecordIdRole)
        return c.id;
    if (role != Qt::DisplayRole && role != PagedTableModel::RawValueRole)
        return {};
    const bool raw = role == PagedTableModel::RawValueRole;
    switch (column) {
    case DateColumn:
        return raw ? QVariant(c.date) : QVariant(dayText(c.date));
    case ReviewColumn:
        return raw ? QVariant(int(c.review)) : QVariant(reviewText(c.review));
    case OutcomeColumn:
        return raw ? QVariant(int(c.outcome)) : QVariant(outcomeText(c.outcome));
    case ReviewerColumn:
        return c.reviewer;
    case NotesColumn:
        return raw ? c.notes : c.notes.section(QLatin1Char('\n'), 0, 0);
    default:
        return {};
    }
}

} // namespace lac
