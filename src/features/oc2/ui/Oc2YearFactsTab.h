// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "workspace/ChildWindowTab.h"

class QLabel;
class QTableView;

namespace lac {

class Oc2YearFactsListModel;
class Oc2YearFactsService;

/// The "OC2 year" tab of a child's window: per collection year, the facts the OC2 return asks
/// that no health record answers (substance misuse, interventions, convictions), and the steps
/// to record or correct them.
class Oc2YearFactsTab : public ChildWindowTab
{
    Q_OBJECT

public:
    Oc2YearFactsTab(const Oc2YearFactsService& service, ChildWindowFrame& frame, QWidget* parent);

    QString title() const override;
    void reload() override;
    void updateActions() override;

private:
    void recordFacts();
    void correctFacts();

    const Oc2YearFactsService& m_service;
    Oc2YearFactsListModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_hint = nullptr;
};

} // namespace lac
