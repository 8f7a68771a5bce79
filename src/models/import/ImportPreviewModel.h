// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import/ImportChange.h"

#include <QAbstractTableModel>
#include <QList>

namespace lac {

/// What an import would do, one row per record: new, updated or rejected (with the reason),
/// so that the person importing sees the consequences before confirming. Read-only; the rows
/// come from an ImportReport (already capped at ImportReport::maxListed). KindRole gives the
/// ImportChange::Kind as an int for filtering; SortRole a value for every column that a
/// proxy can sort on (lines as numbers).
class ImportPreviewModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        ChangeColumn,
        RecordColumn,
        CaseIdColumn,
        DetailColumn,
        FileColumn,
        LineColumn,
        ColumnCount
    };
    enum Role
    {
        KindRole = Qt::UserRole + 1,
        LineRole,
        SortRole, ///< the display text, or the line as a number (0 for derived records)
    };

    explicit ImportPreviewModel(QObject* parent = nullptr);

    void setChanges(const QList<ImportChange>& changes);
    void clear();
    const QList<ImportChange>& changes() const { return m_changes; }

    static QString kindName(ImportChange::Kind kind);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<ImportChange> m_changes;
};

} // namespace lac
