// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "data/SqlTransaction.h"

#include "data/SqlConnection.h"
#include "data/SqlDialect.h"

#include <QCoreApplication>

namespace lac {

SqlTransaction::SqlTransaction(const Database& db)
    : m_db(db)
{
    // Nothing is written to a file the start's integrity check has not yet passed.
    if (m_begin = m_db.writesAllowed(); !m_begin)
        return;
    QSqlDatabase sql = sqlConnection(m_db);
    // SQLite: BEGIN IMMEDIATE takes the write lock now, waiting up to the busy timeout while
    // another PC saves. A plain (deferred) BEGIN would take it at the first write, and SQLite
    // refuses that upgrade at once, without waiting, whenever another writer is active.
    // PostgreSQL locks rows as they are written (SqlDialect::beginWrite()). Not prepared:
    // PostgreSQL cannot prepare a BEGIN.
    QSqlQuery begin(sql);
    if (begin.exec(SqlDialect(m_db).beginWrite()))
        m_open = true;
    else
        m_begin = sqlFailure(tr("could not start saving"), begin.lastError());
}

SqlTransaction::SqlTransaction(const Database& db, qint64 childId)
    : SqlTransaction(db)
{
    const SqlDialect dialect(m_db);
    if (!m_open || !dialect.isServer())
        return;
    // Not prepared: Qt's PostgreSQL driver would spend three round trips (PREPARE, EXECUTE,
    // DEALLOCATE) on what is one, and could not free the statement once a lock wait that ran
    // out has aborted the transaction. The id is a number, never text from input.
    QSqlQuery lock(sqlConnection(m_db));
    if (!lock.exec(QStringLiteral("SELECT id FROM children WHERE id = %1").arg(childId) +
                   dialect.lockRowsInOrder())) {
        m_begin = sqlFailure(tr("could not start saving"), lock.lastError());
        rollback();
    }
}

SqlTransaction::~SqlTransaction()
{
    rollback();
}

Status SqlTransaction::commit()
{
    if (!m_open)
        return m_begin.ok() ? Status(Failure{QStringLiteral("transaction already finished"), {}})
                            : m_begin;
    QSqlDatabase sql = sqlConnection(m_db);
    if (!sql.commit()) {
        Failure f =
            sqlFailure(tr("the change could not be saved; nothing was changed"), sql.lastError());
        sql.rollback();
        m_open = false;
        return f;
    }
    m_open = false;
    return {};
}

void SqlTransaction::rollback()
{
    if (m_open) {
        sqlConnection(m_db).rollback();
        m_open = false;
    }
}

} // namespace lac
