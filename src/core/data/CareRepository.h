// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "data/Database.h"
#include "domain/CarePeriodRecord.h"
#include "domain/PlacementRecord.h"

#include <QCoreApplication>
#include <QList>

namespace lac {

/// A child's periods of care and placements (SSDA903 episodes). Rows recorded in error are
/// closed, never deleted; listings leave closed rows out.
class CareRepository
{
    Q_DECLARE_TR_FUNCTIONS(lac::CareRepository)

public:
    explicit CareRepository(const Database& db);

    Result<QList<CarePeriodRecord>> periods(qint64 childId) const;   ///< oldest first
    Result<QList<PlacementRecord>> placements(qint64 childId) const; ///< oldest first
    Result<CarePeriodRecord> findPeriod(qint64 id) const;

    Result<qint64> insertPeriod(qint64 childId, QDate start) const;
    Status endPeriod(qint64 id, int version, QDate end, const QString& reason) const;
    Result<qint64> insertPlacement(const PlacementRecord& placement) const;
    Status endPlacement(qint64 id, int version, QDate end, const QString& reasonEnd) const;

private:
    const Database& m_db;
};

} // namespace lac
