// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CaseDialog.h"

#include <QPointer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QTableView;

namespace lac {

class CaseTable;
class CaseWork;
class ChaseListModel;
class OutOfAreaLogModel;
class OutOfAreaRepository;

/// The out-of-area log: requests to host areas' providers, longest wait first, with each
/// request's chase history below; chase, escalate and resolve from here.
class OutOfAreaLogView : public QWidget
{
    Q_OBJECT

public:
    explicit OutOfAreaLogView(CaseWork& work, QWidget* parent = nullptr);
    ~OutOfAreaLogView() override;

    OutOfAreaLogModel* model() const { return m_model; }
    CaseTable* table() const { return m_table; }
    ChaseListModel* chases() const { return m_chases; }
    CaseDialog* lastDialog() const { return m_lastDialog; }
    void chase();
    void escalate();
    void resolve();

public Q_SLOTS:
    void refresh();

private:
    void applyFilter();
    void showChases();

    CaseWork& m_work;
    std::unique_ptr<OutOfAreaRepository> m_repository;
    OutOfAreaLogModel* m_model = nullptr;
    CaseTable* m_table = nullptr;
    ChaseListModel* m_chases = nullptr;
    QTableView* m_chaseTable = nullptr;
    QComboBox* m_show = nullptr;
    QCheckBox* m_escalatedOnly = nullptr;
    QPointer<CaseDialog> m_lastDialog;
};

} // namespace lac
