// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// ImportStaging on a PostgreSQL server: TEMP tables filled with COPY, and one import at a time.
#include "data/ImportStaging.h"

#include "data/ImportStagingParts.h"
#include "data/SqlDialect.h"

namespace lac {

using namespace importstaging;

namespace {

// The advisory lock that lets one import run at a time: 'LACH' (as the schema upgrades'
// key) and 'IMPT', in the two-key space so it never meets the upgrades' one-key lock.
constexpr int importLockKey1 = 0x4c414348;
constexpr int importLockKey2 = 0x494d5054;

const QStringList inboxTables{QStringLiteral("import_rejects_in"),
                              QStringLiteral("import_touched_in")};
const QStringList noteTables{QStringLiteral("import_problems"), QStringLiteral("import_rejects"),
                             QStringLiteral("import_children"), QStringLiteral("import_touched")};

} // namespace

Status ImportStaging::createOnServer()
{
    if (!CopyIn::available(m_db))
        return Failure{tr("could not prepare the import's scratch tables (the server connection "
                          "does not allow bulk loading)"),
                       m_db.path()};
    m_server = std::make_unique<ServerStreams>();
    m_statements = std::make_unique<Statements>();
    dropOnServerTables();
    QStringList statements;
    // Text compares byte by byte, as on SQLite: pages of children follow the same order.
    for (Table t : allTables)
        statements << stagedTableSql(t, QStringLiteral("CREATE TEMP TABLE "),
                                     QStringLiteral("BIGINT"),
                                     QStringLiteral("TEXT COLLATE \"C\""));
    statements
        << QStringLiteral("CREATE TEMP TABLE import_problems (seq BIGINT GENERATED ALWAYS AS "
                          "IDENTITY PRIMARY KEY, file TEXT COLLATE \"C\" NOT NULL, line BIGINT "
                          "NOT NULL, col TEXT NOT NULL, value TEXT NOT NULL, reason TEXT NOT NULL)")
        << QStringLiteral("CREATE TEMP TABLE import_rejects (file TEXT COLLATE \"C\" NOT NULL, "
                          "line BIGINT NOT NULL, byte_offset BIGINT NOT NULL, reason TEXT NOT "
                          "NULL, PRIMARY KEY (file, line))")
        << QStringLiteral("CREATE TEMP TABLE import_rejects_in (seq BIGINT GENERATED ALWAYS AS "
                          "IDENTITY, file TEXT NOT NULL, line BIGINT NOT NULL, byte_offset BIGINT "
                          "NOT NULL, reason TEXT NOT NULL)")
        << QStringLiteral("CREATE TEMP TABLE import_children (child TEXT COLLATE \"C\" PRIMARY "
                          "KEY, child_id BIGINT, dob TEXT COLLATE \"C\")")
        << QStringLiteral("CREATE TEMP TABLE import_touched (child_id BIGINT PRIMARY KEY)")
        << QStringLiteral("CREATE TEMP TABLE import_touched_in (child_id BIGINT NOT NULL)");
    for (const QString& sql : statements) {
        if (auto s = exec(m_db, sql, tr("could not prepare the import's scratch tables")); !s)
            return s;
    }

    ServerStreams& st = *m_server;
    for (Table t : allTables) {
        const QStringList columns =
            QStringList{QStringLiteral("line"), QStringLiteral("byte_offset"),
                        QStringLiteral("child")} +
            valueColumns(t) + QStringList{QStringLiteral("bad")};
        st.stage[int(t)] =
            std::make_unique<CopyIn>(m_db, tableName(t), columns, tr("could not stage a row"));
    }
    st.problem = std::make_unique<CopyIn>(
        m_db, QStringLiteral("import_problems"),
        QStringList{QStringLiteral("file"), QStringLiteral("line"), QStringLiteral("col"),
                    QStringLiteral("value"), QStringLiteral("reason")},
        tr("could not record a problem"));
    st.reject = std::make_unique<CopyIn>(m_db, QStringLiteral("import_rejects_in"),
                                         QStringList{QStringLiteral("file"), QStringLiteral("line"),
                                                     QStringLiteral("byte_offset"),
                                                     QStringLiteral("reason")},
                                         tr("could not record a rejected row"));
    st.touch = std::make_unique<CopyIn>(m_db, QStringLiteral("import_touched_in"),
                                        QStringList{QStringLiteral("child_id")},
                                        tr("could not note a changed child"));
    st.accept = std::make_unique<CopyIn>(
        m_db, QStringLiteral("import_children"),
        QStringList{QStringLiteral("child"), QStringLiteral("child_id"), QStringLiteral("dob")},
        tr("could not note an accepted child"));
    return {};
}

void ImportStaging::dropOnServerTables()
{
    QSqlQuery q(sqlConnection(m_db));
    for (Table t : allTables)
        q.exec(QStringLiteral("DROP TABLE IF EXISTS pg_temp.%1").arg(tableName(t)));
    for (const QString& table : noteTables + inboxTables)
        q.exec(QStringLiteral("DROP TABLE IF EXISTS pg_temp.%1").arg(table));
}

void ImportStaging::dropOnServer()
{
    m_server.reset();
    dropOnServerTables();
}

Status ImportStaging::stageOnServer(Table table, const StagedRow& row) const
{
    CopyIn& c = *m_server->stage[int(table)];
    c.integer(row.line);
    c.integer(row.offset);
    c.text(row.child);
    const int n = int(valueColumns(table).size());
    for (int i = 0; i < n; ++i)
        c.textOrNull(i < row.values.size() ? row.values.at(i) : QString());
    c.integer(row.bad ? 1 : 0);
    return c.endRow();
}

Status ImportStaging::flushOnServer() const
{
    ServerStreams& st = *m_server;
    for (const auto& stream : st.stage) {
        if (auto s = stream->flush(); !s)
            return s;
    }
    for (CopyIn* stream : {st.problem.get(), st.accept.get(), st.reject.get(), st.touch.get()}) {
        if (auto s = stream->flush(); !s)
            return s;
    }
    // The first reason given for a row is kept, as SQLite's ON CONFLICT DO NOTHING keeps it.
    // The inboxes are emptied with TRUNCATE, not DELETE: nothing vacuums a TEMP table, and
    // the dead rows of every page before made each page's scan of them slower.
    if (st.rejectsWaiting) {
        for (const char* sql :
             {"INSERT INTO import_rejects (file, line, byte_offset, reason) SELECT file, line, "
              "byte_offset, reason FROM import_rejects_in ORDER BY seq "
              "ON CONFLICT (file, line) DO NOTHING",
              "TRUNCATE import_rejects_in"}) {
            if (auto s =
                    exec(m_db, QString::fromLatin1(sql), tr("could not record a rejected row"));
                !s)
                return s;
        }
        st.rejectsWaiting = false;
    }
    if (st.touchedWaiting) {
        for (const char* sql : {"INSERT INTO import_touched (child_id) SELECT DISTINCT child_id "
                                "FROM import_touched_in ON CONFLICT (child_id) DO NOTHING",
                                "TRUNCATE import_touched_in"}) {
            if (auto s = exec(m_db, QString::fromLatin1(sql), tr("could not note a changed child"));
                !s)
                return s;
        }
        st.touchedWaiting = false;
    }
    return {};
}

Status ImportStaging::claim() const
{
    if (!m_server)
        return {}; // SQLite: the import's BEGIN IMMEDIATE holds the only write lock
    auto q = runQuery(m_db, QStringLiteral("SELECT pg_try_advisory_xact_lock(?, ?)"),
                      {importLockKey1, importLockKey2}, tr("could not start the import"));
    if (!q)
        return q.failure();
    if (q.value().next() && q.value().value(0).toBool())
        return planForGrowingTables();
    // The same words as any other wait for a lock on the server (SQLSTATE 55P03).
    return sqlFailure(tr("could not start the import"),
                      QSqlError(QString(), tr("another import into this database is running"),
                                QSqlError::StatementError, QStringLiteral("55P03")));
}

Status ImportStaging::planForGrowingTables() const
{
    // The import's one transaction fills the case tables from empty: their statistics (and a
    // plan cached from them) still describe the tables as they were, and nothing can refresh
    // them, since the server's autovacuum cannot see uncommitted rows and ANALYZE is the
    // schema owner's. Planned blind, each page's look-up of a few hundred children hashed,
    // merged or scanned every row imported so far, and the import grew with the square of its
    // size (13.6 times the SQLite import at 1,000,000 episodes). Every look-up the import
    // makes is a range or a key with an index, so for this transaction only it asks for index
    // paths and nested loops over them; the huge cost a disabled path carries would start
    // the JIT compiler and parallel workers for statements of a millisecond, so those are off.
    for (const char* sql : {"SET LOCAL enable_seqscan = off", "SET LOCAL enable_hashjoin = off",
                            "SET LOCAL enable_mergejoin = off", "SET LOCAL jit = off",
                            "SET LOCAL max_parallel_workers_per_gather = 0"}) {
        if (auto s = exec(m_db, QString::fromLatin1(sql), tr("could not start the import")); !s)
            return s;
    }
    return {};
}

} // namespace lac
