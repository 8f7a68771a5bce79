// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/DisplayDate.h"

#include "common/Result.h"
#include "rules/RagRating.h"
#include "services/PageSource.h"

#include <QAbstractTableModel>
#include <QBrush>
#include <QDate>

#include <algorithm>
#include <functional>

namespace lac {

/// The part of every database-paged table model that is not about its row type: the signals
/// views listen to, the roles, and the formatting shared by the case-work tables. Rows come a
/// page at a time from a PageSource (a service over a repository) that sorts and filters in SQL, so
/// a table over 100,000 rows opens at once and sorts correctly (a proxy model would only sort the
/// loaded rows).
class PagedTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role
    {
        RawValueRole = Qt::UserRole + 1, ///< unformatted value (QDate, int, code)
        ChildIdRole,                     ///< the child the row is about
        RecordIdRole,                    ///< the row's own record id
        AssessmentIdRole,                ///< the assessment the row is about
    };

    using QAbstractTableModel::QAbstractTableModel;

    /// Rows matching the query in the database, not just those loaded.
    virtual int totalCount() const = 0;
    /// Reloads from the first page keeping the query (after a change elsewhere).
    virtual void reload() = 0;
    /// Loads every remaining row (for export and printing).
    void fetchAll();
    QString lastError() const { return m_lastError; }

    static QString dayText(QDate d) { return displayDate(d); }
    static QString days(int n) { return n == 1 ? tr("1 day") : tr("%1 days").arg(n); }
    static QString weeks(int n) { return n == 1 ? tr("1 week") : tr("%1 weeks").arg(n); }
    static QVariant ragBrush(RagRating::Rating r, int role);

Q_SIGNALS:
    void totalCountChanged(int total);
    void loadFailed(const QString& message);

protected:
    QString m_lastError;
};

/// A PagedTableModel for one row type and one query type. The query type has `sortKey` (an
/// enum) and `descending` members; each column names the sort key it sorts by (-1: none).
template <typename Row, typename Query>
class PagedRowModel : public PagedTableModel
{
public:
    using CountFunction = std::function<Result<int>(const Query&)>;
    using PageFunction = std::function<Result<QList<Row>>(const Query&, int offset, int limit)>;
    struct Column
    {
        QString header;
        QString toolTip;
        int sortKey = -1;
    };

    PagedRowModel(CountFunction count, PageFunction page, QObject* parent)
        : PagedTableModel(parent)
        , m_count(std::move(count))
        , m_page(std::move(page))
    {}
    /// Rows from a source (a service's role-checked list), which must outlive the model.
    PagedRowModel(const PageSource<Row, Query>& source, QObject* parent)
        : PagedRowModel([&source](const Query& q) { return source.count(q); },
                        [&source](const Query& q, int offset, int limit) {
                            return source.page(q, offset, limit);
                        },
                        parent)
    {}

    void setQuery(const Query& query)
    {
        m_query = query;
        reload();
    }
    /// Sets the query without reading it: for a view that has the first page read elsewhere
    /// (see showRead) or reads it later; reload() reads it.
    void setQueryUnread(const Query& query) { m_query = query; }
    /// Shows a count and a first page read elsewhere for query(), as reload() would have.
    void showRead(int total, QList<Row> rows)
    {
        beginResetModel();
        m_lastError.clear();
        m_rows = std::move(rows);
        m_total = std::max(total, int(m_rows.size()));
        endResetModel();
        Q_EMIT totalCountChanged(m_total);
    }
    const Query& query() const { return m_query; }
    const Row& rowAt(int row) const { return m_rows.at(row); }
    int totalCount() const override { return m_total; }
    void setPageSize(int rows) { m_pageSize = rows; }
    int pageSize() const { return m_pageSize; }

    void reload() override
    {
        beginResetModel();
        m_rows.clear();
        m_lastError.clear();
        auto total = m_count(m_query);
        m_total = total ? total.value() : 0;
        if (!total)
            m_lastError = total.failure().text();
        else
            append(m_pageSize);
        endResetModel();
        Q_EMIT totalCountChanged(m_total);
        if (!m_lastError.isEmpty())
            Q_EMIT loadFailed(m_lastError);
    }

    int rowCount(const QModelIndex& parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_rows.size());
    }
    int columnCount(const QModelIndex& parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_columns.size());
    }
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override
    {
        if (orientation != Qt::Horizontal || section < 0 || section >= m_columns.size())
            return {};
        if (role == Qt::DisplayRole)
            return m_columns.at(section).header;
        if (role == Qt::ToolTipRole)
            return m_columns.at(section).toolTip;
        return {};
    }
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override
    {
        if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
            return {};
        return cell(m_rows.at(index.row()), index.column(), role);
    }
    bool canFetchMore(const QModelIndex& parent) const override
    {
        return !parent.isValid() && m_rows.size() < m_total;
    }
    void fetchMore(const QModelIndex& parent) override
    {
        if (parent.isValid() || m_fetching)
            return;
        m_fetching = true;
        auto more = m_page(m_query, int(m_rows.size()), m_pageSize);
        if (!more) {
            m_lastError = more.failure().text();
            m_total = int(m_rows.size()); // stop asking
            m_fetching = false;
            Q_EMIT loadFailed(m_lastError);
            return;
        }
        if (!more.value().isEmpty()) {
            const int first = int(m_rows.size());
            beginInsertRows({}, first, first + int(more.value().size()) - 1);
            m_rows.append(more.value());
            endInsertRows();
        } else {
            m_total = int(m_rows.size());
        }
        m_fetching = false;
    }
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override
    {
        if (column < 0 || column >= m_columns.size() || m_columns.at(column).sortKey < 0)
            return;
        m_query.sortKey = decltype(m_query.sortKey)(m_columns.at(column).sortKey);
        m_query.descending = order == Qt::DescendingOrder;
        reload();
    }

protected:
    virtual QVariant cell(const Row& row, int column, int role) const = 0;
    void setColumns(QList<Column> columns) { m_columns = std::move(columns); }

private:
    void append(int limit)
    {
        auto rows = m_page(m_query, int(m_rows.size()), limit);
        if (!rows) {
            m_lastError = rows.failure().text();
            return;
        }
        m_rows.append(rows.value());
    }

    CountFunction m_count;
    PageFunction m_page;
    Query m_query;
    QList<Row> m_rows;
    QList<Column> m_columns;
    int m_total = 0;
    int m_pageSize = 200;
    bool m_fetching = false;
};

} // namespace lac
