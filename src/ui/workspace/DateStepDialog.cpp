// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DateStepDialog.h"

#include "ui_DateStepDialog.h"

#include <QLabel>
#include <QLineEdit>

namespace lac {

DateStepDialog::DateStepDialog(const QString& title, const QString& prompt, QDate initial,
                               const QString& noteLabel, QWidget* parent)
    : CaseDialog(parent)
    , m_ui(std::make_unique<Ui::DateStepDialog>())
{
    m_ui->setupUi(this);
    bindForm(m_ui->errorLabel, m_ui->buttons);
    setWindowTitle(title);
    m_ui->promptLabel->setText(prompt);
    m_ui->date->setDate(initial);
    m_ui->date->setMaximumDate(initial.addYears(1)); // initial is today
    m_ui->noteLabel->setVisible(!noteLabel.isEmpty());
    m_ui->note->setVisible(!noteLabel.isEmpty());
    m_ui->noteLabel->setText(noteLabel);
    m_ui->note->setAccessibleName(noteLabel);
    m_ui->dateLabel->setText(title.endsWith(QLatin1Char(':')) ? title : title + QLatin1Char(':'));
    m_ui->date->setAccessibleName(title);
    m_ui->date->setFocus();
}

DateStepDialog::~DateStepDialog() = default;

QLineEdit* DateStepDialog::addTextField(const QString& label)
{
    auto* field = new QLineEdit(this);
    field->setAccessibleName(label);
    auto* name = new QLabel(label + QLatin1Char(':'), this);
    name->setBuddy(field);
    int noteRow = 0;
    m_ui->form->getWidgetPosition(m_ui->note, &noteRow, nullptr);
    m_ui->form->insertRow(noteRow, name, field);
    clearsItsFailure(field);
    return field;
}

QDate DateStepDialog::date() const
{
    return m_ui->date->date();
}
QString DateStepDialog::note() const
{
    return m_ui->note->text().trimmed();
}

} // namespace lac
