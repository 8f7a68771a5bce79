// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "data/Database.h"
#include "domain/ChildRecord.h"

#include <QCoreApplication>
#include <QList>

namespace lac {

/// Reads and writes one child at a time (the list of children is ChildRepository's): the
/// child's own details with optimistic locking, and the history of their NHS numbers.
class ChildRecordRepository
{
    Q_DECLARE_TR_FUNCTIONS(lac::ChildRecordRepository)

public:
    explicit ChildRecordRepository(const Database& db);

    Result<ChildRecord> find(qint64 id) const;
    /// Whether another child (not \a exceptId) already has this case ID.
    Result<bool> caseIdTaken(const QString& caseId, qint64 exceptId) const;
    /// Inserts the child's own fields (not the NHS number); returns the new id.
    Result<qint64> insert(const ChildRecord& child) const;
    /// Saves the child's own fields if the stored version is still child.version; bumps it.
    Status update(const ChildRecord& child) const;
    Status setClinicalNeed(qint64 id, int version, bool need) const;
    /// Bumps the version of a child whose care or assessments changed, so that a colleague's
    /// open copy of the child is refused rather than saved over the change.
    Status touch(qint64 id, int version) const;

    Result<QList<NhsNumberEntry>> nhsNumbers(qint64 childId) const;
    /// Ends the current number (if any) on \a from and records \a number from that day.
    Status replaceNhsNumber(qint64 childId, const QString& number, QDate from,
                            const QString& recordedBy) const;

private:
    const Database& m_db;
};

} // namespace lac
