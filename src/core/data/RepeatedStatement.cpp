// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "data/RepeatedStatement.h"

#include "data/SqlConnection.h"

#include <QSqlDriver>

#ifdef LACHEALTH_SQLITE_DIRECT
#include <sqlite3.h>

#include <cstdio>
#include <vector>
#endif

namespace lac {
namespace {

const QLatin1String returningId(" RETURNING id");

} // namespace

#ifdef LACHEALTH_SQLITE_DIRECT

/// SQLite straight through its C interface, on the connection Qt opened.
struct RepeatedStatement::Direct
{
    /// The SQLite handle behind \a sql, or nullptr when it is not an SQLite connection or
    /// not one this program may use directly.
    static sqlite3* handleOf(const QSqlDatabase& sql)
    {
        if (!sql.isValid() || !sql.driver())
            return nullptr;
        const QVariant handle = sql.driver()->handle();
        if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
            return nullptr;
        if (!sameLibraryAsQt(sql))
            return nullptr;
        return *static_cast<sqlite3* const*>(handle.constData());
    }

    /// Whether Qt's SQLite driver runs on the SQLite library this program links. A Qt built
    /// with its own copy of SQLite inside the driver (the Windows installers) hands out
    /// handles only that copy may touch; such builds turn LACHEALTH_SQLITE_DIRECT off, and a
    /// different version number on the connection is taken as the sign of a second copy.
    static bool sameLibraryAsQt(const QSqlDatabase& sql)
    {
        static const bool same = [&sql] {
            QSqlQuery q(sql);
            return q.exec(QStringLiteral("SELECT sqlite_version()")) && q.next() &&
                   q.value(0).toString() == QLatin1String(sqlite3_libversion());
        }();
        return same;
    }

    Direct(sqlite3* handle, const QString& sql)
        : db(handle)
    {
        // SQLite runs RETURNING through a temporary table built and dropped on every run,
        // which made a child's insert three times slower; its own last-insert rowid is exact
        // (triggers do not disturb it, unlike PostgreSQL's), so the direct path drops it.
        QString direct = sql;
        if (direct.endsWith(returningId, Qt::CaseInsensitive)) {
            direct.chop(returningId.size());
            lastInsertId = true;
        }
        const QByteArray utf8 = direct.toUtf8();
        if (sqlite3_prepare_v2(db, utf8.constData(), int(utf8.size()), &statement, nullptr) !=
            SQLITE_OK) {
            prepareCode = sqlite3_extended_errcode(db);
            prepareError = QString::fromUtf8(sqlite3_errmsg(db));
            sqlite3_finalize(statement);
            statement = nullptr;
            return;
        }
        boundText.resize(size_t(sqlite3_bind_parameter_count(statement)) + 1);
    }
    ~Direct() { sqlite3_finalize(statement); }

    Status prepared(const QString& what) const
    {
        if (statement)
            return {};
        return sqlFailure(what, prepareCode, prepareError);
    }
    /// Steps past any remaining rows; the statement is reset afterwards either way.
    Status runToEnd(const QString& what, int rc)
    {
        while (rc == SQLITE_ROW)
            rc = sqlite3_step(statement);
        if (rc != SQLITE_DONE) {
            const Failure f = sqlFailure(what, sqlite3_extended_errcode(db),
                                         QString::fromUtf8(sqlite3_errmsg(db)));
            sqlite3_reset(statement);
            return f;
        }
        sqlite3_reset(statement);
        return {};
    }

    void bindInteger(int index, qint64 value)
    {
        if (statement)
            sqlite3_bind_int64(statement, index + 1, value);
    }
    void bindText(int index, const QString& value)
    {
        if (!statement || size_t(index) >= boundText.size())
            return;
        QByteArray& bytes = boundText[size_t(index)];
        bytes = value.toUtf8();
        sqlite3_bind_text(statement, index + 1, bytes.constData(), int(bytes.size()),
                          SQLITE_STATIC);
    }
    void bindDate(int index, QDate value)
    {
        if (value.year() < 1 || value.year() > 9999) {
            bindText(index, value.toString(Qt::ISODate));
            return;
        }
        // YYYY-MM-DD straight into bytes: dates are most of what an import binds.
        char iso[11];
        const int n = std::snprintf(iso, sizeof iso, "%04d-%02d-%02d", value.year(), value.month(),
                                    value.day());
        if (statement)
            sqlite3_bind_text(statement, index + 1, iso, n, SQLITE_TRANSIENT);
    }
    void bindNull(int index)
    {
        if (statement)
            sqlite3_bind_null(statement, index + 1);
    }

    Status exec(const QString& what)
    {
        if (auto s = prepared(what); !s)
            return s;
        return runToEnd(what, sqlite3_step(statement));
    }
    Result<qint64> insert(const QString& what)
    {
        if (auto s = prepared(what); !s)
            return s.failure();
        const int rc = sqlite3_step(statement);
        if (lastInsertId) {
            if (auto s = runToEnd(what, rc); !s)
                return s.failure();
            return qint64(sqlite3_last_insert_rowid(db));
        }
        const qint64 id = rc == SQLITE_ROW ? sqlite3_column_int64(statement, 0) : 0;
        if (auto s = runToEnd(what, rc); !s)
            return s.failure();
        if (rc != SQLITE_ROW)
            return Failure{what, {}}; // no RETURNING row: a mistake in the statement
        return id;
    }
    qint64 rowsAffected() const { return sqlite3_changes(db); }

