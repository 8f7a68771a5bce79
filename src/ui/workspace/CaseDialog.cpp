// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CaseDialog.h"

#include "common/DateField.h"
#include "domain/CodeList.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace lac {

CaseDialog::CaseDialog(QWidget* parent)
    : QDialog(parent)
{}

void CaseDialog::layOutRecordForm(QWidget* prompt,
                                  std::initializer_list<std::pair<QString, QWidget*>> fields)
{
    auto* form = new QFormLayout;
    form->addRow(prompt);
    for (const auto& [text, field] : fields) {
        auto* label = new QLabel(text, this);
        label->setBuddy(field);
        form->addRow(label, field);
    }
    auto* error = new QLabel(this);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(error);
    layout->addWidget(buttons);
    bindForm(error, buttons);
}

void CaseDialog::bindForm(QLabel* errorLabel, QDialogButtonBox* buttons)
{
    m_error = errorLabel;
    m_error->setStyleSheet(QStringLiteral("QLabel { color: #842029; background: #f8d7da; "
                                          "border: 1px solid #f5c2c7; padding: 6px; }"));
    m_error->setVisible(false);
    m_error->setWordWrap(true); // a long reason wraps and the dialog grows, never cut off
    for (QLineEdit* field : findChildren<QLineEdit*>())
        clearsItsFailure(field);
    connect(buttons, &QDialogButtonBox::accepted, this, &CaseDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    if (QPushButton* save = buttons->button(QDialogButtonBox::Save)) {
        save->setDefault(true);
        save->setToolTip(tr("Save (Ctrl+S or Enter)"));
        save->setShortcut(QKeySequence::Save);
    }
}

void CaseDialog::clearsItsFailure(QLineEdit* field)
{
    // A field put right clears the message about it.
    connect(field, &QLineEdit::textEdited, this, [this, field] {
        if (m_errorField == field)
            clearFailure();
    });
}

void CaseDialog::showFailure(const Failure& failure)
{
    if (!m_error)
        return;
    m_error->setText(failure.where.isEmpty() ? failure.message
                                             : tr("%1: %2").arg(failure.where, failure.message));
    m_error->setVisible(true);
    m_errorField = nullptr;
    // Focus the field whose label names the problem.
    for (QLabel* label : findChildren<QLabel*>()) {
        if (label->buddy() && labelText(label).compare(failure.where, Qt::CaseInsensitive) == 0) {
            m_errorField = label->buddy();
            label->buddy()->setFocus();
            break;
        }
    }
    adjustSize();
}

void CaseDialog::clearFailure()
{
    if (m_error)
        m_error->setVisible(false);
    m_errorField = nullptr;
}

QString CaseDialog::labelText(const QLabel* label)
{
    QString text = label->text();
    text.remove(QLatin1Char('&'));
    if (text.endsWith(QLatin1Char(':')))
        text.chop(1);
    return text;
}

Status CaseDialog::checkDates() const
{
    // A date that is not a date is refused before anything is saved, with the field's name
    // and the reason, instead of being saved as something else.
    const auto labels = findChildren<QLabel*>();
    for (DateField* field : findChildren<DateField*>()) {
        if (!field->isEnabled() || field->isHidden())
            continue;
        const QString problem = field->problem();
        if (problem.isEmpty())
            continue;
        QString name = field->accessibleName();
        for (const QLabel* label : labels)
            if (label->buddy() == field)
                name = labelText(label);
        return Failure{problem, name};
    }
    return {};
}

QString CaseDialog::shownFailure() const
{
    return m_error && m_error->isVisible() ? m_error->text() : QString();
}

void CaseDialog::accept()
{
    clearFailure();
    if (const Status s = checkDates(); !s) {
        showFailure(s.failure());
        return;
    }
    if (m_submit) {
        if (const Status s = m_submit(); !s) {
            showFailure(s.failure());
            return;
        }
    }
    QDialog::accept();
}

void CaseDialog::fill(QComboBox* box, const QList<ReferenceItem>& items, bool withBlank)
{
    box->clear();
    if (withBlank)
        box->addItem(tr("(choose)"), QString());
    for (const auto& i : items)
        box->addItem(i.label, i.code);
}

void CaseDialog::fill(QComboBox* box, const QList<CodeLabel>& items)
{
    box->clear();
    for (const auto& i : items)
        box->addItem(i.label, i.code);
}

void CaseDialog::select(QComboBox* box, const QString& code)
{
    const int i = box->findData(code);
    if (i >= 0)
        box->setCurrentIndex(i);
}

} // namespace lac
