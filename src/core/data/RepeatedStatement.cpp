// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "data/RepeatedStatement.h"

#include "data/SqlConnection.h"

#include <QSqlDriver>

#include <sqlite3.h>

#include <cstdio>
#include <vector>

namespace lac {
namespace {

/// The SQLite handle behind a connection, or nullptr when it is not an SQLite connection.
sqlite3* sqliteHandle(const QSqlDatabase& sql)
{
    if (!sql.isValid() || !sql.driver())
        return nullptr;
    const QVariant handle = sql.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3* const*>(handle.constData());
}

const QLatin1String returningId(" RETURNING id");

} // namespace

/// SQLite straight through its C interface, on the connection Qt opened.
struct RepeatedStatement::Direct
{
    sqlite3* db = nullptr;
    sqlite3_stmt* statement = nullptr;
    QString prepareError;
    int prepareCode = SQLITE_OK;
    bool lastInsertId = false;    ///< insert() reads sqlite3_last_insert_rowid()
    std::vector<QByteArray> text; ///< bound text, kept alive while bound (SQLITE_STATIC)

    ~Direct() { sqlite3_finalize(statement); }

    Failure failure(const QString& what, int code) const
    {
        return sqlFailure(what, code, QString::fromUtf8(sqlite3_errmsg(db)));
    }
    /// Steps past any remaining rows; the statement is reset afterwards either way.
    Status runToEnd(const QString& what, int rc)
    {
        while (rc == SQLITE_ROW)
            rc = sqlite3_step(statement);
        if (rc != SQLITE_DONE) {
            const Failure f = failure(what, sqlite3_extended_errcode(db));
            sqlite3_reset(statement);
            return f;
        }
        sqlite3_reset(statement);
        return {};
    }
    Status prepared(const QString& what) const
    {
        if (statement)
            return {};
        return sqlFailure(what, prepareCode, prepareError);
    }
    void bindText(int index, const QString& value)
    {
        if (!statement || size_t(index) >= text.size())
            return;
        QByteArray& bytes = text[size_t(index)];
        bytes = value.toUtf8();
        sqlite3_bind_text(statement, index + 1, bytes.constData(), int(bytes.size()),
                          SQLITE_STATIC);
    }
};

/// Any other connection: the same statement through QSqlQuery.
struct RepeatedStatement::Fallback
{
    explicit Fallback(const QSqlDatabase& sql)
        : query(sql)
    {}
    QSqlQuery query;
    bool prepared = false;
    QVariantList values;
    qint64 rowsAffected = 0;

    void set(int index, const QVariant& value)
    {
        if (values.size() <= index)
            values.resize(index + 1);
        values[index] = value;
    }
    Status exec(const QString& what)
    {
        if (!prepared)
            return sqlFailure(what, query.lastError());
        for (int i = 0; i < values.size(); ++i)
            query.bindValue(i, values.at(i));
        if (!query.exec())
            return sqlFailure(what, query.lastError());
        return {};
    }
};

RepeatedStatement::RepeatedStatement(const Database& db, const QString& sql, const QString& what,
                                     Engine engine)
    : m_what(what)
{
    const QSqlDatabase connection = sqlConnection(db);
    sqlite3* handle = engine == Engine::Automatic ? sqliteHandle(connection) : nullptr;
    if (handle) {
        m_direct = std::make_unique<Direct>();
        m_direct->db = handle;
        // SQLite runs RETURNING through a temporary table built and dropped on every run,
        // which made a child's insert three times slower; its own last-insert rowid is exact
        // (triggers do not disturb it, unlike PostgreSQL's), so the direct path drops it.
        QString direct = sql;
        if (direct.endsWith(returningId, Qt::CaseInsensitive)) {
            direct.chop(returningId.size());
            m_direct->lastInsertId = true;
        }
        const QByteArray text = direct.toUtf8();
        const int rc = sqlite3_prepare_v2(handle, text.constData(), int(text.size()),
                                          &m_direct->statement, nullptr);
        if (rc != SQLITE_OK) {
            m_direct->prepareCode = sqlite3_extended_errcode(handle);
            m_direct->prepareError = QString::fromUtf8(sqlite3_errmsg(handle));
            sqlite3_finalize(m_direct->statement);
            m_direct->statement = nullptr;
        } else {
            m_direct->text.resize(size_t(sqlite3_bind_parameter_count(m_direct->statement)) + 1);
        }
        return;
    }
    m_fallback = std::make_unique<Fallback>(connection);
    m_fallback->query.setForwardOnly(true);
    m_fallback->prepared = m_fallback->query.prepare(sql);
}

RepeatedStatement::~RepeatedStatement() = default;

bool RepeatedStatement::isDirect() const
{
    return m_direct != nullptr;
}

void RepeatedStatement::bind(int index, qint64 value)
{
    if (m_direct) {
        if (m_direct->statement)
            sqlite3_bind_int64(m_direct->statement, index + 1, value);
        return;
    }
    m_fallback->set(index, value);
}

void RepeatedStatement::bind(int index, const QString& value)
{
    if (value.isNull())
        bindNull(index);
    else
        bindText(index, value);
}

void RepeatedStatement::bindText(int index, const QString& value)
{
    if (m_direct) {
        m_direct->bindText(index, value);
        return;
    }
    m_fallback->set(index, value.isNull() ? QStringLiteral("") : value);
}

void RepeatedStatement::bind(int index, QDate value)
{
    if (!value.isValid()) {
        bindNull(index);
        return;
    }
    if (m_direct && value.year() >= 1 && value.year() <= 9999) {
        // YYYY-MM-DD straight into bytes: dates are most of what an import binds.
        char iso[11];
        const int n = std::snprintf(iso, sizeof iso, "%04d-%02d-%02d", value.year(), value.month(),
                                    value.day());
        if (m_direct->statement)
            sqlite3_bind_text(m_direct->statement, index + 1, iso, n, SQLITE_TRANSIENT);
        return;
    }
    bindText(index, value.toString(Qt::ISODate));
}

void RepeatedStatement::bindNull(int index)
{
    if (m_direct) {
        if (m_direct->statement)
            sqlite3_bind_null(m_direct->statement, index + 1);
        return;
    }
    m_fallback->set(index, QVariant(QMetaType::fromType<QString>()));
}

void RepeatedStatement::bind(int index, const QVariant& value)
{
    if (value.isNull()) {
        bindNull(index);
        return;
    }
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Bool:
        bind(index, value.toLongLong());
        return;
    case QMetaType::QDate:
        bind(index, value.toDate());
        return;
    default:
        bindText(index, value.toString());
        return;
    }
}

