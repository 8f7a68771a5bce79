// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "development/core/DevelopmentCheck.h"
#include "workspace/CaseDialog.h"

class QComboBox;
class QLineEdit;

namespace lac {

class DateField;

/// Records one development review (which, when, by whom) or a review that did not happen.
class DevelopmentCheckDialog : public CaseDialog
{
    Q_OBJECT

public:
    DevelopmentCheckDialog(const QString& heading, const DevelopmentCheckRecord& initial,
                           QDate today, QWidget* parent = nullptr);
    /// What was entered, on top of the record the dialog was opened with.
    DevelopmentCheckRecord check() const;

private:
    DevelopmentCheckRecord m_initial;
    DateField* m_date = nullptr;
    QComboBox* m_review = nullptr;
    QComboBox* m_outcome = nullptr;
    QLineEdit* m_reviewer = nullptr;
    QLineEdit* m_notes = nullptr;
};

} // namespace lac
