// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "workspace/ChildWindowTab.h"

class QLabel;
class QTableView;

namespace lac {

class DevelopmentCheckListModel;
class DevelopmentCheckService;

/// The development tab of a child's window: every review recorded, whether the child is up to
/// date today (OC2's HEALTH_CHECK), and the steps to record or correct a review.
class DevelopmentTab : public ChildWindowTab
{
    Q_OBJECT

public:
    DevelopmentTab(const DevelopmentCheckService& service, ChildWindowFrame& frame,
                   QWidget* parent);

    QString title() const override;
    void reload() override;
    void updateActions() override;

private:
    void recordCheck();
    void correctCheck();

    const DevelopmentCheckService& m_service;
    DevelopmentCheckListModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_status = nullptr;
};

} // namespace lac
