// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Helpers for the trust tests: a fresh database, raw SQL for setting up and for checking what
// the program must refuse, and a child added the way the case-work services will.

#include "data/AuditLog.h"
#include "data/Database.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace lac::trust {

/// Runs \a sql on \a db's own connection; the error text when it fails, empty on success.
inline QString tryExec(const Database& db, const QString& sql, const QVariantList& values = {})
{
    QSqlQuery q(QSqlDatabase::database(db.connectionName()));
    q.prepare(sql);
    for (const auto& v : values)
        q.addBindValue(v);
    return q.exec() ? QString() : q.lastError().text();
}

inline QVariant scalar(const Database& db, const QString& sql, const QVariantList& values = {})
{
    QSqlQuery q(QSqlDatabase::database(db.connectionName()));
    q.prepare(sql);
    for (const auto& v : values)
        q.addBindValue(v);
    if (!q.exec())
        qFatal("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
    return q.next() ? q.value(0) : QVariant();
}

/// Scalar on a file that is not open as a Database (after a restore, in a crash test).
inline QVariant scalarAt(const QString& path, const QString& sql)
{
    QVariant v;
    const QString name = QStringLiteral("trust-probe");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(sql) && q.next())
                v = q.value(0);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return v;
}

/// Inserts a child (with its audit entry, in one transaction as the case services do).
inline qint64 addChild(const Database& db, const QString& caseId, const QString& given,
                       const QString& family, const QString& dob)
{
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    QSqlQuery q(QSqlDatabase::database(db.connectionName()));
    q.prepare(QStringLiteral("INSERT INTO children (case_id, given_name, family_name, "
                             "date_of_birth, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?) "
                             "RETURNING id"));
    for (const QVariant& v : QVariantList{caseId, given, family, dob, now, now})
        q.addBindValue(v);
    if (!q.exec() || !q.next())
        qFatal("addChild: %s", qPrintable(q.lastError().text()));
    return q.value(0).toLongLong();
}

} // namespace lac::trust
