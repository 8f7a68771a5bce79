// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "data/Database.h"
#include "domain/PaperworkLog.h"

#include <QCoreApplication>
#include <QList>

namespace lac {

/// Paperwork issues: one at a time for the services, and the log a page at a time, filtered
/// and sorted by the database.
class PaperworkIssueRepository
{
    Q_DECLARE_TR_FUNCTIONS(lac::PaperworkIssueRepository)

public:
    explicit PaperworkIssueRepository(const Database& db);

    Result<PaperworkIssueRecord> find(qint64 id) const;
    /// How many issues of an assessment are still open (not put right), leaving out \a exceptId.
    Result<int> openCount(qint64 assessmentId, qint64 exceptId = 0) const;
    Result<qint64> insert(const PaperworkIssueRecord& issue) const;
    /// Saves detail, dates and notes if the stored version is still issue.version; bumps it.
    Status update(const PaperworkIssueRecord& issue) const;

    Result<int> count(const PaperworkLogQuery& query) const;
    Result<QList<PaperworkLogRow>> page(const PaperworkLogQuery& query, int offset,
                                        int limit) const;

private:
    const Database& m_db;
};

} // namespace lac
