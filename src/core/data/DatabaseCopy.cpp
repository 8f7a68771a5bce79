// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "data/DatabaseCopy.h"

#include "data/SqlConnection.h"
#include "data/SqlTransaction.h"

#include <QCryptographicHash>
#include <QHash>
#include <QSqlRecord>

#include <algorithm>

namespace lac {
namespace {

// Reference lists that a new database already holds; every other table must be empty.
const QStringList referenceLists{QStringLiteral("placement_types"),
                                 QStringLiteral("legal_statuses"), QStringLiteral("late_reasons")};

/// The tables \a table refers to (its foreign keys), from the schema's own catalogue.
Result<QStringList> referencedBy(const Database& db, const QString& table)
{
    const QString sql =
        db.isServer()
            ? QStringLiteral("SELECT DISTINCT ccu.table_name FROM "
                             "information_schema.table_constraints tc JOIN "
                             "information_schema.constraint_column_usage ccu ON "
                             "ccu.constraint_name = tc.constraint_name AND "
                             "ccu.table_schema = tc.table_schema WHERE tc.constraint_type = "
                             "'FOREIGN KEY' AND tc.table_schema = current_schema() AND "
                             "tc.table_name = ?")
            : QStringLiteral("SELECT DISTINCT \"table\" FROM pragma_foreign_key_list(?)");
    auto q = runQuery(db, sql, {table}, DatabaseCopy::tr("could not read table %1").arg(table));
    if (!q)
        return q.failure();
    QStringList referenced;
    while (q.value().next())
        referenced << q.value().value(0).toString();
    return referenced;
}

Result<QStringList> columnsOf(const Database& db, const QString& table)
{
    // Table names come from tablesOf(): the schema's own catalogue, never from input.
    auto q = runQuery(db, QStringLiteral("SELECT * FROM %1 WHERE 1 = 0").arg(table), {},
                      DatabaseCopy::tr("could not read table %1").arg(table));
    if (!q)
        return q.failure();
    QStringList columns;
    const QSqlRecord record = q.value().record();
    for (int i = 0; i < record.count(); ++i)
        columns << record.fieldName(i);
    return columns;
}

/// The primary key, for reading rows in the same order from both engines.
QString keyOf(const QString& table)
{
    if (table == QLatin1String("settings"))
        return QStringLiteral("key");
    return referenceLists.contains(table) ? QStringLiteral("code") : QStringLiteral("id");
}

/// Row count and a digest of every value in key order: the same on both engines when the
/// rows are the same, whatever each engine's own types.
Result<QPair<qint64, QByteArray>> digest(const Database& db, const QString& table,
                                         const QStringList& columns)
{
    auto q = runQuery(db,
                      QStringLiteral("SELECT %1 FROM %2 ORDER BY %3")
                          .arg(columns.join(QStringLiteral(", ")), table, keyOf(table)),
                      {}, DatabaseCopy::tr("could not read table %1").arg(table));
    if (!q)
        return q.failure();
    QCryptographicHash hash(QCryptographicHash::Sha256);
    qint64 rows = 0;
    QSqlQuery& rs = q.value();
    while (rs.next()) {
        ++rows;
        for (int i = 0; i < columns.size(); ++i) {
            const QVariant v = rs.value(i);
            hash.addData(v.isNull() ? QByteArrayView("\x01") : v.toString().toUtf8());
            hash.addData(QByteArrayView("\x00", 1));
        }
    }
    return qMakePair(rows, hash.result());
}

} // namespace

QStringList DatabaseCopy::tables()
{
    return {QStringLiteral("settings"),       QStringLiteral("users"),
            QStringLiteral("audit_log"),      QStringLiteral("placement_types"),
            QStringLiteral("legal_statuses"), QStringLiteral("late_reasons"),
            QStringLiteral("authorities"),    QStringLiteral("providers"),
            QStringLiteral("bank_holidays"),  QStringLiteral("children"),
            QStringLiteral("nhs_numbers"),    QStringLiteral("care_periods"),
            QStringLiteral("episodes"),       QStringLiteral("assessments"),
            QStringLiteral("appointments"),   QStringLiteral("paperwork_issues"),
            QStringLiteral("ooa_requests"),   QStringLiteral("ooa_chases")};
}

Result<QStringList> DatabaseCopy::tablesOf(const Database& db)
{
    const QString sql =
        db.isServer()
            ? QStringLiteral("SELECT table_name FROM information_schema.tables WHERE "
                             "table_schema = current_schema() AND table_type = 'BASE TABLE' "
                             "AND table_name <> 'lachealth_schema' ORDER BY table_name")
            : QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name "
                             "NOT LIKE 'sqlite_%' ORDER BY name");
    auto q = runQuery(db, sql, {}, tr("could not list the tables"));
    if (!q)
        return q.failure();
    QStringList all = tables();
    QStringList added; // a kind of record's tables, by name
    while (q.value().next()) {
        const QString name = q.value().value(0).toString();
        // report_counts is kept by the target's own triggers as the records are copied.
        if (!all.contains(name) && name != QLatin1String("report_counts"))
            added << name;
    }
    // A kind of record's tables may refer to each other (a medical to its applicant): each
    // goes after every table it refers to, and otherwise in name order.
    QHash<QString, QStringList> refers;
    for (const QString& name : std::as_const(added)) {
        auto r = referencedBy(db, name);
        if (!r)
            return r.failure();
        refers.insert(name, r.value());
    }
    while (!added.isEmpty()) {
        qsizetype next = 0;
        for (qsizetype i = 0; i < added.size(); ++i) {
            const QStringList& needs = refers.value(added.at(i));
            if (std::all_of(needs.cbegin(), needs.cend(), [&](const QString& t) {
                    return all.contains(t) || !added.contains(t) || t == added.at(i);
                })) {
                next = i;
                break;
            }
        }
        all << added.takeAt(next); // a cycle (none today) keeps name order
    }
    return all;
}

