// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "data/ImportStaging.h"

#include "data/ImportStagingParts.h"
#include "data/RepeatedStatement.h"
#include "data/SqlConnection.h"
#include "data/SqlDialect.h"
#include "data/SqlValues.h"

#include <QDir>
#include <QFile>
#include <QTemporaryFile>

namespace lac {
using namespace importstaging;
using sqlvalue::toDate;

QString ImportStaging::tableName(Table table)
{
    switch (table) {
    case Table::Header:
        return QStringLiteral("import_header");
    case Table::Uasc:
        return QStringLiteral("import_uasc");
    case Table::Episodes:
        return QStringLiteral("import_episodes");
    case Table::Assessments:
        return QStringLiteral("import_assessments");
    }
    return {};
}

ImportStaging::ImportStaging(const Database& db)
    : m_db(db)
{}

ImportStaging::~ImportStaging()
{
    drop();
}

QString ImportStaging::stagedTableSql(Table table, const QString& create, const QString& integer,
                                      const QString& text)
{
    QString columns;
    for (const QString& c : valueColumns(table))
        columns += QStringLiteral(", %1 %2").arg(c, text);
    return QStringLiteral("%1%2 (line %3 NOT NULL, byte_offset %3 NOT NULL, child %4 NOT "
                          "NULL%5, bad INTEGER NOT NULL DEFAULT 0)")
        .arg(create, tableName(table), integer, text, columns);
}

QStringList ImportStaging::valueColumns(Table table)
{
    switch (table) {
    case Table::Header:
        return {QStringLiteral("sex"), QStringLiteral("dob"), QStringLiteral("ethnic"),
                QStringLiteral("upn")};
    case Table::Uasc:
        return {QStringLiteral("sex"), QStringLiteral("dob")};
    case Table::Episodes:
        return {QStringLiteral("decom"),    QStringLiteral("dec"),      QStringLiteral("rne"),
                QStringLiteral("ls"),       QStringLiteral("cin"),      QStringLiteral("place"),
                QStringLiteral("provider"), QStringLiteral("rec"),      QStringLiteral("rpc"),
                QStringLiteral("postcode"), QStringLiteral("location"), QStringLiteral("urn")};
    case Table::Assessments:
        return {QStringLiteral("kind"),      QStringLiteral("completed"),
                QStringLiteral("requested"), QStringLiteral("appointment"),
                QStringLiteral("outcome"),   QStringLiteral("delay_reason"),
                QStringLiteral("notes")};
    }
    return {};
}

Status ImportStaging::create()
{
    if (m_attached || m_server)
        return Failure{tr("the import's scratch file is already open"), m_scratchPath};
    if (SqlDialect(m_db).isServer())
        return createOnServer();
    QTemporaryFile scratch(
        QDir(QDir::tempPath()).filePath(QStringLiteral("lachealth-import-XXXXXX.sqlite")));
    scratch.setAutoRemove(false);
    if (!scratch.open())
        return Failure{
            tr("cannot create the import's scratch file (%1)").arg(scratch.errorString()),
            QDir::tempPath()};
    m_scratchPath = scratch.fileName();
    scratch.close();
    // ATTACH cannot run inside a transaction: create() is called before the import's own.
    auto attach = runQuery(m_db, QStringLiteral("ATTACH DATABASE ? AS import_scratch"),
                           {m_scratchPath}, tr("cannot open the import's scratch file"));
    if (!attach) {
        QFile::remove(m_scratchPath);
        return attach.failure();
    }
    m_attached = true;
    // The scratch file needs no journal (it is thrown away) and a bounded cache. Temporary
    // files stay files: with temp_store = MEMORY the sorts behind the staging indexes held
    // every staged row in memory (peak 183 MB at 2,000,000 episodes against 102 MB now).
    QStringList statements{QStringLiteral("PRAGMA import_scratch.journal_mode = OFF"),
                           QStringLiteral("PRAGMA import_scratch.synchronous = OFF"),
                           QStringLiteral("PRAGMA import_scratch.cache_size = -32768"),
                           QStringLiteral("PRAGMA main.cache_size = -32768"),
                           QStringLiteral("PRAGMA temp_store = FILE")};
    for (Table t : allTables)
        statements << stagedTableSql(t, QStringLiteral("CREATE TABLE import_scratch."),
                                     QStringLiteral("INTEGER"), QStringLiteral("TEXT"));
    statements
        << QStringLiteral("CREATE TABLE import_scratch.import_problems (seq INTEGER PRIMARY KEY, "
                          "file TEXT NOT NULL, line INTEGER NOT NULL, col TEXT NOT NULL, value "
                          "TEXT NOT NULL, reason TEXT NOT NULL)")
        << QStringLiteral("CREATE TABLE import_scratch.import_rejects (file TEXT NOT NULL, line "
                          "INTEGER NOT NULL, byte_offset INTEGER NOT NULL, reason TEXT NOT NULL, "
                          "PRIMARY KEY (file, line))")
        << QStringLiteral("CREATE TABLE import_scratch.import_children (child TEXT PRIMARY KEY, "
                          "child_id INTEGER, dob TEXT)")
        << QStringLiteral("CREATE TABLE import_scratch.import_touched (child_id INTEGER PRIMARY "
                          "KEY)");
    for (const QString& sql : statements) {
        if (auto s = exec(m_db, sql, tr("could not prepare the import's scratch tables")); !s)
            return s;
    }

    m_statements = std::make_unique<Statements>();
    Statements& st = *m_statements;
    const auto statement = [this](const QString& sql, const QString& what) {
        return std::make_unique<RepeatedStatement>(m_db, sql, what);
    };
    for (Table t : allTables) {
        const QStringList cols = valueColumns(t);
        QString marks;
        for (int i = 0; i < cols.size(); ++i)
            marks += QStringLiteral(", ?");
        st.stage[int(t)] = statement(
            QStringLiteral(
                "INSERT INTO %1 (line, byte_offset, child, %2, bad) VALUES (?, ?, ?%3, ?)")
                .arg(tableName(t), cols.join(QStringLiteral(", ")), marks),
            tr("could not stage a row"));
    }
    st.problem = statement(QStringLiteral("INSERT INTO import_problems (file, line, col, value, "
                                          "reason) VALUES (?, ?, ?, ?, ?)"),
                           tr("could not record a problem"));
    st.reject = statement(QStringLiteral("INSERT INTO import_rejects (file, line, byte_offset, "
                                         "reason) VALUES (?, ?, ?, ?) ON CONFLICT (file, line) "
                                         "DO NOTHING"),
                          tr("could not record a rejected row"));
    st.touch = statement(QStringLiteral("INSERT INTO import_touched (child_id) VALUES (?) "
                                        "ON CONFLICT (child_id) DO NOTHING"),
                         tr("could not note a changed child"));
    st.accept = statement(QStringLiteral("INSERT INTO import_children (child, child_id, dob) "
                                         "VALUES (?, ?, ?)"),
                          tr("could not note an accepted child"));
    return {};
}

void ImportStaging::drop()
{
    m_statements.reset(); // finalised before the DETACH
    if (m_server)
        dropOnServer();
    if (m_attached) {
        QSqlQuery q(sqlConnection(m_db));
        q.exec(QStringLiteral("DETACH DATABASE import_scratch"));
        q.exec(QStringLiteral("PRAGMA temp_store = DEFAULT"));
        m_attached = false;
    }
    if (!m_scratchPath.isEmpty()) {
        QFile::remove(m_scratchPath);
        m_scratchPath.clear();
    }
}

Status ImportStaging::stage(Table table, const StagedRow& row) const
{
    if (m_server)
        return stageOnServer(table, row);
    RepeatedStatement& q = *m_statements->stage[int(table)];
    q.bind(0, row.line);
    q.bind(1, row.offset);
    q.bindText(2, row.child);
    const int n = int(valueColumns(table).size());
    for (int i = 0; i < n; ++i) {
        const QString value = i < row.values.size() ? row.values.at(i) : QString();
        if (value.isEmpty())
            q.bindNull(3 + i);
        else
            q.bindText(3 + i, value);
    }
    q.bind(3 + n, row.bad);
    return q.exec();
}

Status ImportStaging::index() const
{
    if (auto s = ready(); !s)
        return s;
    // The scratch file's schema on SQLite; TEMP tables on a server are found unqualified.
    const QString schema = m_server ? QString() : QStringLiteral("import_scratch.");
    for (Table t : allTables) {
        const QString order = t == Table::Episodes ? QStringLiteral("child, decom, line")
                                                   : QStringLiteral("child, line");
        if (auto s = exec(m_db,
                          QStringLiteral("CREATE INDEX %3%1_child ON %1 (%2)")
                              .arg(tableName(t), order, schema),
                          tr("could not index the staged rows"));
            !s)
            return s;
    }
    // A server gathers no statistics on TEMP tables by itself, and plans the page reads'
    // joins blind without them.
    if (m_server) {
        for (Table t : allTables) {
            if (auto s = exec(m_db, QStringLiteral("ANALYZE %1").arg(tableName(t)),
                              tr("could not index the staged rows"));
                !s)
                return s;
        }
    }
    return {};
}

Status ImportStaging::markBad(Table table, qint64 line) const
{
    auto q =
        runQuery(m_db, QStringLiteral("UPDATE %1 SET bad = 1 WHERE line = ?").arg(tableName(table)),
                 {line}, tr("could not mark a staged row"));
    return q ? Status() : Status(q.failure());
}

Result<QString> ImportStaging::pageEnd(Table table, const QString& after, int pageSize) const
{
    std::unique_ptr<RepeatedStatement>& q = m_statements->pageEnd[int(table)];
    if (!q)
        q = std::make_unique<RepeatedStatement>(
            m_db,
            QStringLiteral("SELECT child FROM (SELECT DISTINCT child FROM %1 WHERE child > ? "
                           "ORDER BY child LIMIT ?) AS page ORDER BY child DESC LIMIT 1")
                .arg(tableName(table)),
            tr("could not page through the staged rows"));
    q->bindText(0, after);
    q->bind(1, pageSize);
    QString last;
    if (auto s = q->forEach([&last](const RepeatedStatement& r) { last = r.text(0); }); !s)
        return s.failure();
    return last;
}

Result<QList<StagedRow>> ImportStaging::rows(Table table, const QString& after,
                                             const QString& last) const
{
    const int n = int(valueColumns(table).size());
    std::unique_ptr<RepeatedStatement>& q = m_statements->rows[int(table)];
    if (!q) {
        const QString order = table == Table::Episodes ? QStringLiteral("child, decom, line")
                                                       : QStringLiteral("child, line");
        q = std::make_unique<RepeatedStatement>(
            m_db,
            QStringLiteral("SELECT line, byte_offset, child, bad, %1 FROM %2 WHERE child > "
                           "? AND child <= ? ORDER BY %3")
                .arg(valueColumns(table).join(QStringLiteral(", ")), tableName(table), order),
            tr("could not read the staged rows"));
    }
    q->bindText(0, after);
    q->bindText(1, last);
    QList<StagedRow> result;
    if (auto s = q->forEach([&result, n](const RepeatedStatement& r) {
            StagedRow row;
            row.line = r.integer(0);
            row.offset = r.integer(1);
            row.child = r.text(2);
            row.bad = r.integer(3) != 0;
            row.values.reserve(n);
            for (int i = 0; i < n; ++i)
                row.values << r.text(4 + i);
            result << row;
        });
        !s)
        return s.failure();
    return result;
}

Result<qint64> ImportStaging::count(Table table) const
{
    auto q = select(m_db, QStringLiteral("SELECT count(*) FROM %1").arg(tableName(table)), {},
                    tr("could not count the staged rows"));
    if (!q)
        return q.failure();
    return q.value().next() ? q.value().value(0).toLongLong() : 0;
}

Status ImportStaging::acceptChild(const QString& child, qint64 childId, QDate dateOfBirth) const
{
    if (m_server) {
        CopyIn& c = *m_server->accept;
        c.text(child);
        if (childId > 0)
            c.integer(childId);
        else
            c.null();
        c.text(dateOfBirth.toString(Qt::ISODate));
        return c.endRow();
    }
    RepeatedStatement& q = *m_statements->accept;
    q.bindText(0, child);
    if (childId > 0)
        q.bind(1, childId);
    else
        q.bindNull(1);
    q.bindText(2, dateOfBirth.toString(Qt::ISODate));
    return q.exec();
}

Result<QList<ImportStaging::PageChild>>
ImportStaging::pageChildren(Table table, const QString& after, const QString& last) const
{
    if (auto s = ready(); !s)
        return s.failure();
    std::unique_ptr<RepeatedStatement>& q = m_statements->pageChildren[int(table)];
    if (!q)
        q = std::make_unique<RepeatedStatement>(
            m_db,
            QStringLiteral(
                "SELECT d.child, ic.child IS NOT NULL, ic.child_id, ic.dob, "
                "(SELECT MIN(h.line) FROM import_header h WHERE h.child = d.child), c.id, "
                "c.date_of_birth FROM (SELECT DISTINCT child FROM %1 WHERE child > ? AND "
                "child <= ?) AS d LEFT JOIN import_children ic ON ic.child = d.child "
                "LEFT JOIN children c ON c.case_id = d.child")
                .arg(tableName(table)),
            tr("could not look up the children of the import"));
    q->bindText(0, after);
    q->bindText(1, last);
    QList<PageChild> result;
    if (auto s = q->forEach([&result](const RepeatedStatement& r) {
            PageChild c;
            c.child = r.text(0);
            c.accepted = r.integer(1) != 0;
            c.acceptedId = r.integer(2);
            c.acceptedDateOfBirth = toDate(r.text(3));
            c.headerLine = r.integer(4);
            c.storedId = r.integer(5);
            c.storedDateOfBirth = toDate(r.text(6));
            result << c;
        });
        !s)
        return s.failure();
    return result;
}

} // namespace lac
