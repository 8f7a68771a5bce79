// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Crash safety: the program is killed with SIGKILL during a real `lachealth import`, during a
// save loop and during one very large write; each time `lachealth check` must pass and the
// interrupted work must be there entirely or not at all. A newer-version database, a
// read-only file and a full disk each give a clear message and lose nothing.
#include "TrustTestSupport.h"

#include "data/IntegrityCheck.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QThread>

#include <csignal>
#include <sys/mount.h>
#include <unistd.h>

using namespace lac;
using namespace lac::trust;

namespace {

const QString lachealth = QStringLiteral(LACHEALTH_EXECUTABLE);
const QString writer = QStringLiteral(TRUST_CRASH_WRITER);

QString ssda903Corpus()
{
    // Carried in the repository (tests/data/README.md), so a fresh clone has it.
    return QStringLiteral(LACHEALTH_TEST_DATA_DIR "/ssda903-fake");
}

/// `lachealth check --db path`: exit code and output.
std::pair<int, QString> runCheck(const QString& path)
{
    QProcess p;
    p.start(lachealth, {QStringLiteral("check"), QStringLiteral("--db"), path});
    p.waitForFinished(60000);
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError())};
}

void sigkill(QProcess& p)
{
    // A child that has already finished has no process id (0), and kill(0, …) would kill this
    // test's whole process group, ctest included.
    const pid_t pid = pid_t(p.processId());
    if (p.state() != QProcess::NotRunning && pid > 0)
        ::kill(pid, SIGKILL);
    p.waitForFinished(10000);
}

/// Waits until the child prints a line starting with \a prefix; false on timeout or exit.
bool waitForLine(QProcess& p, const QByteArray& prefix, int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    QByteArray seen;
    while (t.elapsed() < timeoutMs) {
        if (!p.waitForReadyRead(200) && p.state() != QProcess::Running)
            return false;
        seen += p.readAllStandardOutput();
        for (const QByteArray& line : seen.split('\n')) {
            if (line.startsWith(prefix))
                return true;
        }
    }
    return false;
}

bool isRoot()
{
    return ::geteuid() == 0;
}

/// A small tmpfs mounted for one test (root only), unmounted when the test ends.
class SmallDisk
{
public:
    explicit SmallDisk(const QString& size)
    {
        if (!isRoot() || !m_dir.isValid())
            return;
        const QByteArray options = "size=" + size.toUtf8();
        m_mounted = ::mount("tmpfs", QFile::encodeName(m_dir.path()).constData(), "tmpfs", 0,
                            options.constData()) == 0;
    }
    ~SmallDisk()
    {
        if (m_mounted)
            ::umount2(QFile::encodeName(m_dir.path()).constData(), MNT_DETACH);
    }
    bool mounted() const { return m_mounted; }
    QString path() const { return m_dir.path(); }
    bool setReadOnly(bool readOnly)
    {
        return ::mount(nullptr, QFile::encodeName(m_dir.path()).constData(), nullptr,
                       MS_REMOUNT | (readOnly ? MS_RDONLY : 0), nullptr) == 0;
    }

private:
    QTemporaryDir m_dir;
    bool m_mounted = false;
};

} // namespace

