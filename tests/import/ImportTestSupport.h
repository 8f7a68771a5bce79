// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Helpers shared by the import tests: a text dump of every table, to prove that a refused
// import leaves the data exactly as it was and that a repeated import changes nothing.

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>
#include <QUuid>

namespace importtest {

/// Every row of every table (or of the tables not in \a skip), in rowid order, as text.
inline QString dumpTables(const QString& path, const QStringList& skip = {})
{
    const QString name = QUuid::createUuid().toString();
    QString out;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (!db.open())
            return QStringLiteral("cannot open %1").arg(path);
        QSqlQuery tables(db);
        tables.exec(
            QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"));
        QStringList names;
        while (tables.next())
            names << tables.value(0).toString();
        for (const QString& table : names) {
            if (skip.contains(table))
                continue;
            out += QStringLiteral("== %1\n").arg(table);
            QSqlQuery rows(db);
            rows.setForwardOnly(true);
            rows.exec(QStringLiteral("SELECT * FROM \"%1\" ORDER BY rowid").arg(table));
            while (rows.next()) {
                QStringList cells;
                for (int i = 0; i < rows.record().count(); ++i)
                    cells << (rows.value(i).isNull() ? QStringLiteral("NULL")
                                                     : rows.value(i).toString());
                out += cells.join(QLatin1Char('|')) + QLatin1Char('\n');
            }
        }
        QSqlQuery pragma(db);
        pragma.exec(QStringLiteral("PRAGMA user_version"));
        if (pragma.next())
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
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(sql) && q.next())
                v = q.value(0).toLongLong();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return v;
}

} // namespace importtest
