// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Worklist.h"
#include "services/WorklistService.h"

#include <QAbstractListModel>
#include <QDate>

namespace lac {

class LatestRead;

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
    /// Waits for a count still running: its connection must close before the database does.
    ~WorklistSummaryModel() override;
    /// Counts now, on this thread.
    void refresh(QDate today);
    /// Counts on a worker thread with its own connection (a large caseload takes seconds):
    /// until the counts arrive the rows keep their last counts, or read "counting…" the first
    /// time, and countsReady() follows. The worker's pile rows are handed to the service, so
    /// that a pile then opens at once. Counts here when the service cannot count elsewhere.
    void refreshInBackground(QDate today);
    /// True from refreshInBackground() until its counts arrive.
    bool counting() const;
    /// The category's count, or -1 while it has not been counted yet.
    int count(WorklistCategory category) const;
    QString lastError() const { return m_lastError; }

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    /// The counts of the latest refreshInBackground() are shown (or lastError() says why not).
    void countsReady();

private:
    void show(const Result<WorklistCounts>& counts);

    static constexpr int notCountedYet = -1;
    const WorklistService& m_service;
    WorklistCounts m_counts;
    QString m_lastError;
    LatestRead* m_reading; ///< the counts, on a worker; an older refresh's are dropped
};

} // namespace lac
