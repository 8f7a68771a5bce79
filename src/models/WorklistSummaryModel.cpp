// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "WorklistSummaryModel.h"

#include "PagedTableModel.h"

namespace lac {

WorklistSummaryModel::WorklistSummaryModel(const WorklistService& service, QObject* parent)
    : QAbstractListModel(parent)
    , m_service(service)
{}

void WorklistSummaryModel::refresh(QDate today)
{
    beginResetModel();
    auto counts = m_service.counts(today);
    m_counts.clear();
    m_lastError.clear();
    if (counts)
        m_counts = counts.value();
    else
        m_lastError = counts.failure().text();
    endResetModel();
}

int WorklistSummaryModel::count(WorklistCategory category) const
{
    for (const auto& c : m_counts) {
        if (c.first == category)
            return c.second;
    }
    return 0;
}

int WorklistSummaryModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_counts.size());
}

QVariant WorklistSummaryModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto& [category, n] = m_counts.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return tr("%1: %2").arg(m_service.title(category)).arg(n);
    case CountRole:
        return n;
    case CategoryRole:
        return int(category);
    case Qt::BackgroundRole:
    case Qt::ForegroundRole: {
        if (n == 0)
            return PagedTableModel::ragBrush(RagRating::Green, role);
        const bool urgent = category == WorklistCategory::OverdueIha ||
                            category == WorklistCategory::OverdueRha ||
                            category == WorklistCategory::IhaRequestsLate ||
                            category == WorklistCategory::CompletedLateNoReason;
        return PagedTableModel::ragBrush(urgent ? RagRating::Red : RagRating::Amber, role);
    }
    default:
        return {};
    }
}

} // namespace lac
