// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Today.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class QTimer;

namespace lac {

class ChildListSource;
class ChildTableModel;

/// Every child, with search and filters that run in the database; the starting point for
/// opening a child. Filters, column widths and sort order are remembered between sessions.
class ChildrenView : public QWidget
{
    Q_OBJECT

public:
    ChildrenView(const ChildListSource& source, Today today, QWidget* parent = nullptr);
    ~ChildrenView() override;

    ChildTableModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    QLineEdit* searchBox() const { return m_search; }
    /// Reloads after data changed elsewhere, keeping filters.
    void refresh();

Q_SIGNALS:
    /// The user opened a child (double-click or Enter).
    void childActivated(qint64 childId);
    /// "1,234 children" (or "1 child") for the status bar.
    void statusMessage(const QString& text);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void applyFilters();
    /// Runs the search at once and puts the keyboard on the first child found.
    void goToResults();
    void restoreState();
    void saveState() const;

    Today m_today;
    ChildTableModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    QLineEdit* m_search = nullptr;
    QComboBox* m_status = nullptr;
    QComboBox* m_area = nullptr;
    QComboBox* m_group = nullptr;
    QComboBox* m_age = nullptr;
    QCheckBox* m_overdue = nullptr;
    QLabel* m_count = nullptr;
    QTimer* m_searchDelay = nullptr;
    bool m_read = false; ///< shown once: the list is read then, not at start
};

} // namespace lac
