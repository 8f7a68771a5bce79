// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "data/Database.h"
#include "domain/Worklist.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

namespace lac {

/// The home screen's piles of work, counted and listed by the database (indexed queries, so
/// the counts come back at once on 100,000 children).
class WorklistRepository
{
    Q_DECLARE_TR_FUNCTIONS(lac::WorklistRepository)

public:
    explicit WorklistRepository(const Database& db);

    Result<int> count(const WorklistQuery& query) const;
    Result<QList<WorklistRow>> page(const WorklistQuery& query, int offset, int limit) const;

private:
    const Database& m_db;
};

} // namespace lac
