// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to the data-access layer.

#include "data/Database.h"

#include <QString>

namespace lac {

/// The few places where SQLite and PostgreSQL need different SQL text or different handling,
/// in one class, so that every repository keeps one SQL string for both engines (the way
/// Brewtarget keeps a type enum with helpers, rather than KMyMoney's driver class per
/// database, which suits a product with many more engine differences than ours).
///
/// Mechanisms that differ wholly (bulk import staging, backup, integrity check) live in small
/// engine classes instead; this class only spells SQL and reads errors.
class SqlDialect
{
public:
    explicit SqlDialect(Database::Engine engine)
        : m_engine(engine)
    {}
    explicit SqlDialect(const Database& db)
        : m_engine(db.engine())
    {}

    Database::Engine engine() const { return m_engine; }
    bool isServer() const { return m_engine == Database::Engine::PostgreSQL; }

    /// The statement that starts a write transaction. SQLite's BEGIN IMMEDIATE takes the write
    /// lock at once (waiting up to the busy timeout); PostgreSQL locks rows as they are
    /// written, a case-work save locks its child first (SqlTransaction), and the due-date
    /// recomputation locks the children it plans (lockRowsInOrder()).
    QString beginWrite() const;

    /// The operator that matches a LIKE pattern ignoring case for ASCII letters: SQLite's LIKE
    /// already does; PostgreSQL's LIKE is case-sensitive and ILIKE is not.
    QString caseInsensitiveLike() const;

    /// The end of a SELECT by id that locks the rows it reads until the transaction ends, in
    /// id order so that two writers locking overlapping sets cannot deadlock. Empty on SQLite.
    /// The due-date recomputation reads each child this way: two PCs saving for one child
    /// then recompute one after the other, the second from the first's committed rows.
    QString lockRowsInOrder() const;

    /// Whether NULL sorts before every value going up (SQLite) rather than after (PostgreSQL):
    /// a list paged after its last row must know which side of that row the NULLs are.
    bool nullsSortFirst() const { return !isServer(); }

    /// Plain words for a PostgreSQL SQLSTATE (e.g. "42501"), empty when the code needs none
    /// beyond the caller's own message.
    static QString plainWordsForSqlState(const QString& sqlState);
    /// Plain words for an SQLite result code (primary or extended).
    static QString plainWordsForSqliteCode(int code);

private:
    Database::Engine m_engine;
};

} // namespace lac
