// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "carers/ui/CarerMedicalDialog.h"

#include "carers/core/CarerMedicalService.h"
#include "common/DateField.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace lac {
namespace {

void addRow(QFormLayout* form, const QString& label, QWidget* field)
{
    auto* l = new QLabel(label, field->parentWidget());
    l->setBuddy(field);
    form->addRow(l, field);
}

} // namespace

CarerMedicalDialog::CarerMedicalDialog(const CarerMedical& initial,
                                       const QList<CarerApplicant>& applicants, QDate today,
                                       bool team, bool adviser, QWidget* parent)
    : CaseDialog(parent)
    , m_initial(initial)
{
    setWindowTitle(initial.id ? tr("Carer's medical") : tr("Request a carer's medical"));
    m_applicant = combo(tr("Applicant"));
    for (const CarerApplicant& a : applicants)
        m_applicant->addItem(
            a.household.isEmpty() ? a.name : tr("%1 (%2)").arg(a.name, a.household), a.id);
    m_applicant->setCurrentIndex(m_applicant->findData(initial.applicantId));
    m_applicant->setEnabled(initial.id == 0 && team);
    m_form = combo(tr("Form"));
    for (CarerMedicalForm f : {CarerMedicalForm::Ah, CarerMedicalForm::Ah2})
        m_form->addItem(CarerMedicalService::formText(f), int(f));
    m_form->setCurrentIndex(m_form->findData(int(initial.form)));
    m_requested =
        date(initial.requested.isValid() ? initial.requested : today, tr("Requested"), false);
    m_practice = new QLineEdit(initial.gpPractice, this);
    m_practice->setAccessibleName(tr("GP practice"));
    m_appointment = date(initial.gpAppointment, tr("GP appointment"));
    m_fee = new QLineEdit(
        initial.feePence < 0 ? QString() : QLocale::c().toString(initial.feePence / 100.0, 'f', 2),
        this);
    m_fee->setAccessibleName(tr("Fee"));
    m_fee->setPlaceholderText(tr("pounds, e.g. 85 or 120.50"));
    m_payer = combo(tr("Fee paid by"));
    for (CarerFeePayer p : {CarerFeePayer::NotKnown, CarerFeePayer::Agency,
                            CarerFeePayer::Applicant, CarerFeePayer::NoFee})
        m_payer->addItem(CarerMedicalService::feePayerText(p), int(p));
    m_payer->setCurrentIndex(m_payer->findData(int(initial.feePayer)));
    m_declined = date(initial.gpDeclined, tr("GP declined"));
    m_escalation = combo(tr("Escalation"));
    for (CarerGpEscalation e : {CarerGpEscalation::None, CarerGpEscalation::PracticeManager,
                                CarerGpEscalation::Icb, CarerGpEscalation::OtherDoctor})
        m_escalation->addItem(CarerMedicalService::escalationText(e), int(e));
    m_escalation->setCurrentIndex(m_escalation->findData(int(initial.escalation)));
    m_received = date(initial.received, tr("Received"));
    m_reviewed = date(initial.reviewed, tr("Reviewed"));
    m_outcome = combo(tr("Outcome"));
    for (CarerAdviserOutcome o :
         {CarerAdviserOutcome::NotReviewed, CarerAdviserOutcome::Clear,
          CarerAdviserOutcome::MoreInformation, CarerAdviserOutcome::Concern})
        m_outcome->addItem(CarerMedicalService::outcomeText(o), int(o));
    m_outcome->setCurrentIndex(m_outcome->findData(int(initial.outcome)));
    m_infoRequested = date(initial.infoRequested, tr("Information requested"));
    m_infoReceived = date(initial.infoReceived, tr("Information received"));
    m_summary = date(initial.summarySent, tr("Summary sent"));
    m_panel = date(initial.panel, tr("Panel"));
    m_approved = date(initial.approved, tr("Approved"));
    m_withdrawn = date(initial.withdrawn, tr("Withdrawn"));
    m_notes = new QLineEdit(initial.notes, this);
    m_notes->setAccessibleName(tr("Notes"));

    auto* request = new QGroupBox(tr("Request and GP"), this);
    auto* left = new QFormLayout(request);
    addRow(left, tr("&Applicant:"), m_applicant);
    addRow(left, tr("&Form:"), m_form);
    addRow(left, tr("&Requested:"), m_requested);
    addRow(left, tr("GP pra&ctice:"), m_practice);
    addRow(left, tr("GP appoint&ment:"), m_appointment);
    addRow(left, tr("F&ee:"), m_fee);
    addRow(left, tr("Fee paid &by:"), m_payer);
    addRow(left, tr("GP &declined:"), m_declined);
    addRow(left, tr("Esca&lation:"), m_escalation);
    addRow(left, tr("Rece&ived:"), m_received);
    auto* review = new QGroupBox(tr("Medical adviser and panel"), this);
    auto* right = new QFormLayout(review);
    addRow(right, tr("Revie&wed:"), m_reviewed);
    addRow(right, tr("&Outcome:"), m_outcome);
    addRow(right, tr("Information re&quested:"), m_infoRequested);
    addRow(right, tr("I&nformation received:"), m_infoReceived);
    addRow(right, tr("&Summary sent:"), m_summary);
    addRow(right, tr("&Panel:"), m_panel);
    addRow(right, tr("Appro&ved:"), m_approved);
    addRow(right, tr("Wit&hdrawn:"), m_withdrawn);
    addRow(right, tr("No&tes:"), m_notes);
    for (QWidget* w : std::initializer_list<QWidget*>{
             m_form, m_requested, m_practice, m_appointment, m_fee, m_payer, m_declined,
             m_escalation, m_received, m_infoRequested, m_infoReceived, m_panel, m_approved,
             m_withdrawn, m_notes})
        w->setEnabled(team);
    for (QWidget* w : std::initializer_list<QWidget*>{m_reviewed, m_outcome, m_summary})
        w->setEnabled(adviser);

    auto* columns = new QHBoxLayout;
    columns->addWidget(request);
    columns->addWidget(review);
    auto* error = new QLabel(this);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(columns);
    layout->addWidget(error);
    layout->addWidget(buttons);
    bindForm(error, buttons);
    (team ? static_cast<QWidget*>(m_requested) : m_reviewed)->setFocus();
}

