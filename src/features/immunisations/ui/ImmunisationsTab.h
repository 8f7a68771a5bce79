// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "workspace/ChildWindowTab.h"

class QLabel;
class QTableView;

namespace lac {

class ImmunisationListModel;
class ImmunisationService;
struct DoseStanding;
struct ImmunisationDose;
struct ImmunisationStatus;

/// The immunisations tab of a child's window: the status against the schedule at the top in
/// plain words (up to date, or which doses are overdue, and what is due next), every dose
/// recorded with what it counts for, and the steps to record or correct a dose.
class ImmunisationsTab : public ChildWindowTab
{
    Q_OBJECT

public:
    ImmunisationsTab(const ImmunisationService& service, ChildWindowFrame& frame, QWidget* parent);

    QString title() const override;
    void reload() override;
    void updateActions() override;

private:
    QString statusText(const ImmunisationStatus& status) const;
    QString dosesText(const QList<DoseStanding>& doses, bool withDue) const;
    void recordDose();
    void correctDose();
    void openDialog(const ImmunisationDose& dose);

    const ImmunisationService& m_service;
    ImmunisationListModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_status = nullptr;
    QLabel* m_source = nullptr;
};

} // namespace lac
