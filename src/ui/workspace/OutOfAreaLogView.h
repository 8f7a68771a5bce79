// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CaseLogView.h"

class QCheckBox;
class QLabel;
class QTableView;

namespace lac {

class ChaseListModel;
class OutOfAreaLogModel;

/// The out-of-area log: requests to host areas' providers, longest wait first, with each
/// request's chase history below; chase, escalate and resolve from here.
class OutOfAreaLogView : public CaseLogView
{
    Q_OBJECT

public:
    explicit OutOfAreaLogView(CaseWork& work, QWidget* parent = nullptr);
    ~OutOfAreaLogView() override;

    OutOfAreaLogModel* model() const { return m_model; }
    ChaseListModel* chases() const { return m_chases; }
    void chase();
    void escalate();
    void resolve();

protected:
    void applyFilter() override;

private:
    void showChases();

    OutOfAreaLogModel* m_model = nullptr;
    ChaseListModel* m_chases = nullptr;
    QTableView* m_chaseTable = nullptr;
    QCheckBox* m_escalatedOnly = nullptr;
    QLabel* m_escalation = nullptr; ///< to whom the selected request was escalated, and why
};

} // namespace lac
