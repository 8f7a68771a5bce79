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
class LatestRead;
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
    /// Lists \a category's rows now (a person chose it).
    void showCategory(WorklistCategory category);

public Q_SLOTS:
    void refresh();

private:
    /// Puts \a category in front (query, title, current count) without reading its rows.
    void selectCategory(WorklistCategory category);
    /// Selects \a category's row in the counts (when the counts list it).
    void markInCounts(WorklistCategory category);
    /// Widens the counts to their longest label ("Development reviews overdue: 1,270"), which
    /// was cut off behind a sideways scroll bar at the fixed width.
    void fitCounts();
    /// Reads the list in front on a worker with its own connection, and shows it when it
    /// arrives (a pile's rows come with the counts; in memory it is read here).
    void readList();

    CaseWork& m_work;
    /// The list in front, read on a worker; one overtaken by a later read or choice is dropped.
    LatestRead* m_reading = nullptr;
    WorklistSummaryModel* m_summary = nullptr;
    QLabel* m_countingNote = nullptr;
    WorklistItemModel* m_items = nullptr;
    QListView* m_counts = nullptr;
    QLabel* m_title = nullptr;
    CaseTable* m_table = nullptr;
};

} // namespace lac
