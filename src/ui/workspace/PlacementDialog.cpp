// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PlacementDialog.h"

#include "domain/CodeList.h"
#include "domain/PlacementLocation.h"
#include "ui_PlacementDialog.h"

namespace lac {

PlacementDialog::PlacementDialog(bool isMove, const Lists& lists, QDate initial, QWidget* parent)
    : CaseDialog(parent)
    , m_ui(std::make_unique<Ui::PlacementDialog>())
{
    m_ui->setupUi(this);
    bindForm(m_ui->errorLabel, m_ui->buttons);
    setWindowTitle(isMove ? tr("Record a placement move") : tr("Start a period of care"));
    m_ui->promptLabel->setText(
        isMove ? tr("The current placement ends the day before the move. Due dates are "
                    "recomputed and you will see what changed.")
               : tr("The day the child became looked after starts the IHA clock (20 working "
                    "days)."));
    m_ui->dateLabel->setText(isMove ? tr("&Move date:") : tr("&Start of care:"));
    m_ui->date->setDate(initial);
    m_ui->date->setMaximumDate(initial); // the caller opens it on today
    fill(m_ui->legalStatus, lists.legalStatuses, isMove);
    if (isMove)
        m_ui->legalStatus->setItemText(0, tr("(no change)"));
    fill(m_ui->placementType, lists.placementTypes, true);
    fill(m_ui->location, CodeList::locations());
    fill(m_ui->hostAuthority, lists.authorities, true);
    m_ui->reasonLabel->setVisible(isMove);
    m_ui->reason->setVisible(isMove);
    auto update = [this] {
        const bool out = locationFromCode(m_ui->location->currentData().toString()) ==
                         PlacementLocation::OutOfArea;
        m_ui->hostAuthority->setEnabled(out);
    };
    connect(m_ui->location, &QComboBox::currentIndexChanged, this, update);
    update();
    m_ui->date->setFocus();
}

PlacementDialog::~PlacementDialog() = default;

ChildCaseService::Placement PlacementDialog::placement() const
{
    ChildCaseService::Placement p;
    p.date = m_ui->date->date();
    p.legalStatus = m_ui->legalStatus->currentData().toString();
    p.placementType = m_ui->placementType->currentData().toString();
    p.location = m_ui->location->currentData().toString();
    p.hostAuthorityId = locationFromCode(p.location) == PlacementLocation::OutOfArea
                            ? m_ui->hostAuthority->currentData().toString().toLongLong()
                            : 0;
    p.provider = m_ui->provider->text().trimmed();
    p.postcode = m_ui->postcode->text().trimmed().toUpper();
    p.reason = m_ui->reason->text().trimmed();
    return p;
}

} // namespace lac
