// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CaseDialog.h"

#include <QPointer>
#include <QWidget>

class QComboBox;

namespace lac {

class CaseTable;
class CaseWork;
class PaperworkIssueRepository;
class PaperworkLogModel;

/// The paperwork issues log: open (or closed) issues, oldest first, with days outstanding.
/// Recording that an issue was put right moves the request on when it was the last one.
class PaperworkLogView : public QWidget
{
    Q_OBJECT

public:
    explicit PaperworkLogView(CaseWork& work, QWidget* parent = nullptr);
    ~PaperworkLogView() override;

    PaperworkLogModel* model() const { return m_model; }
    CaseTable* table() const { return m_table; }
    QComboBox* showFilter() const { return m_show; }
    CaseDialog* lastDialog() const { return m_lastDialog; }
    void putRight();
    void markReturned();
    void edit();

public Q_SLOTS:
    void refresh();

private:
    void applyFilter();
    int selectedRow() const;

    CaseWork& m_work;
    std::unique_ptr<PaperworkIssueRepository> m_repository;
    PaperworkLogModel* m_model = nullptr;
    CaseTable* m_table = nullptr;
    QComboBox* m_show = nullptr;
    QPointer<CaseDialog> m_lastDialog;
};

} // namespace lac
