// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "data/Database.h"
#include "data/MigrationScript.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace lac;

namespace {

int userVersion(const QString& path)
{
    int v = -1;
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("probe"));
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next())
                v = q.value(0).toInt();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("probe"));
    return v;
}

void rawExec(const QString& path, const QStringList& statements)
{
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        for (const auto& s : statements) {
            QSqlQuery q(db);
            QVERIFY2(q.exec(s), qPrintable(q.lastError().text()));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
}

QByteArray fileBytes(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestDatabase : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void createsAtLatestSchema()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sub/folder/lac.sqlite"));
        auto db = Database::open(path);
        QVERIFY2(db, qPrintable(db.failure().text()));
        QVERIFY(Database::latestSchemaVersion() >= 2);
        QCOMPARE(db.value()->schemaVersion(), Database::latestSchemaVersion());
        QVERIFY(db.value()->upgradeBackupPath().isEmpty());
        db.value().reset();
        QCOMPARE(userVersion(path), Database::latestSchemaVersion());
        // Re-opening an up-to-date database changes nothing and takes no backup.
        auto again = Database::open(path);
        QVERIFY(again);
        QVERIFY(again.value()->upgradeBackupPath().isEmpty());
    }

    void upgradesStepByStepWithABackup()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.sqlite"));
        // A version-1 database: the first migration only.
        const auto scripts = MigrationScript::bundled();
        QStringList v1 = scripts.first().statements;
        v1 << QStringLiteral("PRAGMA user_version = 1")
           << QStringLiteral("PRAGMA application_id = 1279345480");
        rawExec(path, v1);
        QCOMPARE(userVersion(path), 1);
        auto db = Database::open(path);
        QVERIFY2(db, qPrintable(db.failure().text()));
        QCOMPARE(db.value()->schemaVersion(), Database::latestSchemaVersion());
        const QString backup = db.value()->upgradeBackupPath();
        QVERIFY(!backup.isEmpty());
        QVERIFY(QFile::exists(backup));
        QCOMPARE(userVersion(backup), 1);
    }

    void refusesANewerDatabaseUntouched()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("new.sqlite"));
        {
            auto db = Database::open(path);
            QVERIFY(db);
        }
        rawExec(path, {QStringLiteral("PRAGMA user_version = 999")});
        const QByteArray before = fileBytes(path);
        auto db = Database::open(path);
        QVERIFY(!db);
        QVERIFY(db.failure().message.contains(QStringLiteral("newer version")));
        QVERIFY(db.failure().message.contains(QStringLiteral("999")));
        QCOMPARE(db.failure().where, path);
        QCOMPARE(fileBytes(path), before);
    }

    void refusesFilesThatAreNotOurDatabase()
    {
        QTemporaryDir dir;
        const QString text = dir.filePath(QStringLiteral("notes.txt"));
        QFile f(text);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray("this is not a database, just some text that is long enough to matter\n")
                    .repeated(100));
        f.close();
        const QByteArray before = fileBytes(text);
        auto db = Database::open(text);
        QVERIFY(!db);
        QCOMPARE(fileBytes(text), before);

        const QString other = dir.filePath(QStringLiteral("other.sqlite"));
        rawExec(other, {QStringLiteral("CREATE TABLE t (x)"),
                        QStringLiteral("PRAGMA application_id = 42")});
        auto db2 = Database::open(other);
        QVERIFY(!db2);
        QVERIFY(db2.failure().message.contains(QStringLiteral("another program")));

        QVERIFY(!Database::open(dir.path()));
        Database::Options noCreate;
        noCreate.createIfMissing = false;
        QVERIFY(!Database::open(dir.filePath(QStringLiteral("missing.sqlite")), noCreate));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("missing.sqlite"))));
    }

    void foreignKeysAreEnforced()
    {
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(QStringLiteral("fk.sqlite")));
        QVERIFY(db);
        QSqlQuery q(QSqlDatabase::database(db.value()->connectionName()));
        QVERIFY(!q.exec(QStringLiteral(
            "INSERT INTO nhs_numbers (child_id, nhs_number, valid_from, recorded_at) "
            "VALUES (12345, '9434765919', '2020-01-01', '2020-01-01')")));
        QVERIFY(q.exec(QStringLiteral(
            "INSERT INTO audit_log (at, user_login, action, entity) VALUES ('x','u','a','e')")));
        QVERIFY(!q.exec(QStringLiteral("UPDATE audit_log SET user_login = 'someone else'")));
        QVERIFY(!q.exec(QStringLiteral("DELETE FROM audit_log")));
    }

    void migrationScriptSplitting()
    {
        const QStringList s = MigrationScript::split(QStringLiteral(
            "-- comment\nCREATE TABLE a (x);;\n\nCREATE TRIGGER t BEFORE DELETE ON a\nBEGIN\n"
            "    SELECT RAISE(ABORT, 'no');\nEND;;\n-- trailing comment\n"));
        QCOMPARE(s.size(), 2);
        QCOMPARE(s.at(0), QStringLiteral("CREATE TABLE a (x)"));
        QVERIFY(s.at(1).contains(QStringLiteral("RAISE(ABORT, 'no');")));
        QVERIFY(s.at(1).endsWith(QStringLiteral("END")));
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
