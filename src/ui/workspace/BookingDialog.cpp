// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "BookingDialog.h"

#include "domain/CaseCodes.h"
#include "domain/CodeList.h"
#include "ui_BookingDialog.h"

#include <QCompleter>
#include <QLabel>
#include <QLineEdit>

#include <algorithm>

namespace lac {

BookingDialog::BookingDialog(const QString& assessment, bool initialAssessment,
                             const QList<ReferenceItem>& providers,
                             const AppointmentRecord& initial, QWidget* parent)
    : CaseDialog(parent)
    , m_ui(std::make_unique<Ui::BookingDialog>())
{
    m_ui->setupUi(this);
    bindForm(m_ui->errorLabel, m_ui->buttons);
    m_ui->assessmentLabel->setText(assessment);
    fill(m_ui->provider, providers, true);
    QList<CodeLabel> modes = CodeList::appointmentModes();
    if (initialAssessment)
        modes.removeIf([](const CodeLabel& m) {
            return appointmentModeFromCode(m.code) == AppointmentMode::Questionnaire;
        });
    fill(m_ui->mode, modes);
    select(m_ui->provider,
           initial.providerId > 0 ? QString::number(initial.providerId) : QString());
    m_ui->clinician->setText(initial.clinician);
    m_ui->venue->setText(initial.venue);
    // A date typed whole, exactly as typed (a date-time edit changed typed dates quietly).
    m_ui->scheduledDate->setDate(initial.scheduledAt.date());
    m_ui->scheduledTime->setTime(initial.scheduledAt.time());
    select(m_ui->mode, initial.mode);
    m_ui->interpreterNeeded->setChecked(initial.interpreterNeeded);
    m_ui->interpreterLanguage->setText(initial.interpreterLanguage);
    m_ui->notes->setPlainText(initial.notes);
    auto updateInterpreter = [this] {
        m_ui->interpreterLanguage->setEnabled(m_ui->interpreterNeeded->isChecked());
    };
    connect(m_ui->interpreterNeeded, &QCheckBox::toggled, this, updateInterpreter);
    updateInterpreter();
    setMinimumWidth(520);
    m_ui->provider->setFocus();
}

BookingDialog::~BookingDialog() = default;

void BookingDialog::setSuggestions(const BookingSuggestions& suggestions)
{
    const auto offer = [this](QLineEdit* field, const QStringList& values) {
        auto* completer = new QCompleter(values, field);
        completer->setCaseSensitivity(Qt::CaseInsensitive);
        completer->setFilterMode(Qt::MatchContains);
        field->setCompleter(completer);
    };
    offer(m_ui->clinician, suggestions.clinicians);
    offer(m_ui->venue, suggestions.venues);
    offer(m_ui->interpreterLanguage, suggestions.interpreterLanguages);

    // Providers most booked first (the service's own provider), the rest as they were.
    QComboBox* box = m_ui->provider;
    const QString chosen = box->currentData().toString();
    QList<std::pair<QString, QString>> items; // label, code
    for (int i = 0; i < box->count(); ++i)
        if (!box->itemData(i).toString().isEmpty())
            items.append({box->itemText(i), box->itemData(i).toString()});
    const auto rank = [&suggestions](const QString& code) {
        const qsizetype at = suggestions.providers.indexOf(code);
        return at < 0 ? suggestions.providers.size() : at;
    };
    std::stable_sort(items.begin(), items.end(), [&rank](const auto& a, const auto& b) {
        return rank(a.second) < rank(b.second);
    });
    const QSignalBlocker quiet(box);
    while (box->count() > 1)
        box->removeItem(box->count() - 1);
    for (const auto& [label, code] : items)
        box->addItem(label, code);
    select(box, chosen);
}

AppointmentRecord BookingDialog::booking() const
{
    AppointmentRecord b;
    b.providerId = m_ui->provider->currentData().toString().toLongLong();
    b.clinician = m_ui->clinician->text().trimmed();
    b.venue = m_ui->venue->text().trimmed();
    b.scheduledAt = QDateTime(m_ui->scheduledDate->date(), m_ui->scheduledTime->time());
    b.mode = m_ui->mode->currentData().toString();
    b.interpreterNeeded = m_ui->interpreterNeeded->isChecked();
    b.interpreterLanguage = m_ui->interpreterLanguage->text().trimmed();
    b.notes = m_ui->notes->toPlainText().trimmed();
    return b;
}

void BookingDialog::askWhyMoved()
{
    if (m_whyMoved)
        return;
    m_whyMoved = new QLineEdit(this);
    m_whyMoved->setAccessibleName(tr("Why moved"));
    m_whyMoved->setPlaceholderText(tr("Who asked, and why (e.g. carer asked: school trip)"));
    auto* label = new QLabel(tr("&Why moved:"), this);
    label->setBuddy(m_whyMoved);
    m_ui->form->insertRow(1, label, m_whyMoved);
    clearsItsFailure(m_whyMoved);
    m_ui->scheduledDate->setFocus();
}

QString BookingDialog::whyMoved() const
{
    return m_whyMoved ? m_whyMoved->text().trimmed() : QString();
}

} // namespace lac
