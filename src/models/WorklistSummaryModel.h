// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Worklist.h"
#include "services/WorklistService.h"

#include <QAbstractListModel>
#include <QDate>

namespace lac {

/// The home screen's counts, one row per pile of work, in order. Counts that need action are
/// coloured (overdue red, paperwork and waits amber).
class WorklistSummaryModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role
    {
        CountRole = Qt::UserRole + 1,
        CategoryRole,
    };

    explicit WorklistSummaryModel(const WorklistService& service, QObject* parent = nullptr);
    void refresh(QDate today);
    int count(WorklistCategory category) const;
    QString lastError() const { return m_lastError; }

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

private:
    const WorklistService& m_service;
    QList<QPair<WorklistCategory, int>> m_counts;
    QString m_lastError;
};

} // namespace lac
