// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to the data-access layer: the only way from a Database to its Qt Sql connection.

#include "common/Result.h"
#include "data/Database.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace lac {

/// The Qt Sql connection behind a Database.
QSqlDatabase sqlConnection(const Database& db);

/// A Failure describing a failed query, with the database's own words after ours.
Failure sqlFailure(const QString& what, const QSqlError& error);
/// The same from an SQLite result code (primary or extended) and SQLite's message.
Failure sqlFailure(const QString& what, int nativeCode, const QString& detail);

/// A text value for a NOT NULL column: Qt binds a null QString as SQL NULL, so an empty
/// string must be made non-null first.
inline QVariant textValue(const QString& s)
{
    return s.isNull() ? QVariant(QStringLiteral("")) : QVariant(s);
}

/// ORDER BY terms for a list: \a key (which may hold "%1" where a later term needs the
/// direction too, e.g. "c.family_name %1, c.given_name"), the direction, and \a idColumn as the
/// tie-break so that pages are stable. Every term runs the same way, so one index serves both.
inline QString orderTerms(QString key, bool descending, const QString& idColumn)
{
    const QString dir = descending ? QStringLiteral("DESC") : QStringLiteral("ASC");
    if (key.contains(QLatin1String("%1")))
        key = key.arg(dir);
    return QStringLiteral("%1 %2, %3 %2").arg(key, dir, idColumn);
}

/// Prepares and runs a query with positional bindings; Failure names \a what on error.
Result<QSqlQuery> runQuery(const Database& db, const QString& sql, const QVariantList& values,
                           const QString& what);

/// Reads the one row \a sql selects by \a id (its only binding) with \a fromRow; Failure
/// names \a what when the query fails and \a missing, at the id, when there is no such row.
template <typename Record>
Result<Record> findById(const Database& db, const QString& sql, qint64 id, const QString& what,
                        const QString& missing, Record (*fromRow)(const QSqlQuery&))
{
    auto q = runQuery(db, sql, {id}, what);
    if (!q)
        return q.failure();
    if (!q.value().next())
        return Failure{missing, QString::number(id)};
    return fromRow(q.value());
}

/// Runs an "INSERT ... RETURNING id" and gives the new row's id; Failure names \a what (and
/// \a where, when no id comes back).
inline Result<qint64> insertReturningId(const Database& db, const QString& sql,
                                        const QVariantList& values, const QString& what,
                                        const QString& where = {})
{
    auto q = runQuery(db, sql, values, what);
    if (!q)
        return q.failure();
    if (!q.value().next())
        return Failure{what, where};
    return q.value().value(0).toLongLong();
}

} // namespace lac
