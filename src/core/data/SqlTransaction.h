// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "data/Database.h"

#include <QCoreApplication>

namespace lac {

/// A database transaction that rolls back unless committed: every multi-row write in the
/// data layer goes through one, so that a failure part-way leaves the data as it was.
class SqlTransaction
{
    Q_DECLARE_TR_FUNCTIONS(lac::SqlTransaction)

public:
    explicit SqlTransaction(const Database& db);
    ~SqlTransaction();
    SqlTransaction(const SqlTransaction&) = delete;
    SqlTransaction& operator=(const SqlTransaction&) = delete;

    /// Failure if the transaction could not begin (e.g. another PC holds the write lock).
    Status begun() const { return m_begin; }
    Status commit();
    void rollback();

private:
    const Database& m_db;
    Status m_begin;
    bool m_open = false;
};

} // namespace lac
