// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CaseDialog.h"

#include <QPointer>
#include <QWidget>

#include <functional>

class QComboBox;
class QKeySequence;

namespace lac {

class CaseTable;
class CaseWork;
class DateStepDialog;
class PagedTableModel;

/// What the workspace's logs (paperwork issues, out-of-area requests) share, so that they
/// look and behave alike: a CaseTable over the log's model with a "which rows" filter at the
/// left of its toolbar (remembered between sessions), the log's steps as toolbar actions with
/// shortcuts, a double click that opens the child, and a reload whenever any view saves a
/// change. A log adds its model, its own filters and layout, and its steps.
class CaseLogView : public QWidget
{
    Q_OBJECT

public:
    ~CaseLogView() override;

    CaseTable* table() const { return m_table; }
    QComboBox* showFilter() const { return m_show; }
    CaseDialog* lastDialog() const { return m_lastDialog; }

public Q_SLOTS:
    void refresh();

protected:
    /// One choice of the "which rows" filter: its text and the log query's value.
    struct ShowChoice
    {
        QString text;
        int value;
    };

    CaseLogView(CaseWork& work, QWidget* parent);

    /// Builds the table over \a model (\a what names the rows in the count and the export,
    /// \a settingsKey keeps the layout and the filter) with the filter \a choices, named
    /// \a showName, in the toolbar. Call once, from the log's constructor.
    void setUpTable(PagedTableModel* model, const QString& what, const QString& settingsKey,
                    const QList<ShowChoice>& choices, const QString& showName);
    /// Adds a step to the toolbar, before the export action.
    void addStep(const QString& text, const QKeySequence& key, const QString& tip,
                 const std::function<void()>& step);
    /// Applies the filters and the search to the model (the filter, the search box and any
    /// filter of the log's own call it).
    virtual void applyFilter() = 0;

    /// A date step about the selected row, starting at today.
    DateStepDialog* dateStep(const QString& title, const QString& prompt,
                             const QString& noteLabel = QString());
    /// Opens \a dialog; it deletes itself when closed.
    void openStep(CaseDialog* dialog);
    /// \a saved, after telling every view about the change if it succeeded.
    Status afterSave(const Status& saved);
    template <typename T>
    Status afterSave(const Result<T>& saved)
    {
        return afterSave(saved ? Status() : Status(saved.failure()));
    }

    CaseWork& work() const { return m_work; }
    /// The log is read the first time it is shown, not when the window is built: a tab
    /// nobody opened costs nothing at start.
    void showEvent(QShowEvent* event) override;

private:
    CaseWork& m_work;
    bool m_read = false; ///< shown once, so its rows are read and kept up to date
    QString m_settingsKey;
    CaseTable* m_table = nullptr;
    QComboBox* m_show = nullptr;
    QPointer<CaseDialog> m_lastDialog;
};

} // namespace lac
