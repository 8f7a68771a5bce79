// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "data/CopiedUpdate.h"

#include "data/SqlConnection.h"

namespace lac {

CopiedUpdate::CopiedUpdate(const Database& db, const QString& tempTable, const QStringList& columns,
                           const QString& update, const QString& what)
    : m_db(db)
    , m_table(tempTable)
    , m_columns(columns)
    , m_update(update)
    , m_what(what)
{}

CopiedUpdate::~CopiedUpdate() = default;

Result<CopyIn*> CopiedUpdate::row()
{
    if (!m_copy) {
        // A TEMP table lives as long as the session, unless the transaction that made it was
        // undone: made when this session has none.
        auto exists = runQuery(
            m_db, QStringLiteral("SELECT to_regclass('pg_temp.%1') IS NOT NULL").arg(m_table), {},
            m_what);
        if (!exists)
            return exists.failure();
        QSqlQuery create(sqlConnection(m_db)); // not prepared: PostgreSQL cannot prepare DDL
        if (!(exists.value().next() && exists.value().value(0).toBool()) &&
            !create.exec(QStringLiteral("CREATE TEMP TABLE %1 (%2)")
                             .arg(m_table, m_columns.join(QStringLiteral(", ")))))
            return sqlFailure(m_what, create.lastError());
        QStringList names;
        for (const QString& c : m_columns)
            names << c.section(QLatin1Char(' '), 0, 0);
        m_copy = std::make_unique<CopyIn>(m_db, m_table, names, m_what);
    }
    m_waiting = true;
    return m_copy.get();
}

Status CopiedUpdate::apply()
{
    if (!m_waiting)
        return {};
    if (auto s = m_copy->flush(); !s)
        return s;
    m_waiting = false;
    if (auto q = runQuery(m_db, m_update, {}, m_what); !q)
        return q.failure();
    // TRUNCATE, not DELETE: nothing vacuums a TEMP table, and a large import's dead rows made
    // each batch's UPDATE scan all of the batches before. Not prepared: PostgreSQL cannot.
    QSqlQuery empty(sqlConnection(m_db));
    if (!empty.exec(QStringLiteral("TRUNCATE %1").arg(m_table)))
        return sqlFailure(m_what, empty.lastError());
    return {};
}

} // namespace lac
