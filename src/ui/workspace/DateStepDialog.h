// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CaseDialog.h"
#include <QDate>
#include <memory>

namespace Ui {
class DateStepDialog;
}

class QLineEdit;

namespace lac {

/// One lifecycle step that is just a date (and perhaps a note): request sent, paperwork
/// accepted, report received, left care, returned to social care, chased, resolved.
class DateStepDialog : public CaseDialog
{
    Q_OBJECT

public:
    /// \a prompt says what is being recorded; \a noteLabel empty hides the note field.
    DateStepDialog(const QString& title, const QString& prompt, QDate initial,
                   const QString& noteLabel, QWidget* parent = nullptr);
    /// Adds a required one-line field above the note (an escalation's "to whom"); its label
    /// is what the service's refusal names, so a refusal focuses it.
    QLineEdit* addTextField(const QString& label);
    QDate date() const;
    QString note() const;
    ~DateStepDialog() override;
    Ui::DateStepDialog& form() { return *m_ui; }

private:
    std::unique_ptr<Ui::DateStepDialog> m_ui;
};

} // namespace lac