Result<QList<DatabaseCopy::TableCount>> DatabaseCopy::copy(const Database& from, const Database& to)
{
    if (from.schemaVersion() != to.schemaVersion())
        return Failure{tr("the two databases are at different schema versions (%1 and %2)")
                           .arg(from.schemaVersion())
                           .arg(to.schemaVersion()),
                       to.path()};
    auto names = tablesOf(from);
    if (!names)
        return names.failure();
    for (const QString& table : names.value()) {
        if (referenceLists.contains(table))
            continue;
        auto q = runQuery(to, QStringLiteral("SELECT count(*) FROM %1").arg(table), {},
                          tr("could not read table %1").arg(table));
        if (!q)
            return q.failure();
        if (q.value().next() && q.value().value(0).toLongLong() > 0)
            return Failure{tr("the target database already holds data (table %1); nothing was "
                              "copied. Copy only into a new, empty database")
                               .arg(table),
                           to.path()};
    }
    if (to.isServer()) {
        // After team-setup.sql the server writes its own login into every audit entry, which
        // would put the DBA's name on the whole history.
        auto q = runQuery(to,
                          QStringLiteral("SELECT count(*) FROM pg_trigger WHERE tgname = "
                                         "'audit_log_server_user'"),
                          {}, tr("could not read the audit trail's rules"));
        if (!q)
            return q.failure();
        if (q.value().next() && q.value().value(0).toInt() > 0)
            return Failure{tr("copy into the team database before running team-setup.sql, so "
                              "that the audit trail keeps the names of who did what"),
                           to.path()};
    }

    SqlTransaction tx(to);
    if (!tx.begun())
        return tx.begun().failure();
    QList<TableCount> counts;
    for (const QString& table : names.value()) {
        auto columns = columnsOf(from, table);
        if (!columns)
            return columns.failure();
        if (referenceLists.contains(table)) {
            // No delete trigger guards these lists; the source's own replace the defaults.
            if (auto s = runQuery(to, QStringLiteral("DELETE FROM %1").arg(table), {},
                                  tr("could not clear %1").arg(table));
                !s)
                return s.failure();
        }
        const QString list = columns->join(QStringLiteral(", "));
        auto read = runQuery(from, QStringLiteral("SELECT %1 FROM %2").arg(list, table), {},
                             tr("could not read table %1").arg(table));
        if (!read)
            return read.failure();
        QSqlQuery& rows = read.value();
        // Many rows per statement: a server round trip per row would take an office network
        // minutes on a large county.
        const int perStatement = std::max(1, 6000 / int(columns->size()));
        const QString oneRow = QStringLiteral("(%1)").arg(
            QStringList(columns->size(), QStringLiteral("?")).join(QStringLiteral(", ")));
        QVariantList values;
        int pending = 0;
        qint64 copied = 0;
        auto flush = [&]() -> Status {
            if (pending == 0)
                return {};
            const QString sql =
                QStringLiteral("INSERT INTO %1 (%2) VALUES %3")
                    .arg(table, list, QStringList(pending, oneRow).join(QStringLiteral(", ")));
            if (auto s = runQuery(to, sql, values, tr("could not copy table %1").arg(table)); !s)
                return s.failure();
            copied += pending;
            values.clear();
            pending = 0;
            return {};
        };
        while (rows.next()) {
            for (int i = 0; i < columns->size(); ++i)
                values << rows.value(i);
            if (++pending == perStatement)
                if (auto s = flush(); !s)
                    return s.failure();
        }
        if (rows.lastError().isValid())
            return sqlFailure(tr("could not read table %1").arg(table), rows.lastError());
        if (auto s = flush(); !s)
            return s.failure();
        if (to.isServer() && keyOf(table) == QLatin1String("id")) {
            // New rows continue after the copied ids.
            if (auto s = runQuery(to,
                                  QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', "
                                                 "'id'), COALESCE(max(id), 0) + 1, false) FROM %1")
                                      .arg(table),
                                  {}, tr("could not move on the ids of %1").arg(table));
                !s)
                return s.failure();
        }
        // Checked before committing: a difference leaves the target as it was.
        auto source = digest(from, table, *columns);
        if (!source)
            return source.failure();
        auto target = digest(to, table, *columns);
        if (!target)
            return target.failure();
        if (*source != *target)
            return Failure{tr("table %1 did not copy exactly (%2 rows read, %3 written); "
                              "nothing was copied")
                               .arg(table)
                               .arg(source->first)
                               .arg(target->first),
                           to.path()};
        counts.append({table, copied});
    }
    if (auto s = tx.commit(); !s)
        return s.failure();
    if (to.isServer()) {
        // Planner statistics now, not when autovacuum next looks: the team's first morning on
        // the server should not be spent on plans made for empty tables.
        // Not prepared: PostgreSQL cannot prepare ANALYZE.
        QSqlQuery analyze(sqlConnection(to));
        if (!analyze.exec(QStringLiteral("ANALYZE")))
            return sqlFailure(tr("the copy is complete, but its statistics were not updated"),
                              analyze.lastError());
    }
    return counts;
}

} // namespace lac
