// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "uasc/models/UascScreeningListModel.h"

namespace lac {

UascScreeningListModel::UascScreeningListModel(QObject* parent)
    : RecordListModel({tr("Date"), tr("Screen"), tr("Outcome"), tr("Referral"), tr("Notes")},
                      parent)
{}

QString UascScreeningListModel::screenText(UascScreen screen)
{
    switch (screen) {
    case UascScreen::Tuberculosis:
        return tr("Tuberculosis (TB)");
    case UascScreen::HepatitisB:
        return tr("Hepatitis B");
    case UascScreen::HepatitisC:
        return tr("Hepatitis C");
    case UascScreen::Hiv:
        return tr("HIV");
    case UascScreen::Other:
        break;
    }
    return tr("Other");
}

QString UascScreeningListModel::outcomeText(UascScreenOutcome outcome)
{
    switch (outcome) {
    case UascScreenOutcome::ResultAwaited:
        return tr("Done, result awaited");
    case UascScreenOutcome::NoFurtherAction:
        return tr("Done, no further action");
    case UascScreenOutcome::Referred:
        return tr("Done, referred on");
    case UascScreenOutcome::Declined:
        break;
    }
    return tr("Offered, declined");
}

QString UascScreeningListModel::historyText(UascImmunisationHistory history)
{
    switch (history) {
    case UascImmunisationHistory::Known:
        return tr("Known (a full record was seen)");
    case UascImmunisationHistory::Partial:
        return tr("Partly known");
    case UascImmunisationHistory::Unknown:
        break;
    }
    return tr("Unknown: treat as unimmunised");
}

QVariant UascScreeningListModel::cell(const UascScreening& s, int column, int role) const
{
    if (role == PagedTableModel::RecordIdRole)
        return s.id;
    if (role != Qt::DisplayRole && role != PagedTableModel::RawValueRole)
        return {};
    const bool raw = role == PagedTableModel::RawValueRole;
    switch (column) {
    case DateColumn:
        return raw ? QVariant(s.date) : QVariant(dayText(s.date));
    case ScreenColumn:
        if (raw)
            return int(s.screen);
        return s.screen == UascScreen::Other && !s.otherName.isEmpty()
                   ? tr("Other: %1").arg(s.otherName)
                   : screenText(s.screen);
    case OutcomeColumn:
        return raw ? QVariant(int(s.outcome)) : QVariant(outcomeText(s.outcome));
    case ReferralColumn:
        return s.referral;
    case NotesColumn:
        return raw ? s.notes : s.notes.section(QLatin1Char('\n'), 0, 0);
    default:
        return {};
    }
}

} // namespace lac
