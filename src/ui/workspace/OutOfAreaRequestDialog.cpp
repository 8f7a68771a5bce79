// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "OutOfAreaRequestDialog.h"

#include "ui_OutOfAreaRequestDialog.h"

namespace lac {

OutOfAreaRequestDialog::OutOfAreaRequestDialog(const QString& assessment,
                                               const QList<ReferenceItem>& authorities,
                                               const QList<ReferenceItem>& providers,
                                               const OutOfAreaRequestRecord& initial,
                                               QWidget* parent)
    : CaseDialog(parent)
    , m_initial(initial)
    , m_ui(std::make_unique<Ui::OutOfAreaRequestDialog>())
{
    m_ui->setupUi(this);
    bindForm(m_ui->errorLabel, m_ui->buttons);
    m_ui->assessmentLabel->setText(assessment);
    fill(m_ui->hostAuthority, authorities, true);
    fill(m_ui->provider, providers, true);
    select(m_ui->hostAuthority,
           initial.hostAuthorityId ? QString::number(initial.hostAuthorityId) : QString());
    select(m_ui->provider, initial.providerId ? QString::number(initial.providerId) : QString());
    m_ui->requestedDate->setDate(initial.requestedDate); // the caller fills in today
    m_ui->statedWait->setValue(initial.statedWaitWeeks);
    m_ui->notes->setPlainText(initial.notes);
    m_ui->hostAuthority->setFocus();
}

OutOfAreaRequestDialog::~OutOfAreaRequestDialog() = default;

OutOfAreaRequestRecord OutOfAreaRequestDialog::request() const
{
    OutOfAreaRequestRecord o = m_initial;
    o.hostAuthorityId = m_ui->hostAuthority->currentData().toString().toLongLong();
    o.providerId = m_ui->provider->currentData().toString().toLongLong();
    o.requestedDate = m_ui->requestedDate->date();
    o.statedWaitWeeks = m_ui->statedWait->value();
    o.notes = m_ui->notes->toPlainText().trimmed();
    return o;
}

} // namespace lac
