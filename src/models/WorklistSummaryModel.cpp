// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "WorklistSummaryModel.h"

#include "PagedTableModel.h"

#include "common/LatestRead.h"

namespace lac {

WorklistSummaryModel::WorklistSummaryModel(const WorklistService& service, QObject* parent)
    : QAbstractListModel(parent)
    , m_service(service)
    , m_reading(new LatestRead(this))
{}

WorklistSummaryModel::~WorklistSummaryModel() = default;

bool WorklistSummaryModel::counting() const
{
    return m_reading->waiting();
}

void WorklistSummaryModel::refresh(QDate today)
{
    m_reading->drop();          // a count still running elsewhere is older than this one
    m_service.forgetSnapshot(); // counted here: the piles' lists are read here too
    show(m_service.counts(today));
}

void WorklistSummaryModel::refreshInBackground(QDate today)
{
    auto job = m_service.countsElsewhere(today);
    if (!job) {
        refresh(today);
        Q_EMIT countsReady();
        return;
    }
    if (m_counts.isEmpty()) { // the first time: every pile listed, none counted yet
        beginResetModel();
        for (WorklistCategory c : m_service.categories())
            m_counts << qMakePair(c, notCountedYet);
        endResetModel();
    }
    m_reading->start(std::move(job), [this](const Result<WorklistSnapshot>& found) {
        if (found) {
            m_service.adopt(found.value()); // a pile now opens at once
            show(found.value().counts);
        } else {
            m_service.forgetSnapshot();
            show(found.failure());
        }
        Q_EMIT countsReady();
    });
}

void WorklistSummaryModel::show(const Result<WorklistCounts>& counts)
{
    beginResetModel();
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
        if (n == notCountedYet)
            return tr("%1: counting…").arg(m_service.title(category));
        return tr("%1: %2").arg(m_service.title(category)).arg(n);
    case CountRole:
        return n == notCountedYet ? QVariant() : QVariant(n);
    case CategoryRole:
        return int(category);
    case Qt::BackgroundRole:
    case Qt::ForegroundRole: {
        if (n == notCountedYet)
            return {};
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
