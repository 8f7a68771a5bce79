// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "immunisations/ui/ImmunisationDialog.h"

#include "common/DateField.h"
#include "immunisations/models/ImmunisationListModel.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>

namespace lac {

ImmunisationDialog::ImmunisationDialog(const QString& heading, const ImmunisationDose& initial,
                                       const QList<QPair<QString, QString>>& vaccines, QDate today,
                                       QWidget* parent)
    : CaseDialog(parent)
    , m_initial(initial)
{
    setWindowTitle(initial.id ? tr("Correct an immunisation") : tr("Record an immunisation"));
    auto* prompt = new QLabel(heading, this);
    prompt->setWordWrap(true);
    m_vaccine = new QComboBox(this);
    m_vaccine->setAccessibleName(tr("Vaccine"));
    for (const auto& [code, name] : vaccines)
        m_vaccine->addItem(name, code);
    if (const int at = m_vaccine->findData(initial.vaccine); at >= 0)
        m_vaccine->setCurrentIndex(at);
    m_date = new DateField(this);
    m_date->setDate(initial.date.isValid() ? initial.date : today);
    m_date->setMaximumDate(today);
    m_date->setAccessibleName(tr("Date given"));
    m_source = new QComboBox(this);
    m_source->setAccessibleName(tr("Source"));
    for (DoseSource s : {DoseSource::GpRecord, DoseSource::RedBook, DoseSource::ParentsAccount,
                         DoseSource::OverseasRecord})
        m_source->addItem(ImmunisationListModel::sourceText(s), int(s));
    m_source->setCurrentIndex(m_source->findData(int(initial.source)));
    m_notes = new QLineEdit(initial.notes, this);
    m_notes->setAccessibleName(tr("Notes"));
    m_notes->setPlaceholderText(tr("batch, where given, or what the record says"));

    layOutRecordForm(prompt, {{tr("&Vaccine:"), m_vaccine},
                              {tr("&Date given:"), m_date},
                              {tr("&Source:"), m_source},
                              {tr("&Notes:"), m_notes}});
    m_vaccine->setFocus();
}

ImmunisationDose ImmunisationDialog::dose() const
{
    ImmunisationDose d = m_initial;
    d.vaccine = m_vaccine->currentData().toString();
    d.date = m_date->date();
    d.source = DoseSource(m_source->currentData().toInt());
    d.notes = m_notes->text().trimmed();
    return d;
}

} // namespace lac
