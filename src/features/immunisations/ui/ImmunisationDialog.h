// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "immunisations/core/ImmunisationDose.h"
#include "workspace/CaseDialog.h"

#include <QPair>

class QComboBox;
class QLineEdit;

namespace lac {

class DateField;

/// Records one dose (vaccine, date, where the team learnt of it) or corrects one. The
/// vaccines offered are the schedule file's, so the list follows the schedule.
class ImmunisationDialog : public CaseDialog
{
    Q_OBJECT

public:
    /// \a vaccines: code and name, in the schedule file's order.
    ImmunisationDialog(const QString& heading, const ImmunisationDose& initial,
                       const QList<QPair<QString, QString>>& vaccines, QDate today,
                       QWidget* parent = nullptr);
    /// What was entered, on top of the record the dialog was opened with.
    ImmunisationDose dose() const;

private:
    ImmunisationDose m_initial;
    QComboBox* m_vaccine = nullptr;
    DateField* m_date = nullptr;
    QComboBox* m_source = nullptr;
    QLineEdit* m_notes = nullptr;
};

} // namespace lac
