// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "workspace/ChildWindowTab.h"

class QLabel;
class QTableView;

namespace lac {

class DentalCheckListModel;
class DentalCheckService;

/// The dental tab of a child's window: every check (and visit without one), when the next is
/// due, and the steps to record or correct a check.
class DentalTab : public ChildWindowTab
{
    Q_OBJECT

public:
    DentalTab(const DentalCheckService& service, ChildWindowFrame& frame, QWidget* parent);

    QString title() const override;
    void reload() override;
    void updateActions() override;

private:
    void recordCheck();
    void correctCheck();

    const DentalCheckService& m_service;
    DentalCheckListModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_due = nullptr;
};

} // namespace lac
