// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QList>

namespace lac {

/// Rows of one list a page at a time, filtered and sorted by whoever implements it. The paged
/// item models depend on this rather than on a repository, so that every read a screen makes
/// goes through a service (CaseListService) that checks the reader's role first.
template <typename Row, typename Query>
class PageSource
{
public:
    virtual ~PageSource() = default;

    /// Rows matching the query, not just those loaded.
    virtual Result<int> count(const Query& query) const = 0;
    /// Up to \a limit rows from \a offset in the query's order.
    virtual Result<QList<Row>> page(const Query& query, int offset, int limit) const = 0;
};

} // namespace lac
