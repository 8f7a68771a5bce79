// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "passport/ui/PassportDialogs.h"

#include "common/DateField.h"
#include "passport/models/PassportItemModel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace lac {
namespace {

QLabel* prompt(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    return label;
}

QPlainTextEdit* textBox(const QString& text, const QString& name, QWidget* parent)
{
    auto* box = new QPlainTextEdit(text, parent);
    box->setAccessibleName(name);
    box->setTabChangesFocus(true);
    box->setMinimumWidth(380);
    box->setMaximumHeight(120);
    return box;
}

} // namespace

PassportStepDialog::PassportStepDialog(const QString& heading, const QList<PassportStep>& steps,
                                       QDate today, QWidget* parent)
    : CaseDialog(parent)
{
    setWindowTitle(tr("Health passport step"));
    m_step = new QComboBox(this);
    m_step->setAccessibleName(tr("Step"));
    for (PassportStep s : steps)
        m_step->addItem(PassportRules::stepText(s), int(s));
    m_date = new DateField(this);
    m_date->setDate(today);
    m_date->setMaximumDate(today);
    m_date->setAccessibleName(tr("Date"));
    m_from = new QLineEdit(tr("GP, child health record, birth hospital"), this);
    m_from->setAccessibleName(tr("Records from"));
    m_answer = new QComboBox(this);
    m_answer->setAccessibleName(tr("Answer"));
    m_answer->addItem(tr("Accepted"), int(PassportAnswer::Accepted));
    m_answer->addItem(tr("Declined"), int(PassportAnswer::Declined));
    m_format = new QComboBox(this);
    m_format->setAccessibleName(tr("Format"));
    for (PassportFormat f :
         {PassportFormat::Printed, PassportFormat::Pdf, PassportFormat::PrintedAndPdf})
        m_format->addItem(PassportVersionModel::formatText(f), int(f));
    m_reason = new QLineEdit(this);
    m_reason->setAccessibleName(tr("Reason"));
    connect(m_step, &QComboBox::currentIndexChanged, this, &PassportStepDialog::stepChanged);
    connect(m_answer, &QComboBox::currentIndexChanged, this, &PassportStepDialog::stepChanged);
    layOutRecordForm(prompt(heading, this), {{tr("&Step:"), m_step},
                                             {tr("&Date:"), m_date},
                                             {tr("&Records from:"), m_from},
                                             {tr("&Answer:"), m_answer},
                                             {tr("&Format:"), m_format},
                                             {tr("Rea&son:"), m_reason}});
    stepChanged();
    m_date->setFocus();
}

void PassportStepDialog::stepChanged()
{
    const PassportStep s = step();
    m_from->setEnabled(s == PassportStep::RequestRecords);
    m_answer->setEnabled(s == PassportStep::Answer);
    m_format->setEnabled(s == PassportStep::Answer &&
                         m_answer->currentData().toInt() == int(PassportAnswer::Accepted));
    m_reason->setEnabled(s == PassportStep::RequestReissue);
}

PassportStep PassportStepDialog::step() const
{
    return PassportStep(m_step->currentData().toInt());
}

PassportStepInput PassportStepDialog::input() const
{
    PassportStepInput in;
    in.date = m_date->date();
    const PassportStep s = step();
    if (s == PassportStep::RequestRecords)
        in.recordsFrom = m_from->text().trimmed();
    if (s == PassportStep::Answer) {
        in.answer = PassportAnswer(m_answer->currentData().toInt());
        if (in.answer == PassportAnswer::Accepted)
            in.format = PassportFormat(m_format->currentData().toInt());
    }
    if (s == PassportStep::RequestReissue)
        in.reason = m_reason->text().trimmed();
    return in;
}

