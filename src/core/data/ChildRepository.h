// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "data/Database.h"
#include "domain/ChildListQuery.h"
#include "domain/ChildListRow.h"

#include <QList>

namespace lac {

/// Reads the children table a page at a time, filtered and sorted by the database, for the
/// children view and anything else that lists children.
class ChildRepository
{
public:
    explicit ChildRepository(const Database& db);

    /// How many children match the query.
    Result<int> count(const ChildListQuery& query) const;
    /// Rows [offset, offset + limit) of the query's order (ties broken by id, so pages are stable).
    Result<QList<ChildListRow>> page(const ChildListQuery& query, int offset, int limit) const;

private:
    const Database& m_db;
};

} // namespace lac
