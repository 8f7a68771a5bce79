// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Backups and recovery: backup -> restore round trip, `check` on a deliberately corrupted
// copy, a restore that refuses a bad backup and changes nothing, the start-of-day backup
// with rotation, and the commands' exit codes.
#include "TrustTestSupport.h"

#include "data/DatabaseBackup.h"
#include "data/DatabaseInstanceLock.h"
#include "data/IntegrityCheck.h"
#include "data/SettingsStore.h"
#include "data/SqlTransaction.h"
#include "services/DailyBackup.h"
#include "services/DatabaseRecovery.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>

#include <future>
#include <thread>

using namespace lac;
using namespace lac::trust;

namespace {

const QString lachealth = QStringLiteral(LACHEALTH_EXECUTABLE);

std::pair<int, QString> run(const QStringList& args)
{
    QProcess p;
    p.start(lachealth, args);
    p.waitForFinished(60000);
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError())};
}

/// Overwrites bytes in the middle of the file: pages of the children table and its indexes.
void corrupt(const QString& path)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadWrite));
    const qint64 size = f.size();
    QVERIFY(size > 64 * 1024);
    for (qint64 at = 8192; at < size - 4096; at += 8192) {
        f.seek(at + 100);
        f.write(QByteArray(600, '\xA5'));
    }
}

std::unique_ptr<Database> databaseWithChildren(const QString& path, int n)
{
    auto db = Database::open(path);
    if (!db)
        qFatal("%s", qPrintable(db.failure().text()));
    for (int i = 0; i < n; ++i)
        addChild(*db.value(), QStringLiteral("C%1").arg(i), QStringLiteral("Zoë"),
                 QStringLiteral("N'Diaye-%1").arg(i), QStringLiteral("2015-06-0%1").arg(1 + i % 9));
    return std::move(db).value();
}

} // namespace

