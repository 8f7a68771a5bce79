// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Helpers shared by the import tests: a text dump of every table, to prove that a refused
// import leaves the data exactly as it was and that a repeated import changes nothing. A
// location is an SQLite file or a PostgreSQL URI (the tests' PostgreSQL twins).

#include "data/Database.h"
#include "data/ServerDatabaseOpener.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>
#include <QUuid>

namespace importtest {

/// A second connection, named \a name, to the database at \a location (file or server).
inline QSqlDatabase connect(const QString& name, const QString& location)
{
    if (!lac::Database::isServerLocation(location)) {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(location);
        db.open();
        return db;
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    if (const auto where = lac::ServerLocation::parse(location))
        db.setConnectOptions(where->keywords.join(QLatin1Char(';')));
    db.open();
    return db;
}

/// Every row of every table (or of the tables not in \a skip), sorted, as text.
inline QString dumpTables(const QString& path, const QStringList& skip = {})
{
    const QString name = QUuid::createUuid().toString();
    QString out;
    {
        QSqlDatabase db = connect(name, path);
        if (!db.isOpen())
            return QStringLiteral("cannot open %1").arg(path);
        const bool server = db.driverName() == QLatin1String("QPSQL");
        QSqlQuery tables(db);
        tables.exec(server ? QStringLiteral("SELECT table_name FROM information_schema.tables "
                                            "WHERE table_schema = 'public' AND table_type = "
                                            "'BASE TABLE' ORDER BY table_name")
                           : QStringLiteral("SELECT name FROM sqlite_master WHERE type = "
                                            "'table' ORDER BY name"));
        QStringList names;
        while (tables.next())
            names << tables.value(0).toString();
        for (const QString& table : names) {
            if (skip.contains(table))
                continue;
            out += QStringLiteral("== %1\n").arg(table);
            QSqlQuery rows(db);
            rows.setForwardOnly(true);
            rows.exec(QStringLiteral("SELECT * FROM \"%1\"").arg(table));
            QStringList lines;
            while (rows.next()) {
                QStringList cells;
                for (int i = 0; i < rows.record().count(); ++i)
                    cells << (rows.value(i).isNull() ? QStringLiteral("NULL")
                                                     : rows.value(i).toString());
                lines << cells.join(QLatin1Char('|'));
            }
            lines.sort(); // the same rows in any physical order are the same data
            out += lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
        }
        QSqlQuery pragma(db);
        if (!server && pragma.exec(QStringLiteral("PRAGMA user_version")) && pragma.next())
            out += QStringLiteral("user_version %1\n").arg(pragma.value(0).toInt());
    }
    QSqlDatabase::removeDatabase(name);
    return out;
}

/// One number from the database at \a path.
inline qint64 scalar(const QString& path, const QString& sql)
{
    const QString name = QUuid::createUuid().toString();
    qint64 v = -1;
    {
        QSqlDatabase db = connect(name, path);
        if (db.isOpen()) {
            QSqlQuery q(db);
            if (q.exec(sql) && q.next())
                v = q.value(0).toLongLong();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return v;
}

} // namespace importtest
