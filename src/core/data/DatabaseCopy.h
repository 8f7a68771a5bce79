// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "data/Database.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace lac {

/// Moves a team's SQLite database onto an empty server database: every table, ids kept, in
/// one transaction (all or nothing), then each table read back and compared row by row, so
/// that a team changes backend without retyping or losing anything.
class DatabaseCopy
{
    Q_DECLARE_TR_FUNCTIONS(lac::DatabaseCopy)

public:
    struct TableCount
    {
        QString table;
        qint64 rows = 0;
    };

    /// Copies \a from into \a to, which must be at the same schema version and hold no case
    /// data (the reference lists a new database starts with are replaced by \a from's). The
    /// counts are of rows copied and checked.
    static Result<QList<TableCount>> copy(const Database& from, const Database& to);

    /// The tables in an order that satisfies every reference between them.
    static QStringList tables();
    /// tables(), then every other table \a db has (those a kind of record adds), by name,
    /// except that a table comes after the tables it refers to (a feature's tables may refer
    /// to each other as well as to these).
    static Result<QStringList> tablesOf(const Database& db);
};

} // namespace lac
