// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "dental/core/DentalCheck.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

namespace lac {

class Database;

/// The dental_checks table, and the children in care with their last check (for the
/// worklist). The text codes of DentalNotSeenReason exist only here.
class DentalCheckStore
{
    Q_DECLARE_TR_FUNCTIONS(lac::DentalCheckStore)

public:
    explicit DentalCheckStore(const Database& db);

    Result<QList<DentalCheckRecord>> forChild(qint64 childId) const;
    Result<DentalCheckRecord> find(qint64 id) const;
    Result<qint64> insert(const DentalCheckRecord& check) const;
    /// Every check on record (for an import to skip what it already holds).
    Result<QList<DentalCheckRecord>> all() const;
    /// Every child by case ID (id, name, date of birth), for an import to find its rows' child.
    Result<QHash<QString, DentalStatus>> childrenByCaseId() const;
    /// Saves \a check if nobody changed it since it was read (its version); stale otherwise.
    Status update(const DentalCheckRecord& check) const;
    /// Children in care now (or only \a onlyChild), each with their last check seen (if any).
    Result<QList<DentalStatus>> childrenInCare(qint64 onlyChild = 0) const;

    /// Every period of care on record.
    Result<QList<DentalCarePeriod>> carePeriods() const;

    static QString reasonCode(DentalNotSeenReason reason);
    static DentalNotSeenReason reasonFromCode(const QString& code);

private:
    const Database& m_db;
};

} // namespace lac
