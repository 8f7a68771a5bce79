// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PaperworkIssueDialog.h"

#include "domain/CodeList.h"
#include "ui_PaperworkIssueDialog.h"

namespace lac {

PaperworkIssueDialog::PaperworkIssueDialog(const QString& assessment,
                                           const PaperworkIssueRecord& initial, QDate today,
                                           QWidget* parent)
    : CaseDialog(parent)
    , m_initial(initial)
    , m_ui(std::make_unique<Ui::PaperworkIssueDialog>())
{
    m_ui->setupUi(this);
    bindForm(m_ui->errorLabel, m_ui->buttons);
    m_ui->assessmentLabel->setText(assessment);
    fill(m_ui->problem, CodeList::paperworkProblems());
    select(m_ui->problem, initial.problem);
    m_ui->detail->setText(initial.detail);
    m_ui->foundDate->setDate(initial.foundDate.isValid() ? initial.foundDate : today);
    m_ui->returned->setChecked(initial.returnedDate.isValid());
    m_ui->returnedDate->setDate(initial.returnedDate.isValid() ? initial.returnedDate : today);
    m_ui->resolved->setChecked(initial.resolvedDate.isValid());
    m_ui->resolvedDate->setDate(initial.resolvedDate.isValid() ? initial.resolvedDate : today);
    m_ui->notes->setPlainText(initial.notes);
    // A new issue is logged first and put right later.
    m_ui->resolved->setVisible(initial.id > 0);
    m_ui->resolvedDate->setVisible(initial.id > 0);
    auto update = [this] {
        m_ui->returnedDate->setEnabled(m_ui->returned->isChecked());
        m_ui->resolvedDate->setEnabled(m_ui->resolved->isChecked());
    };
    connect(m_ui->returned, &QCheckBox::toggled, this, update);
    connect(m_ui->resolved, &QCheckBox::toggled, this, update);
    update();
    m_ui->problem->setFocus();
}

PaperworkIssueDialog::~PaperworkIssueDialog() = default;

PaperworkIssueRecord PaperworkIssueDialog::issue() const
{
    PaperworkIssueRecord i = m_initial;
    i.problem = m_ui->problem->currentData().toString();
    i.detail = m_ui->detail->text().trimmed();
    i.foundDate = m_ui->foundDate->date();
    i.returnedDate = m_ui->returned->isChecked() ? m_ui->returnedDate->date() : QDate();
    i.resolvedDate = m_ui->resolved->isChecked() ? m_ui->resolvedDate->date() : QDate();
    i.notes = m_ui->notes->toPlainText().trimmed();
    return i;
}

} // namespace lac
