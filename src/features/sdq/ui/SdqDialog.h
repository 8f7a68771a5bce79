// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sdq/core/SdqRecord.h"
#include "workspace/CaseDialog.h"

class QComboBox;
class QLineEdit;
class QSpinBox;

namespace lac {

class DateField;

/// Records one SDQ: the date and either the total difficulties score or the reason for none.
/// The score box is open only while "score returned" is chosen, so the two cannot be entered
/// together by mistake.
class SdqDialog : public CaseDialog
{
    Q_OBJECT

public:
    SdqDialog(const QString& heading, const SdqRecord& initial, QDate today,
              QWidget* parent = nullptr);
    /// What was entered, on top of the record the dialog was opened with.
    SdqRecord sdq() const;

private:
    SdqRecord m_initial;
    DateField* m_date = nullptr;
    QComboBox* m_outcome = nullptr;
    QSpinBox* m_score = nullptr;
    QLineEdit* m_notes = nullptr;
};

} // namespace lac
