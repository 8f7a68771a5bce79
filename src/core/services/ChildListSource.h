// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "domain/ChildListQuery.h"
#include "domain/ChildListRow.h"

#include <QList>

namespace lac {

/// The children list as the children table reads it: a count, the first rows, then the ids in
/// order and rows by id (paging with OFFSET would re-sort 100,000 rows for every page). An
/// interface so that the model needs no repository and every read passes the role check.
class ChildListSource
{
public:
    virtual ~ChildListSource() = default;

    /// How many children match the query.
    virtual Result<int> count(const ChildListQuery& query) const = 0;
    /// The first rows of the query's order (ties broken by id).
    virtual Result<QList<ChildListRow>> firstRows(const ChildListQuery& query, int limit) const = 0;
    /// The ids of every matching child in the query's order.
    virtual Result<QList<qint64>> orderedIds(const ChildListQuery& query) const = 0;
    /// The rows for these ids, in the order given (ids no longer present are skipped).
    virtual Result<QList<ChildListRow>> rows(const QList<qint64>& ids) const = 0;
};

} // namespace lac
