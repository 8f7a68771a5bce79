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

    void upgradingRebuildsCaseTablesKeepingEveryRowAndRule()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v5.sqlite"));
        // A version-5 database holding one of everything the rebuilt tables hold or refer to.
        QStringList v5;
        for (const auto& script : MigrationScript::bundled()) {
            if (script.version <= 5)
                v5 << script.statements;
        }
        const QString t = QStringLiteral("'2026-01-01T00:00:00Z'");
        v5 << QStringLiteral("INSERT INTO children (id, case_id, given_name, family_name, "
                             "date_of_birth, sex, current_location, created_at, updated_at) "
                             "VALUES (7, 'C7', 'Ann', 'Zoë', '2015-03-01', 'F', 'OUT', %1, %1)")
                  .arg(t)
           << QStringLiteral("INSERT INTO care_periods (id, child_id, start_date, created_at, "
                             "updated_at) VALUES (3, 7, '2025-01-06', %1, %1)")
                  .arg(t)
           << QStringLiteral("INSERT INTO episodes (id, care_period_id, child_id, start_date, "
                             "legal_status, placement_type, location, created_at, updated_at) "
                             "VALUES (11, 3, 7, '2025-01-06', 'C2', 'U4', 'OUT', %1, %1)")
                  .arg(t)
           << QStringLiteral("INSERT INTO assessments (id, child_id, care_period_id, kind, "
                             "clock_start, due_date, status, location_at_due, created_at, "
                             "updated_at) VALUES (5, 7, 3, 'IHA', '2025-01-06', '2025-02-03', "
                             "'booked', 'OUT', %1, %1)")
                  .arg(t)
           << QStringLiteral("INSERT INTO appointments (assessment_id, scheduled_at, outcome, "
                             "created_at, updated_at) VALUES (5, '2025-01-20T10:00', 'booked', "
                             "%1, %1)")
                  .arg(t)
           << QStringLiteral("PRAGMA user_version = 5")
           << QStringLiteral("PRAGMA application_id = 1279345480");
        rawExec(path, v5);
        auto db = Database::open(path);
        QVERIFY2(db, qPrintable(db.failure().text()));
        QCOMPARE(db.value()->schemaVersion(), Database::latestSchemaVersion());
        QSqlQuery q(QSqlDatabase::database(db.value()->connectionName()));
        const auto scalar = [&q](const QString& sql) {
            return q.exec(sql) && q.next() ? q.value(0) : QVariant();
        };
        // Every row kept, with its ids, so that what refers to them still finds them.
        QCOMPARE(scalar(QStringLiteral("SELECT family_name || '/' || sex || '/' || "
                                       "current_location FROM children WHERE id = 7"))
                     .toString(),
                 QStringLiteral("Zoë/F/OUT"));
        QCOMPARE(
            scalar(QStringLiteral("SELECT care_period_id FROM episodes WHERE id = 11")).toInt(), 3);
        QCOMPARE(scalar(QStringLiteral("SELECT status FROM assessments WHERE id = 5")).toString(),
                 QStringLiteral("booked"));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM appointments a JOIN assessments s "
                                       "ON s.id = a.assessment_id"))
                     .toInt(),
                 1);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name LIKE "
                                       "'%!_v6' ESCAPE '!' OR name LIKE '%!_v7' ESCAPE '!'"))
                     .toInt(),
                 0);
        QVERIFY(!q.exec(QStringLiteral("PRAGMA foreign_key_check")) || !q.next());
        // Foreign keys are back on, and every rule still holds.
        QCOMPARE(scalar(QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
        QVERIFY(!q.exec(QStringLiteral("UPDATE children SET current_location = 'ABROAD' "
                                       "WHERE id = 7")));
        QVERIFY(!q.exec(QStringLiteral("UPDATE children SET sex = 'X' WHERE id = 7")));
        QVERIFY(!q.exec(QStringLiteral("UPDATE episodes SET location = 'in' WHERE id = 11")));
        QVERIFY(!q.exec(QStringLiteral("UPDATE episodes SET end_date = '2024-01-01' "
                                       "WHERE id = 11")));
        QVERIFY(!q.exec(QStringLiteral("UPDATE episodes SET child_id = 99 WHERE id = 11")));
        QVERIFY(!q.exec(QStringLiteral("UPDATE assessments SET status = 'lost' WHERE id = 5")));
        QVERIFY(!q.exec(QStringLiteral("UPDATE assessments SET kind = 'XHA' WHERE id = 5")));
        QVERIFY(!q.exec(QStringLiteral("UPDATE assessments SET exemption = 'maybe' "
                                       "WHERE id = 5")));
        QVERIFY(!q.exec(QStringLiteral("UPDATE assessments SET completed_by = 'gp' WHERE id = 5")));
        QVERIFY(!q.exec(QStringLiteral("UPDATE assessments SET doctor_review = 'x' WHERE id = 5")));
        QVERIFY(!q.exec(QStringLiteral("UPDATE assessments SET paperwork_status = 'x' "
                                       "WHERE id = 5")));
        QVERIFY(q.exec(QStringLiteral("UPDATE assessments SET exemption = '', completed_by = "
                                      "'nurse', doctor_review = 'done', paperwork_status = "
                                      "'complete', status = 'not_required' WHERE id = 5")));
        // Version 7: an appointment can be moved; any other outcome is still refused.
        QVERIFY(!q.exec(QStringLiteral("UPDATE appointments SET outcome = 'lost'")));
        QVERIFY(!q.exec(QStringLiteral("UPDATE appointments SET mode = 'phone'")));
        QVERIFY(q.exec(QStringLiteral("UPDATE appointments SET outcome = 'rescheduled'")));
        QVERIFY(!q.exec(QStringLiteral("UPDATE appointments SET assessment_id = 99")));
        QCOMPARE(scalar(QStringLiteral("SELECT escalated_to || escalation_note FROM "
                                       "ooa_requests UNION ALL SELECT 'none' LIMIT 1"))
                     .toString(),
                 QStringLiteral("none"));
        for (const char* table : {"children", "episodes", "assessments", "appointments"}) {
            QVERIFY2(!q.exec(QStringLiteral("DELETE FROM %1").arg(QLatin1String(table))), table);
        }
        // The indexes are all back.
        for (const char* index :
             {"children_family_name", "children_next_due", "children_in_care", "children_next_kind",
              "episodes_period", "episodes_start", "assessments_child", "assessments_outstanding",
              "assessments_completed_late", "appointments_assessment", "appointments_scheduled",
              "appointments_booked"}) {
            QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = "
                                           "'index' AND name = '%1'")
                                .arg(QLatin1String(index)))
                         .toInt(),
                     1);
        }
    }

    void caseTableRulesNeedNoTemporaryIndexPerRow()
    {
        // SQLite checks "x IN (...)" with a temporary index built on every row written; the
        // tables written by the million spell their rules out so that it does not.
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(QStringLiteral("plan.sqlite")));
        QVERIFY(db);
        QSqlQuery q(QSqlDatabase::database(db.value()->connectionName()));
        for (const char* statement :
             {"INSERT INTO children (case_id, date_of_birth, created_at, updated_at) VALUES "
              "('x', '2020-01-01', 'x', 'x')",
              "UPDATE children SET current_location = 'IN', in_care = 1 WHERE id = 1",
              "INSERT INTO episodes (care_period_id, child_id, start_date, legal_status, "
              "placement_type, created_at, updated_at) VALUES (1, 1, 'x', 'C2', 'U1', 'x', 'x')",
              "INSERT INTO assessments (child_id, kind, clock_start, due_date, created_at, "
              "updated_at) VALUES (1, 'IHA', 'x', 'x', 'x', 'x')",
              "UPDATE assessments SET status = 'open', location_at_due = 'IN' WHERE id = 1"}) {
            QVERIFY(q.exec(QStringLiteral("EXPLAIN ") + QLatin1String(statement)));
            int ephemeral = 0;
            while (q.next()) {
                if (q.value(1).toString() == QLatin1String("OpenEphemeral"))
                    ++ephemeral;
            }
            QVERIFY2(ephemeral == 0, statement);
        }
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

    /// Changes made side by side (a feature's migration, a core one) take their numbers in
    /// advance, so numbers may be missing, but two scripts with one number would both run, in
    /// no set order, and a database at that number would never get the one merged later. Every
    /// script after the PostgreSQL baseline has its twin under the same number.
    void migrationNumbersAreUniqueAndTwinned()
    {
        QMap<int, QString> sqlite;
        for (const auto& script : MigrationScript::bundled()) {
            QVERIFY2(!sqlite.contains(script.version),
                     qPrintable(script.name + QStringLiteral(" and ") + sqlite[script.version]));
            sqlite.insert(script.version, script.name);
        }
        QMap<int, QString> server;
        for (const auto& script :
             MigrationScript::bundled(QStringLiteral(":/migrations/postgresql"))) {
            QVERIFY2(!server.contains(script.version),
                     qPrintable(script.name + QStringLiteral(" and ") + server[script.version]));
            server.insert(script.version, script.name);
        }
        QVERIFY(!server.isEmpty());
        const int baseline = server.firstKey();
        for (auto it = sqlite.cbegin(); it != sqlite.cend(); ++it) {
            if (it.key() > baseline)
                QVERIFY2(server.contains(it.key()),
                         qPrintable(it.value() + QStringLiteral(" has no PostgreSQL twin")));
        }
        QCOMPARE(server.lastKey(), sqlite.lastKey());
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
