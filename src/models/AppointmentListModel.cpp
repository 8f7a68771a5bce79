// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AppointmentListModel.h"

#include "NoteText.h"
#include "common/DisplayDate.h"
#include "domain/CodeList.h"

namespace lac {

AppointmentListModel::AppointmentListModel(QObject* parent)
    : RecordListModel({tr("When"), tr("Provider"), tr("Clinician"), tr("Venue"), tr("Mode"),
                       tr("Interpreter"), tr("Outcome"), tr("Notes")},
                      parent)
{}

QVariant AppointmentListModel::cell(const AppointmentRecord& a, int column, int role) const
{
    if (role == PagedTableModel::RecordIdRole)
        return a.id;
    if (role == Qt::ToolTipRole && column == NotesColumn)
        return noteToolTip(a.notes);
    if (role != Qt::DisplayRole && role != PagedTableModel::RawValueRole)
        return {};
    const bool raw = role == PagedTableModel::RawValueRole;
    switch (column) {
    case WhenColumn:
        return raw ? QVariant(a.scheduledAt) : QVariant(displayDateTime(a.scheduledAt));
    case ProviderColumn:
        return a.providerName;
    case ClinicianColumn:
        return a.clinician;
    case VenueColumn:
        return a.venue;
    case ModeColumn:
        return raw ? a.mode : CodeList::label(CodeList::appointmentModes(), a.mode);
    case InterpreterColumn:
        return a.interpreterNeeded ? a.interpreterLanguage : QString();
    case OutcomeColumn:
        if (raw)
            return a.outcome;
        return a.outcomeDate.isValid()
                   ? tr("%1 (%2)").arg(CodeList::label(CodeList::appointmentOutcomes(), a.outcome),
                                       dayText(a.outcomeDate))
                   : CodeList::label(CodeList::appointmentOutcomes(), a.outcome);
    case NotesColumn:
        return raw ? a.notes : noteSummary(a.notes);
    default:
        return {};
    }
}

} // namespace lac
