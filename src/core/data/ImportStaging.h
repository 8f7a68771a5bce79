// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "data/Database.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <memory>

namespace lac {

/// One record of an import file as staged: where it is in the file, its values by column
/// name (already parsed where the row is valid) and whether it already has a problem.
struct StagedRow
{
    qint64 line = 0;
    qint64 offset = 0;  ///< byte offset in the file, to copy the row to the rejected file
    QString child;      ///< CHILD / child_id
    QStringList values; ///< the table's value columns, in its declared order
    bool bad = false;   ///< a problem was already recorded for this row
};

/// A rejected row to copy into the rejected-rows file.
struct RejectedRow
{
    QString file;
    qint64 line = 0;
    qint64 offset = 0;
    QString reason;
};

/// Scratch tables for one import: in a throw-away SQLite file attached to the importing
/// connection only, or, on a PostgreSQL server, in TEMP tables of the importing session.
///
/// Why: an SSDA903 file need not be sorted by child, yet a child's episodes must be seen
/// together to derive the periods of care. Rather than hold a million rows in memory, the
/// rows are staged here (on disk, behind a bounded page cache) and read back one page of
/// children at a time, so memory does not grow with the file. The scratch file is never part
/// of the database: nothing here is "written" as far as anyone else can see, and it is
/// deleted by drop(). Problems and rejected rows are kept here too, for the same reason.
/// create() and drop() run outside the import's SqlTransaction (SQLite cannot attach a file
/// inside one); everything else inside it.
///
/// On a server the rows are not sent one by one (a network round trip each) but streamed with
/// COPY (data/CopyIn) and sent before anything reads them; the reads and their SQL are the
/// same on both engines.
class ImportStaging
{
    Q_DECLARE_TR_FUNCTIONS(lac::ImportStaging)

public:
    /// The staged tables. Each has line, offset, child, the value columns listed in
    /// valueColumns(), and bad.
    enum class Table
    {
        Header,      ///< header.csv: sex, dob, ethnic, upn
        Uasc,        ///< uasc.csv: sex, dob
        Episodes,    ///< episodes.csv: decom, dec, rne, ls, cin, place, provider, rec, rpc,
                     ///< postcode, location, urn
        Assessments, ///< kind, completed, requested, appointment, outcome, delay_reason, notes
    };

    explicit ImportStaging(const Database& db);
    ~ImportStaging();
    ImportStaging(const ImportStaging&) = delete;
    ImportStaging& operator=(const ImportStaging&) = delete;

    static QStringList valueColumns(Table table);

    /// Attaches a new scratch file with empty tables and sizes the page caches (on a server:
    /// creates the TEMP tables). Call before the import's transaction begins.
    Status create();
    /// Makes this the only import running on the database until the transaction ends: a
    /// Failure with the busy message when another one holds it. SQLite's write lock already
    /// does this (BEGIN IMMEDIATE); a server takes an advisory lock. Call first in the
    /// transaction.
    Status claim() const;
    /// Detaches and deletes the scratch file (also done by the destructor). Call after the
    /// import's transaction has ended.
    void drop();

    Status stage(Table table, const StagedRow& row) const;
    /// Indexes the staged rows by child; call once staging is done.
    Status index() const;
    Status markBad(Table table, qint64 line) const;

    /// The last child of the next page of up to \a pageSize children after \a after (empty
    /// \a after: from the first); empty when no children remain.
    Result<QString> pageEnd(Table table, const QString& after, int pageSize) const;
    /// Rows of the children in (after, last], by child, then DECOM for episodes, then line.
    Result<QList<StagedRow>> rows(Table table, const QString& after, const QString& last) const;
    Result<qint64> count(Table table) const;

    /// A child accepted from header.csv, with its database id when written (0 otherwise).
    Status acceptChild(const QString& child, qint64 childId, QDate dateOfBirth) const;
    /// What is known about one child of a page: accepted from header.csv in this import,
    /// and/or already in the database.
    struct PageChild
    {
        QString child;
        bool accepted = false;
        qint64 acceptedId = 0; ///< 0 when accepted but not written (dry run, invalid import)
        QDate acceptedDateOfBirth;
        qint64 headerLine = 0; ///< first header.csv line for the child, 0 if none
        qint64 storedId = 0;   ///< the database row, 0 if none
        QDate storedDateOfBirth;
    };
    /// The children in (after, last] of \a table.
    Result<QList<PageChild>> pageChildren(Table table, const QString& after,
                                          const QString& last) const;

    Status addProblem(const QString& file, qint64 line, const QString& column, const QString& value,
                      const QString& reason) const;
    /// Problems in file and line order, the first \a limit of them.
    Result<QList<QStringList>>
    problems(qint64 limit) const; ///< [file, line, column, value, reason]
    Result<qint64> problemCount() const;

    /// Records a rejected row; the first reason given for a row is kept.
    Status reject(const QString& file, qint64 line, qint64 offset, const QString& reason) const;
    Result<qint64> rejectedCount() const;
    /// Rejected rows of \a file in line order, \a limit from \a afterLine.
    Result<QList<RejectedRow>> rejectedRows(const QString& file, qint64 afterLine, int limit) const;

    /// Remembers a child whose data the import changed (for the due-date recomputation).
    Status touch(qint64 childId) const;
    /// Up to \a limit touched child ids greater than \a after, ascending.
    Result<QList<qint64>> touched(qint64 after, int limit) const;

private:
    struct Statements;
    struct ServerStreams; // ImportStagingServer.cpp
    static QString tableName(Table table);
    /// The CREATE statement of a staged table; \a create ends with the schema or "TEMP TABLE".
    static QString stagedTableSql(Table table, const QString& create, const QString& integer,
                                  const QString& text);
    /// Sends what waits to be staged (on a server) before a read.
    Status ready() const { return m_server ? flushOnServer() : Status(); }
    Status createOnServer();
    Status flushOnServer() const;
    /// On a server, the planner settings for the import's transaction (see the definition).
    Status planForGrowingTables() const;
    void dropOnServer();
    void dropOnServerTables();
    Status stageOnServer(Table table, const StagedRow& row) const;

    const Database& m_db;
    std::unique_ptr<Statements> m_statements;
    std::unique_ptr<ServerStreams> m_server;
    QString m_scratchPath;
    bool m_attached = false;
};

} // namespace lac
