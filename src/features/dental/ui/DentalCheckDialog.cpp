// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dental/ui/DentalCheckDialog.h"

#include "common/DateField.h"
#include "dental/models/DentalCheckListModel.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>

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

    layOutRecordForm(prompt, {{tr("&Date:"), m_date},
                              {tr("&Outcome:"), m_outcome},
                              {tr("D&entist:"), m_dentist},
                              {tr("&Notes:"), m_notes}});
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