class TestCrashSafety : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void killDuringImport()
    {
        const QString ssda903 = ssda903Corpus();
        QVERIFY2(QFileInfo::exists(ssda903 + QStringLiteral("/episodes.csv")),
                 "the synthetic SSDA903 corpus is missing from tests/data");
        QTemporaryDir dir;
        // A complete import first, for the "all" figures.
        const QString full = dir.filePath(QStringLiteral("full.sqlite"));
        const QStringList importArgs{QStringLiteral("import"),
                                     QStringLiteral("--ssda903"),
                                     ssda903,
                                     QStringLiteral("--skip-invalid"),
                                     QStringLiteral("--rejected"),
                                     dir.filePath(QStringLiteral("rejected"))};
        QProcess complete;
        QElapsedTimer timer;
        timer.start();
        complete.start(lachealth, QStringList(importArgs) << QStringLiteral("--db") << full);
        QVERIFY(complete.waitForFinished(120000));
        const qint64 importMs = timer.elapsed();
        const int allChildren =
            scalarAt(full, QStringLiteral("SELECT COUNT(*) FROM children")).toInt();
        const int allEpisodes =
            scalarAt(full, QStringLiteral("SELECT COUNT(*) FROM episodes")).toInt();
        QVERIFY2(allChildren > 1000,
                 qPrintable(QString::fromUtf8(complete.readAllStandardError())));

        int none = 0;
        int all = 0;
        const int runs = 8;
        for (int run = 0; run < runs; ++run) {
            const QString path = dir.filePath(QStringLiteral("killed%1.sqlite").arg(run));
            // Open it first so the kill lands in the import, not in creating the schema.
            QVERIFY(Database::open(path));
            QProcess p;
            p.start(lachealth, QStringList(importArgs) << QStringLiteral("--db") << path);
            QVERIFY(p.waitForStarted());
            if (run % 2 == 0) {
                // Spread these kills over the import's running time.
                QTest::qWait(int(importMs * (run + 2) / (runs + 2)));
            } else {
                // These wait until the import's write is under way (its write-ahead log is
                // growing), so the kill lands inside the transaction.
                const qint64 threshold = 64 * 1024 * (run + 1);
                QElapsedTimer wait;
                wait.start();
                while (QFileInfo(path + QStringLiteral("-wal")).size() < threshold &&
                       p.state() == QProcess::Running && wait.elapsed() < 60000)
                    QThread::usleep(500);
            }
            sigkill(p);
            const auto [code, output] = runCheck(path);
            QVERIFY2(code == 0, qPrintable(output));
            const int children =
                scalarAt(path, QStringLiteral("SELECT COUNT(*) FROM children")).toInt();
            const int episodes =
                scalarAt(path, QStringLiteral("SELECT COUNT(*) FROM episodes")).toInt();
            QVERIFY2((children == 0 && episodes == 0) ||
                         (children == allChildren && episodes == allEpisodes),
                     qPrintable(QStringLiteral("run %1: %2 children, %3 episodes")
                                    .arg(run)
                                    .arg(children)
                                    .arg(episodes)));
            (children == 0 ? none : all) += 1;
        }
        qInfo("kill during import: %d runs, %d left nothing, %d complete (import takes %lld ms)",
              runs, none, all, importMs);
    }

    void killDuringSaveLoop()
    {
        QTemporaryDir dir;
        int totalSaves = 0;
        for (int run = 0; run < 5; ++run) {
            const QString path = dir.filePath(QStringLiteral("save%1.sqlite").arg(run));
            QProcess p;
            p.start(writer, {QStringLiteral("save"), path});
            QVERIFY(waitForLine(p, "saved 100", 60000));
            QTest::qWait(int(QRandomGenerator::global()->bounded(50, 400)));
            sigkill(p);
            const auto [code, output] = runCheck(path);
            QVERIFY2(code == 0, qPrintable(output));
            const int children =
                scalarAt(path, QStringLiteral("SELECT COUNT(*) FROM children")).toInt();
            const int audited =
                scalarAt(path, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE "
                                              "entity = 'children'"))
                    .toInt();
            // Every save is a child and its audit entry, together or not at all.
            QVERIFY(children >= 100);
            QCOMPARE(audited, children);
            QCOMPARE(scalarAt(path, QStringLiteral("SELECT MAX(id) FROM children")).toInt(),
                     children);
            totalSaves += children;
        }
        qInfo("kill during save loop: 5 runs, %d saves kept, each child with its audit entry",
              totalSaves);
    }

    void killDuringOneLargeWrite()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("large.sqlite"));
        QProcess p;
        p.start(writer, {QStringLiteral("import"), path, QStringLiteral("200000")});
        QVERIFY(waitForLine(p, "progress 20000", 120000));
        sigkill(p);
        const auto [code, output] = runCheck(path);
        QVERIFY2(code == 0, qPrintable(output));
        QCOMPARE(scalarAt(path, QStringLiteral("SELECT COUNT(*) FROM children")).toInt(), 0);
        QCOMPARE(scalarAt(path, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE entity = "
                                               "'children'"))
                     .toInt(),
                 0);
    }

    void newerVersionIsRefusedUntouched()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("newer.sqlite"));
        {
            auto db = Database::open(path);
            QVERIFY(db);
            addChild(*db.value(), QStringLiteral("N1"), QStringLiteral("Nia"),
                     QStringLiteral("Evans"), QStringLiteral("2014-02-02"));
            QVERIFY(tryExec(*db.value(), QStringLiteral("PRAGMA user_version = 999")).isEmpty());
        }
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray before = f.readAll();
        f.close();
        auto refused = Database::open(path);
        QVERIFY(!refused);
        QVERIFY(refused.failure().message.contains(QStringLiteral("newer version")));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), before);
        const auto [code, output] = runCheck(path);
        QCOMPARE(code, 1);
        QVERIFY2(output.contains(QStringLiteral("newer version")), qPrintable(output));
    }

    void readOnlyFileGivesAClearMessage()
    {
        SmallDisk disk(QStringLiteral("8m"));
        if (!disk.mounted())
            QSKIP("needs root to mount a tmpfs and remount it read-only (as root, file "
                  "permissions alone do not stop writes)");
        const QString path = disk.path() + QStringLiteral("/ro.sqlite");
        {
            auto db = Database::open(path);
            QVERIFY(db);
            addChild(*db.value(), QStringLiteral("R1"), QStringLiteral("Rhys"),
                     QStringLiteral("Ap"), QStringLiteral("2013-03-03"));
        }
        QVERIFY(disk.setReadOnly(true));
        auto refused = Database::open(path);
        QVERIFY(!refused);
        QVERIFY2(refused.failure().message.contains(QStringLiteral("read-only")),
                 qPrintable(refused.failure().text()));
        // Nothing was lost: writable again, the data is all there and sound.
        QVERIFY(disk.setReadOnly(false));
        QCOMPARE(scalarAt(path, QStringLiteral("SELECT case_id FROM children")).toString(),
                 QStringLiteral("R1"));
        auto report = IntegrityCheck::run(path, IntegrityCheck::Depth::Full);
        QVERIFY(report && report->ok);
    }

    void fullDiskGivesAClearMessageAndLosesNothing()
    {
        SmallDisk disk(QStringLiteral("3m"));
        if (!disk.mounted())
            QSKIP("needs root to mount a small tmpfs to fill");
        const QString path = disk.path() + QStringLiteral("/full.sqlite");
        auto db = Database::open(path);
        QVERIFY2(db, qPrintable(db.failure().text()));
        addChild(*db.value(), QStringLiteral("F1"), QStringLiteral("Fay"), QStringLiteral("Full"),
                 QStringLiteral("2012-01-01"));
        // One transaction that cannot fit on the disk.
        QVERIFY(tryExec(*db.value(), QStringLiteral("BEGIN")).isEmpty());
        QString error;
        for (int i = 0; i < 20000 && error.isEmpty(); ++i) {
            error = tryExec(*db.value(),
                            QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?)"),
                            {QStringLiteral("filler.%1").arg(i), QString(2000, QLatin1Char('z'))});
        }
        QVERIFY2(!error.isEmpty(), "the disk never filled");
        tryExec(*db.value(), QStringLiteral("ROLLBACK"));
        // The plain message the services pass on.
        AuditLog audit(*db.value(), UserContext{QStringLiteral("t"), UserRole::HealthAdmin});
        QVERIFY(tryExec(*db.value(), QStringLiteral("BEGIN")).isEmpty());
        Status last;
        for (int i = 0; i < 20000 && last.ok(); ++i) {
            AuditEntry e;
            e.action = QStringLiteral("update");
            e.entity = QStringLiteral("children");
            e.summary = QString(2000, QLatin1Char('y'));
            last = audit.append(e);
        }
        QVERIFY(!last.ok());
        QVERIFY2(last.failure().message.contains(QStringLiteral("disk is full")),
                 qPrintable(last.failure().message));
        tryExec(*db.value(), QStringLiteral("ROLLBACK"));
        db.value().reset();
        // Nothing lost, nothing half-written.
        QCOMPARE(scalarAt(path, QStringLiteral("SELECT case_id FROM children")).toString(),
                 QStringLiteral("F1"));
        QCOMPARE(scalarAt(path,
                          QStringLiteral("SELECT COUNT(*) FROM settings WHERE key LIKE 'filler.%'"))
                     .toInt(),
                 0);
        auto report = IntegrityCheck::run(path, IntegrityCheck::Depth::Full);
        QVERIFY(report && report->ok);
    }
};

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "tst_crashsafety.moc"
