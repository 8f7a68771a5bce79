// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "uasc/ui/UascDialogs.h"

#include "common/DateField.h"
#include "uasc/models/UascScreeningListModel.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>

namespace lac {

UascScreeningDialog::UascScreeningDialog(const QString& heading, const UascScreening& initial,
                                         QDate today, QWidget* parent)
    : CaseDialog(parent)
    , m_initial(initial)
{
    setWindowTitle(initial.id ? tr("Correct a UASC screening") : tr("Record a UASC screening"));
    auto* prompt = new QLabel(heading, this);
    prompt->setWordWrap(true);
    m_screen = new QComboBox(this);
    m_screen->setAccessibleName(tr("Screen"));
    for (UascScreen s : {UascScreen::Tuberculosis, UascScreen::HepatitisB, UascScreen::HepatitisC,
                         UascScreen::Hiv, UascScreen::Other})
        m_screen->addItem(UascScreeningListModel::screenText(s), int(s));
    m_screen->setCurrentIndex(m_screen->findData(int(initial.screen)));
    m_other = new QLineEdit(initial.otherName, this);
    m_other->setAccessibleName(tr("Other screen"));
    m_other->setPlaceholderText(tr("for Other: which screen (e.g. schistosomiasis)"));
    m_date = new DateField(this);
    m_date->setDate(initial.date.isValid() ? initial.date : today);
    m_date->setMaximumDate(today);
    m_date->setAccessibleName(tr("Date"));
    m_outcome = new QComboBox(this);
    m_outcome->setAccessibleName(tr("Outcome"));
    for (UascScreenOutcome o :
         {UascScreenOutcome::ResultAwaited, UascScreenOutcome::NoFurtherAction,
          UascScreenOutcome::Referred, UascScreenOutcome::Declined})
        m_outcome->addItem(UascScreeningListModel::outcomeText(o), int(o));
    m_outcome->setCurrentIndex(m_outcome->findData(int(initial.outcome)));
    m_referral = new QLineEdit(initial.referral, this);
    m_referral->setAccessibleName(tr("Referral"));
    m_referral->setPlaceholderText(tr("where to, when referred (e.g. TB clinic)"));
    m_notes = new QLineEdit(initial.notes, this);
    m_notes->setAccessibleName(tr("Notes"));

    layOutRecordForm(prompt, {{tr("&Screen:"), m_screen},
                              {tr("O&ther screen:"), m_other},
                              {tr("&Date:"), m_date},
                              {tr("&Outcome:"), m_outcome},
                              {tr("&Referral:"), m_referral},
                              {tr("&Notes:"), m_notes}});
    m_screen->setFocus();
}

UascScreening UascScreeningDialog::screening() const
{
    UascScreening s = m_initial;
    s.screen = UascScreen(m_screen->currentData().toInt());
    s.otherName = s.screen == UascScreen::Other ? m_other->text().trimmed() : QString();
    s.date = m_date->date();
    s.outcome = UascScreenOutcome(m_outcome->currentData().toInt());
    s.referral = m_referral->text().trimmed();
    s.notes = m_notes->text().trimmed();
    return s;
}

UascProfileDialog::UascProfileDialog(const QString& heading, const UascProfile& initial,
                                     QDate today, QWidget* parent)
    : CaseDialog(parent)
    , m_initial(initial)
{
    setWindowTitle(tr("UASC health summary"));
    auto* prompt = new QLabel(heading, this);
    prompt->setWordWrap(true);
    m_arrival = new DateField(this);
    m_arrival->setOptional(true);
    m_arrival->setDate(initial.arrivalDate);
    m_arrival->setMaximumDate(today);
    m_arrival->setAccessibleName(tr("Arrived"));
    m_language = new QLineEdit(initial.interpreterLanguage, this);
    m_language->setAccessibleName(tr("Interpreter"));
    m_language->setPlaceholderText(tr("language, or blank when none is needed"));
    m_history = new QComboBox(this);
    m_history->setAccessibleName(tr("Immunisation history"));
    for (UascImmunisationHistory h :
         {UascImmunisationHistory::Unknown, UascImmunisationHistory::Partial,
          UascImmunisationHistory::Known})
        m_history->addItem(UascScreeningListModel::historyText(h), int(h));
    m_history->setCurrentIndex(m_history->findData(int(initial.history)));
    m_plan = new QLineEdit(initial.catchUpPlan, this);
    m_plan->setAccessibleName(tr("Catch-up plan"));
    m_plan->setPlaceholderText(tr("resume, never restart: who gives which doses"));
    m_gp = new QLineEdit(initial.gpPractice, this);
    m_gp->setAccessibleName(tr("GP practice"));
    m_dentist = new QLineEdit(initial.dentist, this);
    m_dentist->setAccessibleName(tr("Dentist"));
    m_optician = new QLineEdit(initial.optician, this);
    m_optician->setAccessibleName(tr("Optician"));
    for (QLineEdit* e : {m_gp, m_dentist, m_optician})
        e->setPlaceholderText(tr("blank while not registered"));

    layOutRecordForm(prompt, {{tr("&Arrived in the UK:"), m_arrival},
                              {tr("&Interpreter:"), m_language},
                              {tr("I&mmunisations:"), m_history},
                              {tr("&Catch-up plan:"), m_plan},
                              {tr("&GP practice:"), m_gp},
                              {tr("&Dentist:"), m_dentist},
                              {tr("&Optician:"), m_optician}});
    m_arrival->setFocus();
}

UascProfile UascProfileDialog::profile() const
{
    UascProfile p = m_initial;
    p.arrivalDate = m_arrival->date();
    p.interpreterLanguage = m_language->text().trimmed();
    p.history = UascImmunisationHistory(m_history->currentData().toInt());
    p.catchUpPlan = m_plan->text().trimmed();
    p.gpPractice = m_gp->text().trimmed();
    p.dentist = m_dentist->text().trimmed();
    p.optician = m_optician->text().trimmed();
    return p;
}

} // namespace lac
