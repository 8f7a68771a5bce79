// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PagedTableModel.h"

#include <QAbstractTableModel>
#include <QList>
#include <QStringList>

namespace lac {

/// A small, fully loaded table of one child's records (assessments, appointments,
/// placements). A child has a handful of each, so the whole list is held and a sort proxy
/// in the view sorts it on RawValueRole.
template <typename Row>
class RecordListModel : public QAbstractTableModel
{
public:
    explicit RecordListModel(QStringList headers, QObject* parent = nullptr)
        : QAbstractTableModel(parent)
        , m_headers(std::move(headers))
    {}

    void setRows(QList<Row> rows)
    {
        beginResetModel();
        m_rows = std::move(rows);
        endResetModel();
    }
    const QList<Row>& rows() const { return m_rows; }
    const Row& rowAt(int row) const { return m_rows.at(row); }

    int rowCount(const QModelIndex& parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_rows.size());
    }
    int columnCount(const QModelIndex& parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_headers.size());
    }
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override
    {
        if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section >= 0 &&
            section < m_headers.size())
            return m_headers.at(section);
        return {};
    }
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override
    {
        if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
            return {};
        return cell(m_rows.at(index.row()), index.column(), role);
    }

protected:
    virtual QVariant cell(const Row& row, int column, int role) const = 0;
    static QString dayText(QDate d) { return PagedTableModel::dayText(d); }

private:
    QStringList m_headers;
    QList<Row> m_rows;
};

} // namespace lac
