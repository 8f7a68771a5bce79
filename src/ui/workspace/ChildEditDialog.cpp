// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChildEditDialog.h"

#include "domain/CodeList.h"
#include "domain/NhsNumber.h"
#include "ui_ChildEditDialog.h"

namespace lac {

ChildEditDialog::ChildEditDialog(const ChildRecord& initial, QDate today, QWidget* parent)
    : CaseDialog(parent)
    , m_initial(initial)
    , m_ui(std::make_unique<Ui::ChildEditDialog>())
{
    m_ui->setupUi(this);
    bindForm(m_ui->errorLabel, m_ui->buttons);
    setWindowTitle(initial.id ? tr("Edit %1").arg(initial.displayName()) : tr("Add a child"));
    fill(m_ui->sex, CodeList::sexes());
    m_ui->caseId->setText(initial.caseId);
    m_ui->givenName->setText(initial.givenName);
    m_ui->familyName->setText(initial.familyName);
    // A new child's date of birth starts empty: an invented one moves every RHA due date.
    m_ui->dateOfBirth->setDate(initial.dateOfBirth);
    m_ui->dateOfBirth->setMaximumDate(today);
    select(m_ui->sex, initial.sex);
    m_ui->nhsNumber->setText(NhsNumber::format(initial.nhsNumber));
    m_ui->ethnicity->setText(initial.ethnicity);
    m_ui->upn->setText(initial.upn);
    m_ui->uasc->setChecked(initial.uasc);
    m_ui->notes->setPlainText(initial.notes);
    m_ui->notes->setMaximumHeight(80);
    connect(m_ui->nhsNumber, &QLineEdit::textChanged, this, [this] { checkNhsNumber(); });
    checkNhsNumber();
    m_ui->caseId->setFocus();
}

ChildEditDialog::~ChildEditDialog() = default;

void ChildEditDialog::checkNhsNumber()
{
    const QString text = m_ui->nhsNumber->text().trimmed();
    if (text.isEmpty()) {
        m_ui->nhsHint->setText(tr("No NHS number yet"));
        m_ui->nhsHint->setStyleSheet(QStringLiteral("color: palette(mid);"));
        return;
    }
    const auto n = NhsNumber::parse(text);
    if (n) {
        m_ui->nhsHint->setText(tr("✓ Valid: %1").arg(n.value().formatted()));
        m_ui->nhsHint->setStyleSheet(QStringLiteral("color: #0f5132;"));
    } else {
        m_ui->nhsHint->setText(n.failure().message);
        m_ui->nhsHint->setStyleSheet(QStringLiteral("color: #842029;"));
    }
}

ChildRecord ChildEditDialog::child() const
{
    ChildRecord c = m_initial;
    c.caseId = m_ui->caseId->text().trimmed();
    c.givenName = m_ui->givenName->text().trimmed();
    c.familyName = m_ui->familyName->text().trimmed();
    c.dateOfBirth = m_ui->dateOfBirth->date();
    c.sex = m_ui->sex->currentData().toString();
    c.nhsNumber = m_ui->nhsNumber->text().trimmed();
    c.ethnicity = m_ui->ethnicity->text().trimmed();
    c.upn = m_ui->upn->text().trimmed();
    c.uasc = m_ui->uasc->isChecked();
    c.notes = m_ui->notes->toPlainText();
    return c;
}

} // namespace lac
