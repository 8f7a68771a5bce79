// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "OutcomeDialog.h"

#include "common/DisplayDate.h"
#include "domain/CaseCodes.h"
#include "domain/CodeList.h"
#include "ui_OutcomeDialog.h"

#include "common/DateField.h"

namespace lac {

OutcomeDialog::OutcomeDialog(const QString& appointment, QDate lateFrom,
                             const QList<ReferenceItem>& lateReasons, QDate today, QWidget* parent)
    : CaseDialog(parent)
    , m_lateFrom(lateFrom)
    , m_lateReasons(lateReasons)
    , m_ui(std::make_unique<Ui::OutcomeDialog>())
{
    m_ui->setupUi(this);
    bindForm(m_ui->errorLabel, m_ui->buttons);
    m_ui->appointmentLabel->setText(appointment);
    QList<CodeLabel> outcomes = CodeList::appointmentOutcomes();
    outcomes.removeFirst(); // "booked" is not an outcome
    outcomes.removeLast();  // a move is its own step (AssessmentService::reschedule)
    fill(m_ui->outcome, outcomes);
    fill(m_ui->completedBy, CodeList::completedBy());
    fill(m_ui->lateReason, lateReasons, true);
    m_ui->date->setDate(today);
    m_ui->lateInfo->setStyleSheet(QStringLiteral("QLabel { color: #664d03; background: #fff3cd; "
                                                 "padding: 6px; }"));
    connect(m_ui->outcome, &QComboBox::currentIndexChanged, this, [this] { updateLateSection(); });
    connect(m_ui->date, &DateField::dateChanged, this, [this] { updateLateSection(); });
    connect(m_ui->lateReason, &QComboBox::currentIndexChanged, this, [this] {
        const QString code = m_ui->lateReason->currentData().toString();
        QString owner;
        for (const auto& r : m_lateReasons) {
            if (r.code == code)
                owner = CodeList::label(CodeList::delayOwners(), r.extra);
        }
        m_ui->lateOwner->setText(owner);
    });
    updateLateSection();
    m_ui->outcome->setFocus();
}

OutcomeDialog::~OutcomeDialog() = default;

void OutcomeDialog::updateLateSection()
{
    const bool attended = appointmentOutcomeFromCode(outcome()) == AppointmentOutcome::Attended;
    m_ui->completedByLabel->setVisible(attended);
    m_ui->completedBy->setVisible(attended);
    m_ui->dateLabel->setText(attended ? tr("Completed &on:") : tr("&On:"));
    const bool late = attended && m_lateFrom.isValid() && date() > m_lateFrom;
    m_ui->lateInfo->setVisible(late);
    if (late)
        m_ui->lateInfo->setText(tr("This is after the due date (%1): say why it was late. The "
                                   "reason records whose delay it was.")
                                    .arg(displayDate(m_lateFrom)));
    for (QWidget* w :
         {static_cast<QWidget*>(m_ui->lateReasonLabel), static_cast<QWidget*>(m_ui->lateReason),
          static_cast<QWidget*>(m_ui->lateOwnerLabel), static_cast<QWidget*>(m_ui->lateOwner),
          static_cast<QWidget*>(m_ui->lateNoteLabel), static_cast<QWidget*>(m_ui->lateNote)})
        w->setVisible(late);
    adjustSize();
}

QString OutcomeDialog::outcome() const
{
    return m_ui->outcome->currentData().toString();
}
QDate OutcomeDialog::date() const
{
    return m_ui->date->date();
}
Clinician OutcomeDialog::completedBy() const
{
    return appointmentOutcomeFromCode(outcome()) == AppointmentOutcome::Attended
               ? clinicianFromCode(m_ui->completedBy->currentData().toString())
               : Clinician::None;
}
QString OutcomeDialog::lateReason() const
{
    return m_ui->lateReason->isVisible() ? m_ui->lateReason->currentData().toString() : QString();
}
void OutcomeDialog::setLateReason(const QString& code, const QString& note)
{
    select(m_ui->lateReason, code);
    m_ui->lateNote->setText(note);
}

QString OutcomeDialog::lateNote() const
{
    return m_ui->lateNote->text().trimmed();
}
QString OutcomeDialog::notes() const
{
    return m_ui->notes->toPlainText().trimmed();
}

} // namespace lac