class TestBackupRecovery : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void backupRestoreRoundTrip()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("live.sqlite"));
        const QString backup = dir.filePath(QStringLiteral("copies/backup.sqlite"));
        {
            auto db = databaseWithChildren(path, 300);
            QVERIFY(DatabaseBackup::write(*db, backup));
            QVERIFY(!QFileInfo::exists(backup + QStringLiteral(".partial")));
            // A second backup to the same name is refused, never overwritten.
            QVERIFY(!DatabaseBackup::write(*db, backup));
            // Work after the backup, which the restore will take away.
            addChild(*db, QStringLiteral("LATE"), QStringLiteral("Late"), QStringLiteral("Entry"),
                     QStringLiteral("2020-01-01"));
        }
        auto report = DatabaseBackup::validate(backup);
        QVERIFY(report && report->ok);

        auto kept = DatabaseRecovery::restore(path, backup, QStringLiteral("Restorer"));
        QVERIFY2(kept, qPrintable(kept.failure().text()));
        QVERIFY(QFileInfo::exists(*kept));
        QCOMPARE(scalarAt(path, QStringLiteral("SELECT COUNT(*) FROM children")).toInt(), 300);
        QCOMPARE(
            scalarAt(path, QStringLiteral("SELECT family_name FROM children WHERE case_id = 'C7'"))
                .toString(),
            QStringLiteral("N'Diaye-7"));
        // The replaced file still has the late work.
        QCOMPARE(scalarAt(*kept, QStringLiteral("SELECT COUNT(*) FROM children")).toInt(), 301);
        // The restore is in the restored database's own audit trail.
        QCOMPARE(scalarAt(path, QStringLiteral("SELECT user_login || ' ' || action FROM audit_log "
                                               "ORDER BY id DESC LIMIT 1"))
                     .toString(),
                 QStringLiteral("restorer restore"));
    }

    void checkFindsACorruptedCopy()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("good.sqlite"));
        const QString bad = dir.filePath(QStringLiteral("bad.sqlite"));
        {
            auto db = databaseWithChildren(path, 2000);
            QVERIFY(DatabaseBackup::write(*db, bad));
        }
        auto [okCode, okOut] = run({QStringLiteral("check"), QStringLiteral("--db"), path});
        QCOMPARE(okCode, 0);
        QVERIFY2(okOut.contains(QStringLiteral(": ok")), qPrintable(okOut));

        corrupt(bad);
        auto report = IntegrityCheck::run(bad, IntegrityCheck::Depth::Full);
        QVERIFY(report);
        QVERIFY(!report->ok);
        auto [code, out] = run({QStringLiteral("check"), QStringLiteral("--db"), bad});
        QCOMPARE(code, 1);
        QVERIFY2(out.contains(QStringLiteral("damaged")) || out.contains(QStringLiteral("problem")),
                 qPrintable(out));
        auto [usage, usageOut] = run({QStringLiteral("check")});
        QCOMPARE(usage, 2);
        Q_UNUSED(usageOut)
    }

    void checkFindsBrokenReferences()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("fk.sqlite"));
        {
            auto db = Database::open(path);
            QVERIFY(db);
            QVERIFY(tryExec(*db.value(), QStringLiteral("PRAGMA foreign_keys = OFF")).isEmpty());
            QVERIFY(
                tryExec(*db.value(),
                        QStringLiteral("INSERT INTO nhs_numbers (child_id, nhs_number, valid_from, "
                                       "recorded_at) VALUES (999, '9434765919', '2020-01-01', "
                                       "'2020-01-01')"))
                    .isEmpty());
        }
        auto [code, out] = run({QStringLiteral("check"), QStringLiteral("--db"), path});
        QCOMPARE(code, 1);
        QVERIFY2(out.contains(QStringLiteral("nhs_numbers")), qPrintable(out));
    }

    void restoreRefusesABadBackupAndChangesNothing()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("live.sqlite"));
        const QString bad = dir.filePath(QStringLiteral("bad.sqlite"));
        {
            auto db = databaseWithChildren(path, 1500);
            QVERIFY(DatabaseBackup::write(*db, bad));
        }
        corrupt(bad);
        QFile notADatabase(dir.filePath(QStringLiteral("notes.txt")));
        QVERIFY(notADatabase.open(QIODevice::WriteOnly));
        notADatabase.write("this is not a database\n");
        notADatabase.close();

        for (const QString& backup : {bad, notADatabase.fileName()}) {
            auto refused = DatabaseRecovery::restore(path, backup, QStringLiteral("x"));
            QVERIFY(!refused);
            QVERIFY2(refused.failure().message.contains(QStringLiteral("nothing was changed")),
                     qPrintable(refused.failure().message));
            auto [code, out] = run({QStringLiteral("restore"), QStringLiteral("--db"), path,
                                    QStringLiteral("--from"), backup});
            QCOMPARE(code, 1);
            Q_UNUSED(out)
        }
        QCOMPARE(scalarAt(path, QStringLiteral("SELECT COUNT(*) FROM children")).toInt(), 1500);
        QCOMPARE(QDir(dir.path()).entryList({QStringLiteral("*.replaced-*")}).size(), 0);
    }

    void restoreRefusesWhileTheDatabaseIsOpenInAWindow()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("live.sqlite"));
        const QString backup = dir.filePath(QStringLiteral("b.sqlite"));
        {
            auto db = databaseWithChildren(path, 3);
            QVERIFY(DatabaseBackup::write(*db, backup));
        }
        auto window = DatabaseInstanceLock::acquire(path);
        QVERIFY(window);
        auto refused = DatabaseRecovery::restore(path, backup, QStringLiteral("x"));
        QVERIFY(!refused);
        QVERIFY(refused.failure().message.contains(QStringLiteral("already open")));
    }

    void commandLineBackupAndRestore()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("live.sqlite"));
        const QString backup = dir.filePath(QStringLiteral("cli-backup.sqlite"));
        databaseWithChildren(path, 10).reset();
        auto [code, out] = run({QStringLiteral("backup"), QStringLiteral("--db"), path,
                                QStringLiteral("--to"), backup});
        QVERIFY2(code == 0, qPrintable(out));
        QCOMPARE(scalarAt(backup, QStringLiteral("SELECT COUNT(*) FROM children")).toInt(), 10);
        auto [again, againOut] = run({QStringLiteral("backup"), QStringLiteral("--db"), path,
                                      QStringLiteral("--to"), backup});
        QCOMPARE(again, 1);
        QVERIFY(againOut.contains(QStringLiteral("already exists")));
        auto [restored, restoredOut] = run({QStringLiteral("restore"), QStringLiteral("--db"), path,
                                            QStringLiteral("--from"), backup});
        QVERIFY2(restored == 0, qPrintable(restoredOut));
        QVERIFY(restoredOut.contains(QStringLiteral("kept as")));
    }

    void dailyBackupMakesOnePerDayAndKeepsN()
    {
        QTemporaryDir dir;
        auto db = databaseWithChildren(dir.filePath(QStringLiteral("team.sqlite")), 5);
        SettingsStore settings(*db);
        QVERIFY(settings.setValue(DailyBackup::keepKey(), QStringLiteral("3")));
        AuditLog audit(*db, UserContext{QStringLiteral("admin"), UserRole::Administrator});
        DailyBackup daily(*db, settings, audit);
        QCOMPARE(daily.folder(), dir.filePath(QStringLiteral("backups")));
        for (int day = 1; day <= 5; ++day) {
            auto made = daily.runIfDue(QDate(2026, 3, day));
            QVERIFY2(made, qPrintable(made.failure().text()));
            QVERIFY(made->endsWith(QStringLiteral("team-2026-03-0%1.sqlite").arg(day)));
            auto again = daily.runIfDue(QDate(2026, 3, day));
            QVERIFY(again && again->isEmpty()); // one per day
        }
        const auto kept = DailyBackup::backupsIn(daily.folder(), db->path());
        QCOMPARE(kept.size(), 3);
        QCOMPARE(kept.first().fileName(), QStringLiteral("team-2026-03-05.sqlite"));
        QCOMPARE(kept.last().fileName(), QStringLiteral("team-2026-03-03.sqlite"));
        QCOMPARE(
            scalar(*db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'backup'"))
                .toInt(),
            5);

        // The latest good one skips a damaged newest backup.
        corrupt(kept.first().absoluteFilePath());
        const QString good = DailyBackup::latestGoodBackup(daily.folder(), db->path());
        QVERIFY2(good.endsWith(QStringLiteral("team-2026-03-04.sqlite")), qPrintable(good));
    }

    void theBackupIsMadeOnAWorkerWhileTheWindowWrites()
    {
        QTemporaryDir dir;
        auto db = databaseWithChildren(dir.filePath(QStringLiteral("busy.sqlite")), 200);
        SettingsStore settings(*db);
        AuditLog audit(*db, UserContext{QStringLiteral("admin"), UserRole::Administrator});
        const DailyBackup daily(*db, settings, audit);
        const QString target = daily.dueTarget(QDate(2026, 3, 9));
        QVERIFY(target.endsWith(QStringLiteral("busy-2026-03-09.sqlite")));
        Status made;
        std::thread worker([&] { made = DailyBackup::writeAndRotate(db->path(), target, 14); });
        // The window goes on saving meanwhile, on its own connection.
        for (int i = 0; i < 50; ++i)
            QVERIFY(settings.setValue(QStringLiteral("note.%1").arg(i), QStringLiteral("x")));
        worker.join();
        QVERIFY2(made, qPrintable(made.failure().text()));
        auto report = DatabaseBackup::validate(target);
        QVERIFY(report && report->ok);
        QCOMPARE(scalarAt(target, QStringLiteral("SELECT COUNT(*) FROM children")).toInt(), 200);
        QVERIFY(daily.recordMade(target));
        QCOMPARE(
            scalar(*db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'backup'"))
                .toInt(),
            1);
        QVERIFY(daily.dueTarget(QDate(2026, 3, 9)).isEmpty()); // one a day
    }

    void writesWaitForTheStartCheck()
    {
        QTemporaryDir dir;
        auto db = databaseWithChildren(dir.filePath(QStringLiteral("held.sqlite")), 3);
        SettingsStore settings(*db);
        std::promise<Status> verdict;
        QVERIFY(db->holdWritesFor(verdict.get_future().share()));
        // Reads go on while the check runs.
        QCOMPARE(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM children")).toInt(), 3);
        std::thread check([&verdict] {
            std::this_thread::sleep_for(std::chrono::milliseconds(150));
            verdict.set_value({});
        });
        QElapsedTimer waited;
        waited.start();
        {
            SqlTransaction tx(*db);
            QVERIFY2(tx.begun(), qPrintable(tx.begun().failure().text()));
            QVERIFY(waited.elapsed() >= 100); // a save waited for the verdict
            QVERIFY(tx.commit());
        }
        check.join();
        QVERIFY(settings.setValue(QStringLiteral("after"), QStringLiteral("yes")));
        QCOMPARE(settings.value(QStringLiteral("after")), QStringLiteral("yes"));
    }

    void aFailedStartCheckStopsEveryWrite()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("damaged.sqlite"));
        auto db = databaseWithChildren(path, 3);
        SettingsStore settings(*db);
        AuditLog audit(*db, UserContext{QStringLiteral("admin"), UserRole::Administrator});
        const int auditBefore =
            scalar(*db, QStringLiteral("SELECT COUNT(*) FROM audit_log")).toInt();
        std::promise<Status> verdict;
        verdict.set_value(Failure{QStringLiteral("damaged: page 7 is never used"), path});
        QVERIFY(db->holdWritesFor(verdict.get_future().share()));
        SqlTransaction tx(*db);
        QVERIFY(!tx.begun());
        QCOMPARE(tx.begun().failure().message, QStringLiteral("damaged: page 7 is never used"));
        QVERIFY(!settings.setValue(QStringLiteral("x"), QStringLiteral("1")));
        AuditEntry paper;
        paper.action = QStringLiteral("export");
        paper.entity = QStringLiteral("report");
        paper.summary = QStringLiteral("a paper");
        QVERIFY(!audit.append(paper));
        // Not even a write that asks nobody gets through: the connection is query-only.
        QVERIFY(!tryExec(*db, QStringLiteral("DELETE FROM settings")).isEmpty());
        QVERIFY(settings.value(QStringLiteral("x")).isEmpty());
        QCOMPARE(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM audit_log")).toInt(),
                 auditBefore);
        QCOMPARE(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM children")).toInt(), 3);
    }

    void theHeaderCheckIsInstantAndTheQuickCheckFindsDamage()
    {
        // Why the start checks pages in the background: the header alone says nothing of them.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("pages.sqlite"));
        databaseWithChildren(path, 400).reset();
        corrupt(path);
        auto header = IntegrityCheck::run(path, IntegrityCheck::Depth::Header);
        QVERIFY(header && header->ok);
        QCOMPARE(header->schemaVersion, Database::latestSchemaVersion());
        auto quick = IntegrityCheck::run(path, IntegrityCheck::Depth::Quick);
        QVERIFY(quick && !quick->ok);
    }
};

QTEST_GUILESS_MAIN(TestBackupRecovery)
#include "tst_backuprecovery.moc"
