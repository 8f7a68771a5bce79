// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Shared by the demo tests: build a demo database, query it, and fingerprint its contents.

#include "data/Database.h"
#include "demo/DemoDatabaseBuilder.h"

#include <QCryptographicHash>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>
#include <QTest>

namespace demotest {

/// A fixed "today" so that the tests do not depend on the clock.
inline QDate testToday()
{
    return QDate(2026, 6, 15);
}

inline lac::UserContext testUser()
{
    return lac::UserContext{QStringLiteral("tester"), lac::UserRole::Administrator};
}

inline QSqlQuery exec(const lac::Database& db, const QString& sql)
{
    QSqlQuery q(QSqlDatabase::database(db.connectionName()));
    if (!q.exec(sql))
        qFatal("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
    return q;
}

inline QVariant scalar(const lac::Database& db, const QString& sql)
{
    auto q = exec(db, sql);
    return q.next() ? q.value(0) : QVariant();
}

inline double number(const lac::Database& db, const QString& sql)
{
    return scalar(db, sql).toDouble();
}

/// A hash of every row of the given tables (all user tables but the audit log by default).
inline QByteArray fingerprint(const lac::Database& db, QStringList tables = {})
{
    if (tables.isEmpty()) {
        auto q = exec(db, QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' "
                                         "AND name NOT LIKE 'sqlite_%' AND name <> 'audit_log' "
                                         "ORDER BY name"));
        while (q.next())
            tables << q.value(0).toString();
    }
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QString& table : tables) {
        hash.addData(table.toUtf8());
        // Table names come from sqlite_master or the test itself, never from input.
        // report_counts has no rowid (WITHOUT ROWID): its primary key orders it.
        const QString order = table == QLatin1String("report_counts")
                                  ? QStringLiteral("measure, month, location, placement_type, "
                                                   "outcome, request_in_time, late_reason")
                                  : QStringLiteral("rowid");
        auto q = exec(db, QStringLiteral("SELECT * FROM %1 ORDER BY %2").arg(table, order));
        while (q.next()) {
            const QSqlRecord r = q.record();
            for (int i = 0; i < r.count(); ++i) {
                const QVariant v = q.value(i);
                hash.addData(v.isNull() ? QByteArrayLiteral("\x01NULL") : v.toString().toUtf8());
                hash.addData(QByteArrayLiteral("\x1f"));
            }
            hash.addData(QByteArrayLiteral("\x1e"));
        }
    }
    return hash.result().toHex();
}

} // namespace demotest
