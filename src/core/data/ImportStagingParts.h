// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to ImportStaging: what its three source files share (the statements on SQLite, the
// COPY streams on a server, a few helpers).

#include "data/CopyIn.h"
#include "data/ImportStaging.h"
#include "data/RepeatedStatement.h"
#include "data/SqlConnection.h"

#include <memory>

namespace lac {
namespace importstaging {

inline constexpr ImportStaging::Table allTables[] = {
    ImportStaging::Table::Header, ImportStaging::Table::Uasc, ImportStaging::Table::Episodes,
    ImportStaging::Table::Assessments};

/// Runs an already prepared statement with fresh positional values.
inline Status execPrepared(QSqlQuery& q, const QVariantList& values, const QString& what)
{
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(i, values.at(i));
    if (!q.exec())
        return sqlFailure(what, q.lastError());
    return {};
}

/// A forward-only read (Qt otherwise caches every row for scrolling back).
inline Result<QSqlQuery> select(const Database& db, const QString& sql, const QVariantList& values,
                                const QString& what)
{
    QSqlQuery q(sqlConnection(db));
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        return sqlFailure(what, q.lastError());
    if (auto s = execPrepared(q, values, what); !s)
        return s.failure();
    return q;
}

inline Status exec(const Database& db, const QString& sql, const QString& what)
{
    QSqlQuery q(sqlConnection(db));
    if (!q.exec(sql))
        return sqlFailure(what, q.lastError());
    return {};
}

} // namespace importstaging

/// The statements run once per staged row, prepared when the scratch tables exist.
struct ImportStaging::Statements
{
    std::unique_ptr<RepeatedStatement> stage[4];
    std::unique_ptr<RepeatedStatement> rows[4];
    std::unique_ptr<RepeatedStatement> pageEnd[4];
    std::unique_ptr<RepeatedStatement> pageChildren[4];
    std::unique_ptr<RepeatedStatement> problem;
    std::unique_ptr<RepeatedStatement> reject;
    std::unique_ptr<RepeatedStatement> touch;
    std::unique_ptr<RepeatedStatement> accept;
};

/// On a server: the rows waiting to be sent with COPY, per scratch table. Rejections and
/// changed children go through inbox tables first (COPY has no ON CONFLICT) and are merged
/// into their tables, first one kept, before anything reads them.
struct ImportStaging::ServerStreams
{
    std::unique_ptr<CopyIn> stage[4];
    std::unique_ptr<CopyIn> problem;
    std::unique_ptr<CopyIn> reject;
    std::unique_ptr<CopyIn> touch;
    std::unique_ptr<CopyIn> accept;
    bool rejectsWaiting = false;
    bool touchedWaiting = false;
};

} // namespace lac
