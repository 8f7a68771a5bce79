// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "data/Database.h"
#include "domain/OutOfAreaLog.h"

#include <QCoreApplication>
#include <QList>

#include <optional>
#include <utility>

namespace lac {

/// Out-of-area requests and their chase history; the log a page at a time, sorted and
/// filtered by the database.
class OutOfAreaRepository
{
    Q_DECLARE_TR_FUNCTIONS(lac::OutOfAreaRepository)

public:
    explicit OutOfAreaRepository(const Database& db);

    Result<OutOfAreaRequestRecord> find(qint64 id) const;
    /// The unresolved request for an assessment, if there is one.
    Result<std::optional<OutOfAreaRequestRecord>> openForAssessment(qint64 assessmentId) const;
    /// The child's unresolved requests whose assessment no longer waits (completed, not
    /// required or closed), each with the day it was settled: the completion date, or
    /// \a today when the assessment simply stopped being needed.
    Result<QList<std::pair<OutOfAreaRequestRecord, QDate>>> openButSettled(qint64 childId,
                                                                           QDate today) const;
    Result<qint64> insert(const OutOfAreaRequestRecord& request) const;
    /// Saves the request if the stored version is still request.version; bumps it.
    Status update(const OutOfAreaRequestRecord& request) const;

    Result<QList<OutOfAreaChase>> chases(qint64 requestId) const; ///< oldest first
    Result<qint64> insertChase(const OutOfAreaChase& chase) const;

    Result<bool> authorityExists(qint64 id) const;
    Result<bool> providerExists(qint64 id) const;

    Result<int> count(const OutOfAreaLogQuery& query) const;
    Result<QList<OutOfAreaLogRow>> page(const OutOfAreaLogQuery& query, int offset,
                                        int limit) const;

private:
    const Database& m_db;
};

} // namespace lac
