// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QTableView;
class QTimer;
class QToolBar;

namespace lac {

class CaseTableExport;
class PagedTableModel;

/// A case-work table as every workspace view shows it: a search box, a toolbar for the view's
/// actions, the table (sorted by the database when a header is clicked), a count of matching
/// rows, and CSV export of everything that matches (not just the loaded rows). Column widths
/// and the sort are remembered under \a settingsKey.
class CaseTable : public QWidget
{
    Q_OBJECT

public:
    CaseTable(PagedTableModel* model, const CaseTableExport& exporter, const QString& what,
              const QString& settingsKey, QWidget* parent = nullptr);
    ~CaseTable() override;

    QTableView* table() const { return m_table; }
    QLineEdit* searchBox() const { return m_search; }
    QToolBar* toolBar() const { return m_toolBar; }
    PagedTableModel* model() const { return m_model; }
    /// The selected row (-1 if none).
    int currentRow() const;
    /// The columns a person acts on (days waited, due, chases): shown straight after the case
    /// ID and name, so that on a 1024-pixel screen they are never off to the right.
    void setKeyColumns(const QList<int>& columns);
    /// Sizes columns to their contents, no column wider than \a widest pixels (long text is
    /// cut with "…" and shown whole in its tooltip).
    void fitColumns(int widest = 220);
    /// Writes every matching row to \a path; returns the failure, if any.
    QString exportTo(const QString& path);
    void saveState() const;
    /// Says "Reading the list…" over the table until the model's next count arrives: a list
    /// read on another thread would otherwise look empty, as if there were nothing to do.
    void showReading();
    /// Whether the "Reading the list…" note is up (for tests).
    bool reading() const;

Q_SIGNALS:
    void searchChanged(const QString& text);
    void rowActivated(int row);
    void countChanged(const QString& text);

protected:
    void showEvent(QShowEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void restoreState();
    /// Shows \a text centred over the table's empty area (hides it when empty).
    void showOverlay(const QString& text);
    QString m_countText;
    QLabel* m_overlay = nullptr;
    bool m_reading = false;

    PagedTableModel* m_model;
    const CaseTableExport& m_exporter;
    QString m_what;
    QString m_key;
    QTableView* m_table = nullptr;
    QLineEdit* m_search = nullptr;
    QToolBar* m_toolBar = nullptr;
    QLabel* m_count = nullptr;
    QTimer* m_searchDelay = nullptr;
};

} // namespace lac
