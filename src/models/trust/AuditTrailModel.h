// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/AuditRecord.h"

#include <QAbstractTableModel>
#include <QList>

namespace lac {

class AuditTrailService;

/// The audit trail as a table, newest first, loaded a page at a time as the view scrolls
/// (canFetchMore/fetchMore). Filtering happens in SQL through the service, so the model never
/// holds more rows than have been scrolled to; sorting is fixed (newest first) because an
/// audit trail is read in time order.
class AuditTrailModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        At,
        User,
        Action,
        Record,
        Child,
        Summary,
        ColumnCount
    };
    enum Role
    {
        IdRole = Qt::UserRole + 1, ///< the entry id (qint64)
    };

    explicit AuditTrailModel(const AuditTrailService& service, QObject* parent = nullptr);

    /// Shows only entries matching \a filter (reloads from the first page).
    void setFilter(const AuditFilter& filter);
    const AuditFilter& filter() const { return m_filter; }
    /// Re-reads from the newest entry with the current filter.
    void reload();
    /// Entries matching the filter in the database (not only those loaded).
    qint64 totalCount() const { return m_total; }
    /// The last error reading the trail, empty if none.
    QString errorText() const { return m_error; }
    const AuditRecord& record(int row) const { return m_rows.at(row); }

    static constexpr int pageSize = 200;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

Q_SIGNALS:
    void loaded();

private:
    const AuditTrailService& m_service;
    AuditFilter m_filter;
    QList<AuditRecord> m_rows;
    qint64 m_total = 0;
    bool m_atEnd = true;
    QString m_error;
};

} // namespace lac
