// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SettingsDialog.h"

#include "services/SettingsService.h"
#include "ui_SettingsDialog.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace lac {

SettingsDialog::SettingsDialog(const SettingsService& service, QWidget* parent)
    : QDialog(parent)
    , m_service(service)
    , m_ui(std::make_unique<Ui::SettingsDialog>())
{
    m_ui->setupUi(this);
    m_ui->division->addItem(tr("England and Wales"),
                            divisionKey(CalendarDivision::EnglandAndWales));
    m_ui->division->addItem(tr("Scotland"), divisionKey(CalendarDivision::Scotland));
    m_ui->division->addItem(tr("Northern Ireland"), divisionKey(CalendarDivision::NorthernIreland));

    const InstallationSettings s = service.load();
    m_ui->authorityName->setText(s.authorityName);
    m_ui->postcodeDistricts->setText(s.ownPostcodeDistricts.join(QStringLiteral(", ")));
    m_ui->division->setCurrentIndex(m_ui->division->findData(divisionKey(s.policy.division)));
    m_ui->ihaWorkingDays->setValue(s.policy.ihaWorkingDays);
    m_ui->ihaRequestWorkingDays->setValue(s.policy.ihaRequestWorkingDays);
    m_ui->priorIhaMonths->setValue(s.policy.priorIhaExemptionMonths);
    m_ui->rhaMonthsUnderFive->setValue(s.policy.rhaMonthsUnderFive);
    m_ui->rhaMonthsFiveAndOver->setValue(s.policy.rhaMonthsFiveAndOver);
    m_ui->rhaToleranceDays->setValue(s.policy.rhaToleranceDays);
    m_ui->ihaTarget->setValue(s.ihaTargetPercent);
    m_ui->rhaTarget->setValue(s.rhaTargetPercent);
    m_ui->amberDays->setValue(s.amberWithinDays);
    m_ui->suppression->setValue(s.suppressionThreshold);
    m_ui->backupsToKeep->setValue(s.backupsToKeep);
    if (!service.featureSettings().isEmpty()) {
        auto* group = new QGroupBox(tr("Kinds of record"), this);
        group->setObjectName(QStringLiteral("featureGroup"));
        auto* form = new QFormLayout(group);
        for (const FeatureSetting& f : service.featureSettings()) {
            const int value = s.featureValues.value(f.key, f.defaultValue);
            QWidget* field = nullptr;
            if (f.kind == FeatureSetting::Kind::YesNo) {
                auto* box = new QCheckBox(group);
                box->setChecked(value != 0);
                connect(box, &QCheckBox::toggled, this, &SettingsDialog::showProblems);
                field = box;
            } else {
                auto* box = new QSpinBox(group);
                // Wider than the range so that a stored value out of it shows, and is refused.
                box->setRange(std::min(f.minimum, value), std::max(f.maximum, value));
                box->setValue(value);
                field = box;
            }
            field->setObjectName(f.key);
            field->setToolTip(f.help);
            field->setAccessibleDescription(f.help);
            form->addRow(tr("%1:").arg(f.label), field);
            m_featureFields.insert(f.key, field);
        }
        // Two columns, so that the dialog still fits a 1024x700 screen: who and which rules
        // on the left, reporting and each kind of record's own on the right.
        auto* left = new QVBoxLayout;
        auto* right = new QVBoxLayout;
        for (QWidget* w : {static_cast<QWidget*>(m_ui->authorityGroup),
                           static_cast<QWidget*>(m_ui->rulesGroup)}) {
            m_ui->mainLayout->removeWidget(w);
            left->addWidget(w);
        }
        m_ui->mainLayout->removeWidget(m_ui->reportingGroup);
        right->addWidget(m_ui->reportingGroup);
        right->addWidget(group);
        left->addStretch();
        right->addStretch();
        auto* columns = new QHBoxLayout;
        columns->addLayout(left, 1);
        columns->addLayout(right, 1);
        m_ui->mainLayout->insertLayout(0, columns);
    }

    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->authorityName, &QLineEdit::textChanged, this, &SettingsDialog::showProblems);
    connect(m_ui->postcodeDistricts, &QLineEdit::textChanged, this, &SettingsDialog::showProblems);
    for (QSpinBox* box : findChildren<QSpinBox*>())
        connect(box, &QSpinBox::valueChanged, this, &SettingsDialog::showProblems);
    showProblems();
}

SettingsDialog::~SettingsDialog() = default;

InstallationSettings SettingsDialog::fromForm() const
{
    InstallationSettings s;
    s.authorityName = m_ui->authorityName->text().trimmed();
    for (const QString& d :
         m_ui->postcodeDistricts->text().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (!d.trimmed().isEmpty())
            s.ownPostcodeDistricts << d.trimmed().toUpper();
    }
    s.policy.division = divisionFromKey(m_ui->division->currentData().toString())
                            .value_or(CalendarDivision::EnglandAndWales);
    s.policy.ihaWorkingDays = m_ui->ihaWorkingDays->value();
    s.policy.ihaRequestWorkingDays = m_ui->ihaRequestWorkingDays->value();
    s.policy.priorIhaExemptionMonths = m_ui->priorIhaMonths->value();
    s.policy.rhaMonthsUnderFive = m_ui->rhaMonthsUnderFive->value();
    s.policy.rhaMonthsFiveAndOver = m_ui->rhaMonthsFiveAndOver->value();
    s.policy.rhaToleranceDays = m_ui->rhaToleranceDays->value();
    s.ihaTargetPercent = m_ui->ihaTarget->value();
    s.rhaTargetPercent = m_ui->rhaTarget->value();
    s.amberWithinDays = m_ui->amberDays->value();
    s.suppressionThreshold = m_ui->suppression->value();
    s.backupsToKeep = m_ui->backupsToKeep->value();
    for (auto it = m_featureFields.cbegin(); it != m_featureFields.cend(); ++it) {
        if (auto* box = qobject_cast<QSpinBox*>(it.value()))
            s.featureValues.insert(it.key(), box->value());
        else if (auto* tick = qobject_cast<QCheckBox*>(it.value()))
            s.featureValues.insert(it.key(), tick->isChecked() ? 1 : 0);
    }
    return s;
}

void SettingsDialog::showProblems()
{
    const QStringList problems = m_service.problems(fromForm());
    m_ui->problems->setText(problems.join(QLatin1Char('\n')));
    m_ui->problems->setVisible(!problems.isEmpty());
    m_ui->buttons->button(QDialogButtonBox::Save)->setEnabled(problems.isEmpty());
}

void SettingsDialog::accept()
{
    const Status saved = m_service.save(fromForm());
    if (!saved) {
        QMessageBox::warning(this, tr("Settings not saved"), saved.failure().text());
        return;
    }
    QDialog::accept();
}

} // namespace lac
