// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to the data-access layer.

#include "common/Result.h"
#include "data/Database.h"

#include <QDate>
#include <QString>
#include <QVariant>

#include <memory>

namespace lac {

/// A statement prepared once and run many times with fresh values: a bulk import stages,
/// inserts and updates millions of rows through a handful of these.
///
/// Why not QSqlQuery: on Qt 6.4 every bound value goes through QVariant, a per-value name
/// lookup in QSqlResult and a UTF-16 copy, which cost more than SQLite's own work on a
/// million-row import (measured: 17 µs per episode row through QSqlQuery, most of it Qt).
/// On an SQLite connection this talks to SQLite directly through the handle Qt documents
/// for the purpose (QSqlDriver::handle()); on any other connection it falls back to
/// QSqlQuery, so the same code runs against a server database.
///
/// Bind every parameter (1-based positions are not used: \a index is 0-based, as in Qt),
/// then exec(), insert() or start()/next() for a read. Values are kept until the next bind
/// of the same index, so a value that does not change need not be bound again.
class RepeatedStatement
{
public:
    enum class Engine
    {
        Automatic, ///< SQLite directly when the connection is SQLite, otherwise Qt Sql
        QtSql,     ///< always through QSqlQuery (what a server database would use)
    };

    /// \a what names the operation in a Failure ("could not add an episode").
    RepeatedStatement(const Database& db, const QString& sql, const QString& what,
                      Engine engine = Engine::Automatic);
    ~RepeatedStatement();
    RepeatedStatement(const RepeatedStatement&) = delete;
    RepeatedStatement& operator=(const RepeatedStatement&) = delete;

    /// Whether this statement talks to SQLite directly (for tests and benchmarks).
    bool isDirect() const;

    void bind(int index, qint64 value);
    void bind(int index, int value) { bind(index, qint64(value)); }
    void bind(int index, bool value) { bind(index, qint64(value ? 1 : 0)); }
    /// A null QString binds SQL NULL; an empty one binds ''.
    void bind(int index, const QString& value);
    /// A NOT NULL text column: a null QString binds '' rather than NULL.
    void bindText(int index, const QString& value);
    /// An ISO date, or NULL for an invalid date.
    void bind(int index, QDate value);
    void bindNull(int index);
    /// Integers, strings, dates and null variants, for callers that already hold QVariants.
    void bind(int index, const QVariant& value);

    /// Runs a statement that returns no rows (or whose rows nobody reads).
    Status exec();
    /// Runs an INSERT … RETURNING id (the SQL must end so) and gives the id.
    Result<qint64> insert();
    /// Rows changed by the last exec() of an INSERT, UPDATE or DELETE.
    qint64 rowsAffected() const;
    /// Binds \a values to the first parameters in order, then exec().
    Status exec(const QVariantList& values);
    /// Binds \a values to the first parameters in order, then insert().
    Result<qint64> insert(const QVariantList& values);

    /// Runs a SELECT; then next() until it gives false, reading columns in between.
    Status start();
    /// The next row, false at the end; a Failure if the read failed part-way.
    Result<bool> next();
    qint64 integer(int column) const;
    /// NULL reads as a null QString.
    QString text(int column) const;
    bool isNull(int column) const;
    /// Ends a read early (a read that ran to its end needs nothing).
    void finish();

    /// Runs a read and calls \a row (with this statement, to read columns from) for each row;
    /// a Failure if the read could not start or stopped part-way.
    template <typename Row>
    Status forEach(Row&& row)
    {
        if (auto s = start(); !s)
            return s;
        for (;;) {
            auto more = next();
            if (!more)
                return more.failure();
            if (!more.value())
                return {};
            row(*this);
        }
    }

private:
    void bindAll(const QVariantList& values);

    struct Direct;
    struct Fallback;
    std::unique_ptr<Direct> m_direct;
    std::unique_ptr<Fallback> m_fallback;
    QString m_what;
};

} // namespace lac
