// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dental/ui/DentalCheckDialog.h"

#include "common/DateField.h"
#include "dental/models/DentalCheckListModel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace lac {

DentalCheckDialog::DentalCheckDialog(const QString& heading, const DentalCheckRecord& initial,
                                     QDate today, QWidget* parent)
    : CaseDialog(parent)
    , m_initial(initial)
{
    setWindowTitle(initial.id ? tr("Correct a dental check") : tr("Record a dental check"));
    auto* prompt = new QLabel(heading, this);
    prompt->setWordWrap(true);
    m_date = new DateField(this);
    m_date->setDate(initial.date.isValid() ? initial.date : today);
    m_date->setMaximumDate(today);
    m_date->setAccessibleName(tr("Date"));
    m_outcome = new QComboBox(this);
    m_outcome->setAccessibleName(tr("Outcome"));
    for (DentalNotSeenReason r : {DentalNotSeenReason::Seen, DentalNotSeenReason::NoNhsDentist,
                                  DentalNotSeenReason::Refused, DentalNotSeenReason::WasNotBrought,
                                  DentalNotSeenReason::Other})
        m_outcome->addItem(DentalCheckListModel::reasonText(r), int(r));
    m_outcome->setCurrentIndex(m_outcome->findData(int(initial.reason)));
    m_dentist = new QLineEdit(initial.dentist, this);
    m_dentist->setAccessibleName(tr("Dentist"));
    m_dentist->setPlaceholderText(tr("practice or dentist, as on the letter"));
    m_notes = new QLineEdit(initial.notes, this);
    m_notes->setAccessibleName(tr("Notes"));

    auto* form = new QFormLayout;
    form->addRow(prompt);
    const auto row = [this, form](const QString& text, QWidget* field) {
        auto* label = new QLabel(text, this);
        label->setBuddy(field);
        form->addRow(label, field);
    };
    row(tr("&Date:"), m_date);
    row(tr("&Outcome:"), m_outcome);
    row(tr("D&entist:"), m_dentist);
    row(tr("&Notes:"), m_notes);
    auto* error = new QLabel(this);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(error);
    layout->addWidget(buttons);
    bindForm(error, buttons);
    m_date->setFocus();
}

DentalCheckRecord DentalCheckDialog::check() const
{
    DentalCheckRecord c = m_initial;
    c.date = m_date->date();
    c.reason = DentalNotSeenReason(m_outcome->currentData().toInt());
    c.dentist = m_dentist->text().trimmed();
    c.notes = m_notes->text().trimmed();
    return c;
}

} // namespace lac
