// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "data/Database.h"
#include "domain/ChildListQuery.h"
#include "domain/ChildListRow.h"

#include <QCoreApplication>
#include <QList>

namespace lac {

/// Reads the children table filtered and sorted by the database, for the children view and
/// anything else that lists children. Every page is an index walk with LIMIT that starts after
/// the last row of the page before (keyset paging), so scrolling to the end of 100,000 children
/// costs the same per page as opening; paging with OFFSET would re-sort the whole table for
/// every page.
class ChildRepository
{
    Q_DECLARE_TR_FUNCTIONS(lac::ChildRepository)

public:
    explicit ChildRepository(const Database& db);

    /// How many children match the query.
    Result<int> count(const ChildListQuery& query) const;
    /// Up to  limit rows of the query's order (ties broken by id) after  after (from the
    /// first row when it is at the start), and the cursor after the last of them.
    Result<ChildListPage> page(const ChildListQuery& query, const ChildListCursor& after,
                               int limit) const;

private:
    const Database& m_db;
};

} // namespace lac
