// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Worklist.h"

#include <QWidget>

class QLabel;
class QListView;

namespace lac {

class CaseTable;
class CaseWork;
class WorklistItemModel;
class WorklistSummaryModel;

/// The home screen: what needs doing today as counts (overdue IHAs and RHAs, due soon,
/// waiting on paperwork, out of area, bookings in the next 7 days, late with no reason); clicking a
/// count lists the children behind it, and opening a row opens the child.
class WorklistView : public QWidget
{
    Q_OBJECT

public:
    WorklistView(CaseWork& work, QWidget* parent = nullptr);
    ~WorklistView() override;

    WorklistSummaryModel* summary() const { return m_summary; }
    WorklistItemModel* items() const { return m_items; }
    CaseTable* table() const { return m_table; }
    QListView* counts() const { return m_counts; }
    void showCategory(WorklistCategory category);

public Q_SLOTS:
    void refresh();

private:
    CaseWork& m_work;
    WorklistSummaryModel* m_summary = nullptr;
    QLabel* m_countingNote = nullptr;
    WorklistItemModel* m_items = nullptr;
    QListView* m_counts = nullptr;
    QLabel* m_title = nullptr;
    CaseTable* m_table = nullptr;
};

} // namespace lac
