// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "domain/ChildListQuery.h"
#include "domain/ChildListRow.h"

#include <QList>

namespace lac {

/// The children list as the children table reads it: a count, then a page at a time in the
/// query's order, each page starting after the last row of the one before (keyset paging:
/// paging with OFFSET would re-sort 100,000 rows for every page). An interface so that the
/// model needs no repository and every read passes the role check.
class ChildListSource
{
public:
    virtual ~ChildListSource() = default;

    /// How many children match the query.
    virtual Result<int> count(const ChildListQuery& query) const = 0;
    /// Up to  limit rows of the query's order (ties broken by id) after  after; from the
    /// first row when  after is at the start.
    virtual Result<ChildListPage> page(const ChildListQuery& query, const ChildListCursor& after,
                                       int limit) const = 0;
};

} // namespace lac