DateField* CarerMedicalDialog::date(QDate value, const QString& name, bool optional)
{
    auto* field = new DateField(this);
    field->setDate(value);
    field->setOptional(optional);
    field->setAccessibleName(name);
    return field;
}

QComboBox* CarerMedicalDialog::combo(const QString& name)
{
    auto* box = new QComboBox(this);
    box->setAccessibleName(name);
    return box;
}

Result<CarerMedical> CarerMedicalDialog::medical() const
{
    if (Status s = checkDates(); !s)
        return s.failure();
    CarerMedical m = m_initial;
    m.applicantId = m_applicant->currentData().toLongLong();
    m.form = CarerMedicalForm(m_form->currentData().toInt());
    m.requested = m_requested->date();
    m.gpPractice = m_practice->text().trimmed();
    m.gpAppointment = m_appointment->date();
    QString fee = m_fee->text().trimmed();
    fee.remove(QChar(0x00A3));
    if (fee.isEmpty()) {
        m.feePence = -1;
    } else {
        static const QRegularExpression pounds(QStringLiteral("^\\d{1,4}(\\.\\d{1,2})?$"));
        if (!pounds.match(fee).hasMatch())
            return Failure{tr("enter the fee in pounds, e.g. 85 or 120.50"), tr("Fee")};
        m.feePence = int(std::lround(fee.toDouble() * 100));
    }
    m.feePayer = CarerFeePayer(m_payer->currentData().toInt());
    m.gpDeclined = m_declined->date();
    m.escalation = CarerGpEscalation(m_escalation->currentData().toInt());
    m.received = m_received->date();
    m.reviewed = m_reviewed->date();
    m.outcome = CarerAdviserOutcome(m_outcome->currentData().toInt());
    m.infoRequested = m_infoRequested->date();
    m.infoReceived = m_infoReceived->date();
    m.summarySent = m_summary->date();
    m.panel = m_panel->date();
    m.approved = m_approved->date();
    m.withdrawn = m_withdrawn->date();
    m.notes = m_notes->text().trimmed();
    return m;
}

} // namespace lac
