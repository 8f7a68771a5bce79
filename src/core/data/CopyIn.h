// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to the data-access layer.

#include "common/Result.h"
#include "data/Database.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace lac {

/// Rows written into one table of a PostgreSQL database with COPY … FROM STDIN, through
/// libpq on the connection Qt's QPSQL driver opened (QSqlDriver::handle()).
///
/// Why: QPSQL prepares with SQL-level PREPARE/EXECUTE, one network round trip per row; a
/// million-row import row by row took minutes on one machine and would take an hour over an
/// office network. COPY sends thousands of rows per round trip. Rows are kept in COPY's text
/// format (UTF-8, the client encoding Qt sets; tab, newline, carriage return and backslash
/// escaped; \N for NULL) and sent when about a megabyte is waiting or when flush() is called,
/// so memory stays bounded. Nothing is sent until then: flush() before anything reads the
/// table. It runs inside whatever transaction the connection is in; a failed COPY aborts it
/// like any failed statement.
class CopyIn
{
public:
    /// Whether \a db is a PostgreSQL connection whose libpq handle this program can use.
    static bool available(const Database& db);

    /// \a what names the operation in a Failure ("could not stage a row").
    CopyIn(const Database& db, const QString& table, const QStringList& columns,
           const QString& what);

    /// A text value: a null QString is written as '' (NOT NULL columns).
    void text(const QString& value);
    /// A text value, NULL when \a value is empty.
    void textOrNull(const QString& value);
    void integer(qint64 value);
    /// An ISO date, NULL when \a value is invalid.
    void date(QDate value);
    void null();
    /// Ends the row; sends the waiting rows when there are enough of them.
    Status endRow();
    /// Sends every waiting row.
    Status flush();

private:
    void separate();

    const Database& m_db;
    QByteArray m_command;
    QString m_what;
    QByteArray m_buffer;
    bool m_rowStarted = false;
};

/// Ids for new rows of one table, taken from its identity sequence a block at a time: rows
/// written with CopyIn need their ids before they are sent (a child's periods name it), and
/// one round trip per id would undo what COPY saves. Ids taken and not used are simply gaps,
/// as after any rolled-back insert.
class IdBlock
{
public:
    IdBlock(const Database& db, const QString& table);
    Result<qint64> next();

private:
    const Database& m_db;
    QString m_table;
    QList<qint64> m_ids;
    qsizetype m_used = 0;
};

} // namespace lac