Status RepeatedStatement::exec()
{
    if (m_direct) {
        if (auto s = m_direct->prepared(m_what); !s)
            return s;
        return m_direct->runToEnd(m_what, sqlite3_step(m_direct->statement));
    }
    if (auto s = m_fallback->exec(m_what); !s)
        return s;
    m_fallback->rowsAffected = m_fallback->query.numRowsAffected();
    m_fallback->query.finish();
    return {};
}

Status RepeatedStatement::exec(const QVariantList& values)
{
    for (int i = 0; i < values.size(); ++i)
        bind(i, values.at(i));
    return exec();
}

qint64 RepeatedStatement::rowsAffected() const
{
    if (m_direct)
        return sqlite3_changes(m_direct->db);
    return m_fallback->rowsAffected;
}

Result<qint64> RepeatedStatement::insert()
{
    if (m_direct) {
        if (auto s = m_direct->prepared(m_what); !s)
            return s.failure();
        const int rc = sqlite3_step(m_direct->statement);
        if (m_direct->lastInsertId) {
            if (auto s = m_direct->runToEnd(m_what, rc); !s)
                return s.failure();
            return qint64(sqlite3_last_insert_rowid(m_direct->db));
        }
        const qint64 id = rc == SQLITE_ROW ? sqlite3_column_int64(m_direct->statement, 0) : 0;
        if (auto s = m_direct->runToEnd(m_what, rc); !s)
            return s.failure();
        if (rc != SQLITE_ROW)
            return Failure{m_what, {}}; // no RETURNING row: a mistake in the statement
        return id;
    }
    if (auto s = m_fallback->exec(m_what); !s)
        return s.failure();
    QSqlQuery& q = m_fallback->query;
    if (!q.next())
        return sqlFailure(m_what, q.lastError());
    const qint64 id = q.value(0).toLongLong();
    q.finish();
    return id;
}

Status RepeatedStatement::start()
{
    if (m_direct) {
        if (auto s = m_direct->prepared(m_what); !s)
            return s;
        sqlite3_reset(m_direct->statement);
        return {};
    }
    return m_fallback->exec(m_what);
}

Result<bool> RepeatedStatement::next()
{
    if (m_direct) {
        if (!m_direct->statement)
            return m_direct->prepared(m_what).failure();
        const int rc = sqlite3_step(m_direct->statement);
        if (rc == SQLITE_ROW)
            return true;
        if (auto s = m_direct->runToEnd(m_what, rc); !s)
            return s.failure();
        return false;
    }
    QSqlQuery& q = m_fallback->query;
    if (q.next())
        return true;
    if (q.lastError().isValid())
        return sqlFailure(m_what, q.lastError());
    q.finish();
    return false;
}

qint64 RepeatedStatement::integer(int column) const
{
    if (m_direct)
        return sqlite3_column_int64(m_direct->statement, column);
    return m_fallback->query.value(column).toLongLong();
}

QString RepeatedStatement::text(int column) const
{
    if (m_direct) {
        const auto* data =
            reinterpret_cast<const char*>(sqlite3_column_text(m_direct->statement, column));
        if (!data)
            return {};
        const int size = sqlite3_column_bytes(m_direct->statement, column);
        return size == 0 ? QStringLiteral("") : QString::fromUtf8(data, size);
    }
    const QVariant v = m_fallback->query.value(column);
    return v.isNull() ? QString() : v.toString();
}

bool RepeatedStatement::isNull(int column) const
{
    if (m_direct)
        return sqlite3_column_type(m_direct->statement, column) == SQLITE_NULL;
    return m_fallback->query.isNull(column);
}

void RepeatedStatement::finish()
{
    if (m_direct) {
        if (m_direct->statement)
            sqlite3_reset(m_direct->statement);
        return;
    }
    m_fallback->query.finish();
}

} // namespace lac
