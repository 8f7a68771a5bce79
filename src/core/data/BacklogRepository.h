// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "data/Database.h"
#include "domain/Backlog.h"

#include <QCoreApplication>
#include <QList>

namespace lac {

/// Children in care whose next assessment is overdue, ranked for a backlog by the database
/// (BacklogPriorityRule explains the order).
class BacklogRepository
{
    Q_DECLARE_TR_FUNCTIONS(lac::BacklogRepository)

public:
    explicit BacklogRepository(const Database& db);

    Result<int> count(const BacklogQuery& query) const;
    Result<QList<BacklogRow>> page(const BacklogQuery& query, int offset, int limit) const;

private:
    const Database& m_db;
};

} // namespace lac
