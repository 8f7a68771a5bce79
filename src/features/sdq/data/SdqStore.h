// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "sdq/core/SdqRecord.h"

#include <QCoreApplication>
#include <QList>

namespace lac {

class Database;

/// A period of care of a child, for the demo county's SDQs.
struct SdqCarePeriod
{
    qint64 childId = 0;
    QDate dateOfBirth;
    QDate start;
    QDate end; ///< invalid while the child is in care
};

/// The sdq_scores table, and the children in care with their last SDQ (for the worklist).
/// The DfE's reason codes (SDQ1-SDQ5) exist as text only here.
class SdqStore
{
    Q_DECLARE_TR_FUNCTIONS(lac::SdqStore)

public:
    explicit SdqStore(const Database& db);

    Result<QList<SdqRecord>> forChild(qint64 childId) const;
    Result<SdqRecord> find(qint64 id) const;
    Result<qint64> insert(const SdqRecord& sdq) const;
    /// Saves \a sdq if nobody changed it since it was read (its version); stale otherwise.
    Status update(const SdqRecord& sdq) const;
    Result<QDate> dateOfBirth(qint64 childId) const;
    /// Children in care now (or only \a onlyChild), each with their last SDQ (if any).
    Result<QList<SdqStanding>> childrenInCare(qint64 onlyChild = 0) const;
    /// Every period of care on record.
    Result<QList<SdqCarePeriod>> carePeriods() const;

    static QString reasonCode(SdqReason reason);
    static SdqReason reasonFromCode(const QString& code);

private:
    const Database& m_db;
};

} // namespace lac
