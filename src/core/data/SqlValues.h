// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to the data-access layer: converting between stored text and Qt values, and the
// optimistic-lock check every case-work UPDATE makes.

#include "common/Result.h"
#include "data/SqlDialect.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

namespace lac::sqlvalue {

inline QVariant nullText()
{
    return QVariant(QMetaType::fromType<QString>());
}

/// ISO date text, or SQL NULL for an invalid date.
inline QVariant date(QDate d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : nullText();
}
inline QDate toDate(const QVariant& v)
{
    return v.isNull() ? QDate() : QDate::fromString(v.toString().left(10), Qt::ISODate);
}
/// The same from text read straight from SQLite (RepeatedStatement::text): empty is no date.
inline QDate toDate(const QString& iso)
{
    return iso.isEmpty() ? QDate() : QDate::fromString(iso.left(10), Qt::ISODate);
}
/// An id, or SQL NULL for 0.
inline QVariant id(qint64 v)
{
    return v > 0 ? QVariant(v) : QVariant(QMetaType::fromType<qint64>());
}
/// Text, or SQL NULL when empty (for nullable columns such as late_reason_code).
inline QVariant textOrNull(const QString& s)
{
    return s.isEmpty() ? nullText() : QVariant(s);
}
/// Text for a NOT NULL column ('' instead of NULL).
inline QVariant text(const QString& s)
{
    return s.isNull() ? QVariant(QStringLiteral("")) : QVariant(s);
}
/// A LIKE pattern matching \a s anywhere, with % and _ escaped (use with ESCAPE '\\').
inline QString containsPattern(const QString& s)
{
    QString e = s.trimmed();
    e.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    e.replace(QLatin1Char('%'), QStringLiteral("\\%"));
    e.replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return QLatin1Char('%') + e + QLatin1Char('%');
}
/// "The child c matches the pattern by case ID or name" (two bindings), ignoring case on
/// either engine: "given family" contains every part of either name, so two matches cover all.
inline QString childSearchClause(const SqlDialect& dialect)
{
    return QStringLiteral("(c.case_id %1 ? ESCAPE '\\' OR (c.given_name || ' ' || "
                          "c.family_name) %1 ? ESCAPE '\\')")
        .arg(dialect.caseInsensitiveLike());
}
/// Adds "the child c matches \a search by case ID or name" to a WHERE clause.
inline void addChildSearch(QStringList& where, QVariantList& values, const QString& search,
                           const SqlDialect& dialect)
{
    if (search.trimmed().isEmpty())
        return;
    where << childSearchClause(dialect);
    values << containsPattern(search) << containsPattern(search);
}
inline QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

/// The number a "SELECT count(*) ..." query returned (0 when no row), or its failure.
template <typename N = int>
Result<N> countOf(Result<QSqlQuery> q)
{
    if (!q)
        return q.failure();
    return q.value().next() ? q.value().value(0).value<N>() : N(0);
}

/// The refusal when an UPDATE ... WHERE version = ? changed nothing: someone else saved first.
inline Failure staleRecord(const QString& what)
{
    return Failure{QCoreApplication::translate(
                       "lac::Database",
                       "this %1 was changed by someone else since you opened it, so your change "
                       "was not saved (nothing was overwritten). Your input is still here: "
                       "reopen the record to see their change, then make yours again.")
                       .arg(what),
                   what};
}

/// Success if the last UPDATE changed exactly one row, otherwise staleRecord(what).
inline Status requireOneRow(const QSqlQuery& q, const QString& what)
{
    if (q.numRowsAffected() == 1)
        return {};
    return staleRecord(what);
}

} // namespace lac::sqlvalue
