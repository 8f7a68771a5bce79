// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/RetentionCase.h"

#include <QAbstractTableModel>
#include <QList>

namespace lac {

/// Case records past the retention rule, for the administrator's review.
class RetentionTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        CaseId,
        Name,
        DateOfBirth,
        RetainUntil,
        State,
        LastActivity,
        ColumnCount
    };

    explicit RetentionTableModel(QObject* parent = nullptr);
    void setCases(const QList<RetentionCase>& cases);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<RetentionCase> m_cases;
};

} // namespace lac