    Status start(const QString& what)
    {
        if (auto s = prepared(what); !s)
            return s;
        sqlite3_reset(statement);
        return {};
    }
    Result<bool> next(const QString& what)
    {
        if (auto s = prepared(what); !s)
            return s.failure();
        const int rc = sqlite3_step(statement);
        if (rc == SQLITE_ROW)
            return true;
        if (auto s = runToEnd(what, rc); !s)
            return s.failure();
        return false;
    }
    qint64 integer(int column) const { return sqlite3_column_int64(statement, column); }
    QString text(int column) const
    {
        const auto* data = reinterpret_cast<const char*>(sqlite3_column_text(statement, column));
        if (!data)
            return {};
        const int size = sqlite3_column_bytes(statement, column);
        return size == 0 ? QStringLiteral("") : QString::fromUtf8(data, size);
    }
    bool isNull(int column) const { return sqlite3_column_type(statement, column) == SQLITE_NULL; }
    void finish()
    {
        if (statement)
            sqlite3_reset(statement);
    }

    sqlite3* db = nullptr;
    sqlite3_stmt* statement = nullptr;
    QString prepareError;
    int prepareCode = 0;
    bool lastInsertId = false;         ///< insert() reads sqlite3_last_insert_rowid()
    std::vector<QByteArray> boundText; ///< bound text, kept alive while bound (SQLITE_STATIC)
};

#else

/// Built without the direct SQLite path: never created (every statement uses the fallback);
/// the members only keep the callers below compiling.
struct RepeatedStatement::Direct
{
    static void* handleOf(const QSqlDatabase&) { return nullptr; }
    Direct(void*, const QString&) {}
    void bindInteger(int, qint64) {}
    void bindText(int, const QString&) {}
    void bindDate(int, QDate) {}
    void bindNull(int) {}
    Status exec(const QString& what) { return Failure{what, {}}; }
    Result<qint64> insert(const QString& what) { return Failure{what, {}}; }
    qint64 rowsAffected() const { return 0; }
    Status start(const QString& what) { return Failure{what, {}}; }
    Result<bool> next(const QString& what) { return Failure{what, {}}; }
    qint64 integer(int) const { return 0; }
    QString text(int) const { return {}; }
    bool isNull(int) const { return true; }
    void finish() {}
};

#endif

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
    if (engine == Engine::Automatic) {
        if (auto* handle = Direct::handleOf(connection)) {
            m_direct = std::make_unique<Direct>(handle, sql);
            return;
        }
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
    if (m_direct)
        m_direct->bindInteger(index, value);
    else
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
    if (m_direct)
        m_direct->bindText(index, value);
    else
        m_fallback->set(index, value.isNull() ? QStringLiteral("") : value);
}

void RepeatedStatement::bind(int index, QDate value)
{
    if (!value.isValid())
        bindNull(index);
    else if (m_direct)
        m_direct->bindDate(index, value);
    else
        m_fallback->set(index, value.toString(Qt::ISODate));
}

void RepeatedStatement::bindNull(int index)
{
    if (m_direct)
        m_direct->bindNull(index);
    else
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

Status RepeatedStatement::exec(const QVariantList& values)
{
    bindAll(values);
    return exec();
}

Result<qint64> RepeatedStatement::insert(const QVariantList& values)
{
    bindAll(values);
    return insert();
}

void RepeatedStatement::bindAll(const QVariantList& values)
{
    for (int i = 0; i < values.size(); ++i)
        bind(i, values.at(i));
}

Status RepeatedStatement::exec()
{
    if (m_direct)
        return m_direct->exec(m_what);
    if (auto s = m_fallback->exec(m_what); !s)
        return s;
    m_fallback->rowsAffected = m_fallback->query.numRowsAffected();
    m_fallback->query.finish();
    return {};
}

qint64 RepeatedStatement::rowsAffected() const
{
    if (m_direct)
        return m_direct->rowsAffected();
    return m_fallback->rowsAffected;
}

Result<qint64> RepeatedStatement::insert()
{
    if (m_direct)
        return m_direct->insert(m_what);
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
    if (m_direct)
        return m_direct->start(m_what);
    return m_fallback->exec(m_what);
}

Result<bool> RepeatedStatement::next()
{
    if (m_direct)
        return m_direct->next(m_what);
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
        return m_direct->integer(column);
    return m_fallback->query.value(column).toLongLong();
}

QString RepeatedStatement::text(int column) const
{
    if (m_direct)
        return m_direct->text(column);
    const QVariant v = m_fallback->query.value(column);
    return v.isNull() ? QString() : v.toString();
}

bool RepeatedStatement::isNull(int column) const
{
    if (m_direct)
        return m_direct->isNull(column);
    return m_fallback->query.isNull(column);
}

void RepeatedStatement::finish()
{
    if (m_direct)
        m_direct->finish();
    else
        m_fallback->query.finish();
}

} // namespace lac
