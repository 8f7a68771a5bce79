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
/// anything else that lists children. A view opens on firstRows() (an index walk with LIMIT);
/// scrolling further uses orderedIds() once and then rows() a page at a time by id, because
/// paging with OFFSET would re-sort the whole table for every page.
class ChildRepository
{
    Q_DECLARE_TR_FUNCTIONS(lac::ChildRepository)

public:
    explicit ChildRepository(const Database& db);

    /// How many children match the query.
    Result<int> count(const ChildListQuery& query) const;
    /// The first rows of the query's order (ties broken by id): what a view shows on opening.
    Result<QList<ChildListRow>> firstRows(const ChildListQuery& query, int limit) const;
    /// The ids of every matching child in the query's order. Cheaper than paging with OFFSET,
    /// which re-sorts the table for every page: the model keeps this list and loads rows by id.
    Result<QList<qint64>> orderedIds(const ChildListQuery& query) const;
    /// The rows for these ids, in the order given (ids no longer present are skipped).
    Result<QList<ChildListRow>> rows(const QList<qint64>& ids) const;

private:
    const Database& m_db;
};

} // namespace lac
