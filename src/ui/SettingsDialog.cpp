// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SettingsDialog.h"

#include "services/SettingsService.h"
#include "ui_SettingsDialog.h"

#include <QMessageBox>
#include <QPushButton>

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
    return s;
}

void SettingsDialog::showProblems()
{
    const QStringList problems = SettingsService::validate(fromForm());
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