PassportItemDialog::PassportItemDialog(const QString& heading, const PassportItem& initial,
                                       QWidget* parent)
    : CaseDialog(parent)
    , m_initial(initial)
{
    setWindowTitle(initial.id ? tr("Edit a passport item") : tr("Add a passport item"));
    m_section = new QComboBox(this);
    m_section->setAccessibleName(tr("Section"));
    for (PassportSection s : allPassportSections())
        m_section->addItem(PassportCopy::sectionTitle(s), int(s));
    m_section->setCurrentIndex(m_section->findData(int(initial.section)));
    m_label = new QLineEdit(initial.label, this);
    m_label->setAccessibleName(tr("Heading"));
    m_label->setPlaceholderText(tr("e.g. Asthma, GP, Dentist"));
    m_text = textBox(initial.text, tr("Text"), this);
    m_shared =
        new QCheckBox(tr("May be shared with the young person (printed in their copy)"), this);
    m_shared->setAccessibleName(tr("Shared"));
    m_shared->setChecked(initial.id ? initial.shared
                                    : initial.section != PassportSection::FamilyHistory);
    if (!initial.id) {
        connect(m_section, &QComboBox::currentIndexChanged, this, [this] {
            m_shared->setChecked(m_section->currentData().toInt() !=
                                 int(PassportSection::FamilyHistory));
        });
    }
    layOutRecordForm(prompt(heading, this), {{tr("S&ection:"), m_section},
                                             {tr("&Heading:"), m_label},
                                             {tr("&Text:"), m_text},
                                             {tr("S&hared:"), m_shared}});
    m_text->setFocus();
}

PassportItem PassportItemDialog::item() const
{
    PassportItem i = m_initial;
    i.section = PassportSection(m_section->currentData().toInt());
    i.label = m_label->text().trimmed();
    i.text = m_text->toPlainText().trimmed();
    i.shared = m_shared->isChecked();
    return i;
}

PassportDetailsDialog::PassportDetailsDialog(const QString& heading, const Passport& initial,
                                             QDate today, QWidget* parent)
    : CaseDialog(parent)
    , m_initial(initial)
{
    setWindowTitle(tr("Passport details and consent"));
    m_name = new QLineEdit(initial.nameUsed, this);
    m_name->setAccessibleName(tr("Name used"));
    m_name->setPlaceholderText(tr("only if not their recorded name"));
    m_words = textBox(initial.ownWords, tr("Own words"), this);
    m_gp = new QCheckBox(tr("Their GP may see the passport"), this);
    m_gp->setChecked(initial.consentGp);
    m_adviser = new QCheckBox(tr("Their personal adviser may see the passport"), this);
    m_adviser->setChecked(initial.consentAdviser);
    m_consent = new DateField(this);
    m_consent->setOptional(true);
    m_consent->setDate(initial.consentRecorded);
    m_consent->setMaximumDate(today);
    m_consent->setAccessibleName(tr("Consent recorded"));
    layOutRecordForm(prompt(heading, this), {{tr("&Name used:"), m_name},
                                             {tr("&Own words:"), m_words},
                                             {tr("&GP:"), m_gp},
                                             {tr("&Personal adviser:"), m_adviser},
                                             {tr("&Consent recorded:"), m_consent}});
    m_name->setFocus();
}

Passport PassportDetailsDialog::passport() const
{
    Passport p = m_initial;
    p.nameUsed = m_name->text().trimmed();
    p.ownWords = m_words->toPlainText().trimmed();
    p.consentGp = m_gp->isChecked();
    p.consentAdviser = m_adviser->isChecked();
    p.consentRecorded = m_consent->date();
    return p;
}

PassportHowToDialog::PassportHowToDialog(const QString& text, QWidget* parent)
    : CaseDialog(parent)
{
    setWindowTitle(tr("Passport \"how to\" text"));
    m_text = textBox(text, tr("How to"), this);
    m_text->setMaximumHeight(QWIDGETSIZE_MAX);
    m_text->setMinimumHeight(260);
    layOutRecordForm(prompt(tr("Printed in every young person's passport. A line on its own "
                               "after a blank line is a heading."),
                            this),
                     {{tr("&How to:"), m_text}});
}

QString PassportHowToDialog::text() const
{
    return m_text->toPlainText();
}

} // namespace lac
