// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "carers/models/CarerMedicalListModel.h"

namespace lac {

CarerMedicalListModel::CarerMedicalListModel(QObject* parent)
    : RecordListModel({tr("Applicant"), tr("Household"), tr("For"), tr("Form"), tr("Requested"),
                       tr("Days"), tr("With"), tr("Since"), tr("Chases"), tr("Adviser"),
                       tr("Renewal due")},
                      parent)
{}

QVariant CarerMedicalListModel::cell(const CarerMedicalLine& l, int column, int role) const
{
    if (role == PagedTableModel::RecordIdRole)
        return l.row.medical.id;
    const bool raw = role == PagedTableModel::RawValueRole;
    if (role == Qt::TextAlignmentRole)
        return column == DaysColumn || column == ChasesColumn
                   ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter))
                   : QVariant();
    if (role == Qt::ToolTipRole && column == ChasesColumn && l.row.lastChased.isValid())
        return tr("Last chased %1").arg(dayText(l.row.lastChased));
    if (role != Qt::DisplayRole && !raw)
        return {};
    const CarerMedical& m = l.row.medical;
    switch (column) {
    case ApplicantColumn:
        return l.row.applicant.name;
    case HouseholdColumn:
        return l.row.applicant.household;
    case ApplicationColumn:
        return raw ? QVariant(int(l.row.applicant.application))
                   : QVariant(CarerMedicalService::applicationText(l.row.applicant.application));
    case FormColumn:
        return CarerMedicalService::formText(m.form);
    case RequestedColumn:
        return raw ? QVariant(m.requested) : QVariant(dayText(m.requested));
    case DaysColumn:
        return l.daysWaited;
    case StageColumn:
        return raw ? QVariant(int(l.stage)) : QVariant(CarerMedicalService::stageText(l.stage));
    case SinceColumn:
        return raw ? QVariant(l.stageSince) : QVariant(dayText(l.stageSince));
    case ChasesColumn:
        return l.row.chases;
    case OutcomeColumn:
        return raw ? QVariant(int(m.outcome))
                   : QVariant(m.outcome == CarerAdviserOutcome::NotReviewed
                                  ? QString()
                                  : CarerMedicalService::outcomeText(m.outcome));
    case RenewalColumn:
        return raw ? QVariant(l.renewalDue) : QVariant(dayText(l.renewalDue));
    default:
        return {};
    }
}

} // namespace lac
