// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "carers/ui/CarerApplicantDialog.h"

#include "carers/core/CarerMedicalService.h"
#include "common/DateField.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>

namespace lac {

CarerApplicantDialog::CarerApplicantDialog(const CarerApplicant& initial, QDate today,
                                           QWidget* parent)
    : CaseDialog(parent)
    , m_initial(initial)
{
    setWindowTitle(initial.id ? tr("Change an applicant") : tr("Add an applicant"));
    auto* prompt = new QLabel(tr("A prospective foster carer or adopter (an adult: kept apart "
                                 "from the children's records)."),
                              this);
    prompt->setWordWrap(true);
    m_name = new QLineEdit(initial.name, this);
    m_name->setAccessibleName(tr("Name"));
    m_household = new QLineEdit(initial.household, this);
    m_household->setAccessibleName(tr("Household"));
    m_household->setPlaceholderText(tr("e.g. Okafor, 12 Mill Lane"));
    m_application = new QComboBox(this);
    m_application->setAccessibleName(tr("Applying for"));
    for (CarerApplication a : {CarerApplication::Fostering, CarerApplication::Adoption})
        m_application->addItem(CarerMedicalService::applicationText(a), int(a));
    m_application->setCurrentIndex(m_application->findData(int(initial.application)));
    m_socialWorker = new QLineEdit(initial.socialWorker, this);
    m_socialWorker->setAccessibleName(tr("Social worker"));
    m_ready = new DateField(this);
    m_ready->setOptional(true);
    m_ready->setDate(initial.assessmentReady);
    m_ready->setMaximumDate(today);
    m_ready->setAccessibleName(tr("Assessment ready"));
    m_ready->setToolTip(tr("The day the assessment was finished except for the medical"));
    m_notes = new QLineEdit(initial.notes, this);
    m_notes->setAccessibleName(tr("Notes"));
    layOutRecordForm(prompt, {{tr("&Name:"), m_name},
                              {tr("&Household:"), m_household},
                              {tr("Applying &for:"), m_application},
                              {tr("&Social worker:"), m_socialWorker},
                              {tr("&Assessment ready:"), m_ready},
                              {tr("No&tes:"), m_notes}});
    m_name->setFocus();
}

Result<CarerApplicant> CarerApplicantDialog::applicant() const
{
    if (Status s = checkDates(); !s)
        return s.failure();
    CarerApplicant a = m_initial;
    a.name = m_name->text().simplified();
    a.household = m_household->text().simplified();
    a.application = CarerApplication(m_application->currentData().toInt());
    a.socialWorker = m_socialWorker->text().simplified();
    a.assessmentReady = m_ready->date();
    a.notes = m_notes->text().trimmed();
    return a;
}

CarerChaseDialog::CarerChaseDialog(const QString& heading, qint64 medicalId, QDate today,
                                   QWidget* parent)
    : CaseDialog(parent)
    , m_medicalId(medicalId)
{
    setWindowTitle(tr("Record a chase"));
    auto* prompt = new QLabel(heading, this);
    prompt->setWordWrap(true);
    m_date = new DateField(this);
    m_date->setDate(today);
    m_date->setMaximumDate(today);
    m_date->setAccessibleName(tr("Date"));
    m_by = new QLineEdit(this);
    m_by->setAccessibleName(tr("Chased by"));
    m_by->setPlaceholderText(tr("you, unless someone else chased"));
    m_response = new QLineEdit(this);
    m_response->setAccessibleName(tr("Response"));
    m_response->setPlaceholderText(tr("who was chased and what they said"));
    setMinimumWidth(440);
    layOutRecordForm(
        prompt,
        {{tr("&Date:"), m_date}, {tr("Chased &by:"), m_by}, {tr("&Response:"), m_response}});
    m_response->setFocus();
}

Result<CarerMedicalChase> CarerChaseDialog::chase() const
{
    if (Status s = checkDates(); !s)
        return s.failure();
    CarerMedicalChase c;
    c.medicalId = m_medicalId;
    c.date = m_date->date();
    c.chasedBy = m_by->text().simplified();
    c.response = m_response->text().trimmed();
    return c;
}

} // namespace lac
