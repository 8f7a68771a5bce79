// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to the data-access layer.

#include "common/Result.h"
#include "data/CopyIn.h"
#include "data/Database.h"

#include <QString>
#include <QStringList>

#include <memory>

namespace lac {

/// Changes to many rows of one table on a PostgreSQL server, streamed with COPY into a TEMP
/// table and applied by one UPDATE … FROM it.
///
/// Why: a first import changes a derived column of every child and every period of care; one
/// UPDATE round trip each would dominate the import over an office network (CopyIn says why).
class CopiedUpdate
{
public:
    /// \a columns are the TEMP table's, in COPY order, as "name TYPE" ("id BIGINT NOT NULL");
    /// \a update reads them from \a tempTable ("UPDATE children c SET … FROM t WHERE …").
    CopiedUpdate(const Database& db, const QString& tempTable, const QStringList& columns,
                 const QString& update, const QString& what);
    ~CopiedUpdate();

    /// The row to fill (its values in column order, then CopyIn::endRow()). Makes the TEMP
    /// table the first time.
    Result<CopyIn*> row();
    /// Sends the rows waiting and applies them; nothing to do when none are.
    Status apply();

private:
    const Database& m_db;
    QString m_table;
    QStringList m_columns;
    QString m_update;
    QString m_what;
    std::unique_ptr<CopyIn> m_copy;
    bool m_waiting = false;
};

} // namespace lac
