// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Safe sharing of one SQLite file: WAL on a local disk, a clear message (not a freeze) while
// someone else holds the write lock, and one window per database on one PC.
#include "TrustTestSupport.h"

#include "data/DatabaseInstanceLock.h"
#include "data/SqlTransaction.h"
#include "data/StorageLocation.h"
#include "security/UserAdministration.h"
#include "security/UserDirectory.h"

#include <QElapsedTimer>

using namespace lac;
using namespace lac::trust;

class TestSafeSharing : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void localDiskUsesTheWriteAheadLog()
    {
        QTemporaryDir dir;
        QVERIFY(!StorageLocation::of(dir.filePath(QStringLiteral("x.sqlite"))).isNetwork());
        auto db = Database::open(dir.filePath(QStringLiteral("x.sqlite")));
        QVERIFY(db);
        QCOMPARE(db.value()->journalMode(), Database::JournalMode::WriteAheadLog);
        QVERIFY(db.value()->storageWarning().isEmpty());
        QCOMPARE(scalar(*db.value(), QStringLiteral("PRAGMA journal_mode")).toString(),
                 QStringLiteral("wal"));
    }

    void aNewFileInAMissingFolderIsCheckedWhereItWillBe()
    {
        // The folder does not exist yet: the nearest existing parent decides.
        QTemporaryDir dir;
        QVERIFY(!StorageLocation::of(dir.filePath(QStringLiteral("a/b/c/x.sqlite"))).isNetwork());
    }

    void anotherWriterGivesAClearMessageNotAFreeze()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("shared.sqlite"));
        Database::Options quick;
        quick.busyTimeoutMs = 300;
        auto first = Database::open(path, quick);
        auto second = Database::open(path, quick);
        QVERIFY(first && second);
        auto admin = UserDirectory(*first.value()).signIn(QStringLiteral("admin"));
        QVERIFY(admin);

        // "Another PC" is in the middle of saving.
        QVERIFY(tryExec(*first.value(), QStringLiteral("BEGIN IMMEDIATE")).isEmpty());
        QVERIFY(tryExec(*first.value(), QStringLiteral("INSERT INTO settings VALUES ('a', 'b')"))
                    .isEmpty());

        AuditLog audit(*second.value(), *admin);
        UserAdministration users(*second.value(), audit);
        QElapsedTimer t;
        t.start();
        auto refused = users.add(QStringLiteral("newperson"), {}, UserRole::Viewer);
        const qint64 waited = t.elapsed();
        QVERIFY(!refused);
        QVERIFY2(refused.failure().message.contains(QStringLiteral("someone else")),
                 qPrintable(refused.failure().message));
        QVERIFY(refused.failure().message.contains(QStringLiteral("nothing was changed")));
        QVERIFY2(waited >= 250 && waited < 5000, qPrintable(QString::number(waited)));

        // Once the other save ends, the same call succeeds.
        QVERIFY(tryExec(*first.value(), QStringLiteral("COMMIT")).isEmpty());
        QVERIFY(users.add(QStringLiteral("newperson"), {}, UserRole::Viewer));
    }

    void readersAreNotBlockedByAWriter()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("shared.sqlite"));
        auto first = Database::open(path);
        auto second = Database::open(path);
        QVERIFY(first && second);
        QVERIFY(tryExec(*first.value(), QStringLiteral("BEGIN IMMEDIATE")).isEmpty());
        QVERIFY(tryExec(*first.value(), QStringLiteral("INSERT INTO settings VALUES ('a', 'b')"))
                    .isEmpty());
        QElapsedTimer t;
        t.start();
        QCOMPARE(
            scalar(*second.value(), QStringLiteral("SELECT COUNT(*) FROM settings WHERE key = 'a'"))
                .toInt(),
            0);
        QVERIFY(t.elapsed() < 1000);
        QVERIFY(tryExec(*first.value(), QStringLiteral("ROLLBACK")).isEmpty());
    }

    void oneWindowPerDatabasePerPc()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("team.sqlite"));
        {
            auto first = DatabaseInstanceLock::acquire(path);
            QVERIFY2(first, qPrintable(first.failure().text()));
            auto second = DatabaseInstanceLock::acquire(path);
            QVERIFY(!second);
            QVERIFY(second.failure().message.contains(QStringLiteral("already open")));
            // Another database in the same folder is independent.
            QVERIFY(DatabaseInstanceLock::acquire(dir.filePath(QStringLiteral("other.sqlite"))));
        }
        // Released when the window closes.
        QVERIFY(DatabaseInstanceLock::acquire(path));
        // The lock is per PC: its name carries this PC's name.
        QVERIFY(DatabaseInstanceLock::lockPathFor(path).startsWith(path + QLatin1Char('.')));
        QVERIFY(DatabaseInstanceLock::lockPathFor(path).endsWith(QStringLiteral(".lock")));
    }
};

QTEST_GUILESS_MAIN(TestSafeSharing)
#include "tst_safesharing.moc"
