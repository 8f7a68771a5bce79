// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Test helper: a fresh database in a temporary folder, with raw SQL for setting up cases.

#include "data/Database.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace lac::test {

class TestDatabase
{
public:
    TestDatabase()
    {
        auto db = Database::open(m_dir.filePath(QStringLiteral("test.sqlite")));
        if (!db)
            qFatal("cannot open test database: %s", qPrintable(db.failure().text()));
        m_db = std::move(db).value();
    }

    Database& db() { return *m_db; }
    QString path() const { return m_db->path(); }

    QSqlQuery exec(const QString& sql, const QVariantList& values = {})
    {
        return execOn(*m_db, sql, values);
    }
    QVariant scalar(const QString& sql, const QVariantList& values = {})
    {
        return scalarOn(*m_db, sql, values);
    }

    /// Runs raw SQL for setting up a case on any open database; a failure ends the test.
    static QSqlQuery execOn(const Database& db, const QString& sql, const QVariantList& values)
    {
        QSqlQuery q(QSqlDatabase::database(db.connectionName()));
        q.prepare(sql);
        for (const auto& v : values)
            q.addBindValue(v);
        if (!q.exec())
            qFatal("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        return q;
    }
    /// The first value execOn() returns (null if no row).
    static QVariant scalarOn(const Database& db, const QString& sql, const QVariantList& values)
    {
        auto q = execOn(db, sql, values);
        return q.next() ? q.value(0) : QVariant();
    }

    /// A child in care since \a start with one placement; returns the child's id.
    qint64 addChild(const QString& caseId, const QString& given, const QString& family, QDate dob,
                    QDate start, const QString& placement = QStringLiteral("U4"),
                    const QString& location = QStringLiteral("IN"))
    {
        const QString now = QStringLiteral("2026-01-01T00:00:00Z");
        const qint64 id =
            scalar(QStringLiteral(
                       "INSERT INTO children (case_id, given_name, family_name, date_of_birth, "
                       "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?) RETURNING id"),
                   {caseId, given, family, dob.toString(Qt::ISODate), now, now})
                .toLongLong();
        const qint64 period =
            scalar(QStringLiteral("INSERT INTO care_periods (child_id, start_date, created_at, "
                                  "updated_at) VALUES (?, ?, ?, ?) RETURNING id"),
                   {id, start.toString(Qt::ISODate), now, now})
                .toLongLong();
        exec(QStringLiteral(
                 "INSERT INTO episodes (care_period_id, child_id, start_date, rne, legal_status, "
                 "placement_type, location, created_at, updated_at) VALUES (?, ?, ?, 'S', 'C2', ?, "
                 "?, ?, ?)"),
             {period, id, start.toString(Qt::ISODate), placement, location, now, now});
        return id;
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
};

} // namespace lac::test
