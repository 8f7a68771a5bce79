// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/ChildListQuery.h"
#include "domain/ChildListRow.h"
#include "services/ChildListSource.h"

#include <QAbstractTableModel>
#include <QList>

namespace lac {

/// The children table: the database sorts and filters and gives a page at a time, each page
/// starting after the last row loaded, so it opens and scrolls quickly on 100,000 children
/// (every page costs what the first does). Sorting the view re-queries;
/// RawValueRole gives unformatted values (dates as QDate) for code that needs them.
class ChildTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        CaseIdColumn,
        NameColumn,
        DateOfBirthColumn,
        AgeColumn,
        SexColumn,
        InCareColumn,
        PlacementColumn,
        LocationColumn,
        NextDueKindColumn,
        NextDueDateColumn,
        DaysToDueColumn,
        ColumnCount
    };
    enum Role
    {
        RawValueRole = Qt::UserRole + 1,
        ChildIdRole,
    };

    /// \a source (the role-checked children list) must outlive the model.
    explicit ChildTableModel(const ChildListSource& source, QObject* parent = nullptr);

    /// Replaces the filter (and sort) and reloads from the first page. Nothing is read before
    /// the first call: a sort() or refresh() before it only keeps the sort order.
    void setQuery(const ChildListQuery& query);
    const ChildListQuery& query() const { return m_query; }
    /// Rows matching the query in the database (not just those loaded).
    int totalCount() const { return m_total; }
    /// Rows per fetch; 200 by default.
    void setPageSize(int rows) { m_pageSize = rows; }
    /// Days-to-due thresholds for the red/amber/green colouring (red when overdue).
    void setAmberWithinDays(int days) { m_amberDays = days; }
    QString lastError() const { return m_lastError; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    /// Reloads from the database, keeping the query (after an edit elsewhere).
    void refresh();

Q_SIGNALS:
    void totalCountChanged(int total);
    void loadFailed(const QString& message);

private:
    void reload();
    QVariant displayValue(const ChildListRow& row, int column) const;
    QVariant rawValue(const ChildListRow& row, int column) const;

    const ChildListSource& m_source;
    ChildListQuery m_query;
    ChildListCursor m_end; // after the last row loaded: where the next page starts
    QList<ChildListRow> m_rows;
    int m_total = 0;
    int m_pageSize = 200;
    int m_amberDays = 14;
    bool m_fetching = false;
    bool m_queried = false; ///< nothing is read before the first setQuery()
    QString m_lastError;
};

} // namespace lac
