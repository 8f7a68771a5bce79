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
    /// A write transaction on one child's case. On a server it first locks the child's row
    /// (SqlDialect::lockRowsInOrder()), so that two saves on one child run one after the other
    /// and the second reads and recomputes from the first's committed rows. Without it, a save
    /// that writes an assessment and then recomputes (which locks the child) and a save that
    /// touches the child and then recomputes (which writes that assessment) each wait for the
    /// other, and the server aborts one as a deadlock (tst_concurrentedit). SQLite's BEGIN
    /// IMMEDIATE already lets one writer in at a time. A wait longer than the busy timeout
    /// (lock_timeout) ends in the same "someone else is saving" message as on SQLite.
    SqlTransaction(const Database& db, qint64 childId);
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
