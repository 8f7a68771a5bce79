// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dental/core/DentalCheck.h"
#include "workspace/CaseDialog.h"

class QComboBox;
class QLineEdit;

namespace lac {

class DateField;

/// Records one dental check (date, dentist) or a visit that did not happen and why.
class DentalCheckDialog : public CaseDialog
{
    Q_OBJECT

public:
    DentalCheckDialog(const QString& heading, const DentalCheckRecord& initial, QDate today,
                      QWidget* parent = nullptr);
    /// What was entered, on top of the record the dialog was opened with.
    DentalCheckRecord check() const;

private:
    DentalCheckRecord m_initial;
    DateField* m_date = nullptr;
    QLineEdit* m_dentist = nullptr;
    QComboBox* m_outcome = nullptr;
    QLineEdit* m_notes = nullptr;
};

} // namespace lac
