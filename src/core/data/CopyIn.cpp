// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "data/CopyIn.h"

#include "data/SqlConnection.h"

#include <QSqlDriver>

#include <libpq-fe.h>

namespace lac {
namespace {

constexpr qsizetype sendAt = 1 << 20; // bytes waiting before they are sent
constexpr int idsPerBlock = 1000;

PGconn* connectionOf(const Database& db)
{
    const QSqlDatabase sql = sqlConnection(db);
    if (!sql.isValid() || !sql.driver())
        return nullptr;
    const QVariant handle = sql.driver()->handle();
    // Qt registers the type under libpq's struct name (PGconn is a typedef of pg_conn).
    if (!handle.isValid() ||
        (qstrcmp(handle.typeName(), "PGconn*") != 0 && qstrcmp(handle.typeName(), "pg_conn*") != 0))
        return nullptr;
    return *static_cast<PGconn* const*>(handle.constData());
}

/// The server's error as Qt Sql would report it, so that sqlFailure() maps its SQLSTATE.
Failure failureOf(const QString& what, const PGresult* result, PGconn* conn)
{
    const char* state = result ? PQresultErrorField(result, PG_DIAG_SQLSTATE) : nullptr;
    const QString message =
        QString::fromUtf8(result ? PQresultErrorMessage(result) : PQerrorMessage(conn)).trimmed();
    return sqlFailure(what, QSqlError(QString(), message, QSqlError::StatementError,
                                      state ? QString::fromLatin1(state) : QString()));
}

} // namespace

bool CopyIn::available(const Database& db)
{
    PGconn* conn = connectionOf(db);
    // COPY's text goes as UTF-8: Qt's driver sets that client encoding when it connects.
    return conn && qstrcmp(pg_encoding_to_char(PQclientEncoding(conn)), "UTF8") == 0;
}

CopyIn::CopyIn(const Database& db, const QString& table, const QStringList& columns,
               const QString& what)
    : m_db(db)
    , m_command(QStringLiteral("COPY %1 (%2) FROM STDIN")
                    .arg(table, columns.join(QStringLiteral(", ")))
                    .toUtf8())
    , m_what(what)
{}

void CopyIn::separate()
{
    if (m_rowStarted)
        m_buffer += '\t';
    m_rowStarted = true;
}

void CopyIn::text(const QString& value)
{
    separate();
    const QByteArray utf8 = value.toUtf8();
    m_buffer.reserve(m_buffer.size() + utf8.size());
    for (const char c : utf8) {
        switch (c) {
        case '\\':
            m_buffer += "\\\\";
            break;
        case '\t':
            m_buffer += "\\t";
            break;
        case '\n':
            m_buffer += "\\n";
            break;
        case '\r':
            m_buffer += "\\r";
            break;
        default:
            m_buffer += c;
        }
    }
}

void CopyIn::textOrNull(const QString& value)
{
    if (value.isEmpty())
        null();
    else
        text(value);
}

void CopyIn::integer(qint64 value)
{
    separate();
    m_buffer += QByteArray::number(value);
}

void CopyIn::date(QDate value)
{
    if (!value.isValid()) {
        null();
        return;
    }
    separate();
    m_buffer += value.toString(Qt::ISODate).toLatin1();
}

void CopyIn::null()
{
    separate();
    m_buffer += "\\N";
}

Status CopyIn::endRow()
{
    m_buffer += '\n';
    m_rowStarted = false;
    if (m_buffer.size() >= sendAt)
        return flush();
    return {};
}

Status CopyIn::flush()
{
    if (m_buffer.isEmpty())
        return {};
    PGconn* conn = connectionOf(m_db);
    if (!conn)
        return Failure{m_what, QStringLiteral("not a PostgreSQL connection")};
    PGresult* start = PQexec(conn, m_command.constData());
    if (PQresultStatus(start) != PGRES_COPY_IN) {
        Failure f = failureOf(m_what, start, conn);
        PQclear(start);
        return f;
    }
    PQclear(start);
    const bool sent = PQputCopyData(conn, m_buffer.constData(), int(m_buffer.size())) == 1;
    m_buffer.clear();
    PQputCopyEnd(conn, sent ? nullptr : "the rows could not be sent");
    Status status;
    while (PGresult* r = PQgetResult(conn)) {
        if (status && PQresultStatus(r) != PGRES_COMMAND_OK)
            status = failureOf(m_what, r, conn);
        PQclear(r);
    }
    return status;
}

IdBlock::IdBlock(const Database& db, const QString& table)
    : m_db(db)
    , m_table(table)
{}

Result<qint64> IdBlock::next()
{
    if (m_used < m_ids.size())
        return m_ids.at(m_used++);
    auto q = runQuery(m_db,
                      QStringLiteral("SELECT nextval(pg_get_serial_sequence(?, 'id')) "
                                     "FROM generate_series(1, ?)"),
                      {m_table, idsPerBlock}, QStringLiteral("could not number new rows"));
    if (!q)
        return q.failure();
    m_ids.clear();
    m_used = 0;
    while (q.value().next())
        m_ids << q.value().value(0).toLongLong();
    if (m_ids.isEmpty())
        return Failure{QStringLiteral("could not number new rows"), m_table};
    return m_ids.at(m_used++);
}

} // namespace lac
