// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Runs the real `lachealth import` on the malformed file sets under tests/import/malformed:
// each must be refused with exit code 1, name the file and line, and leave every table as it
// was. Also checks the command line itself (usage errors, --json, --dry-run). Its PostgreSQL
// twin does the same against databases on the test server.
#include "ImportTestSupport.h"
#include "support/TestDatabase.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestImportCommand : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_base;
    QString m_baseServerDatabase;  // on the PostgreSQL run: the database copies start from
    QStringList m_serverDatabases; // dropped at the end

    static QString source(const char* relative)
    {
        return QDir(QStringLiteral(LACHEALTH_IMPORT_TESTDATA)).filePath(QLatin1String(relative));
    }

    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    static Run lachealth(const QStringList& arguments)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("USER"), QStringLiteral("importtester")); // who imports
        env.insert(QStringLiteral("USERNAME"), QStringLiteral("importtester"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(LACHEALTH_BINARY),
                QStringList{QStringLiteral("import")} + arguments);
        if (!p.waitForFinished(120000))
            return {};
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2,
                QString::fromUtf8(p.readAllStandardOutput()),
                QString::fromUtf8(p.readAllStandardError())};
    }

    QString copyOfBase(const QString& name)
    {
        if (!m_baseServerDatabase.isEmpty()) {
            const QString copy = QStringLiteral("%1_%2").arg(m_baseServerDatabase, name);
            lac::test::TestDatabase::onServer(
                QStringLiteral("CREATE DATABASE %1 TEMPLATE %2").arg(copy, m_baseServerDatabase));
            m_serverDatabases << copy;
            return lac::test::TestDatabase::serverUri(copy);
        }
        const QString path = m_dir.filePath(name + QStringLiteral(".sqlite"));
        QFile::remove(path);
        return QFile::copy(m_base, path) ? path : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_base = lac::test::TestDatabase::freshLocation(
            m_dir.filePath(QStringLiteral("base.sqlite")), m_baseServerDatabase);
        const Run r = lachealth(
            {QStringLiteral("--db"), m_base, QStringLiteral("--ssda903"), source("data/base")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.startsWith(QStringLiteral("Imported: children: 3 added")));
        QCOMPARE(importtest::scalar(m_base, QStringLiteral("SELECT count(*) FROM episodes")), 4);
    }

    void cleanupTestCase()
    {
        for (const QString& name : m_serverDatabases)
            lac::test::TestDatabase::dropServerDatabase(name);
        if (!m_baseServerDatabase.isEmpty())
            lac::test::TestDatabase::dropServerDatabase(m_baseServerDatabase);
    }

    void malformedFilesAreRefused_data()
    {
        QTest::addColumn<QString>("folder");
        const QDir malformed(source("malformed"));
        const auto cases = malformed.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
        QVERIFY(cases.size() >= 20);
        for (const QString& c : cases)
            QTest::newRow(qPrintable(c)) << malformed.filePath(c);
    }
    void malformedFilesAreRefused()
    {
        QFETCH(QString, folder);
        const QString db = copyOfBase(QFileInfo(folder).fileName());
        QVERIFY(!db.isEmpty());
        const QString before = importtest::dumpTables(db);

        const bool assessments = QFileInfo::exists(folder + QStringLiteral("/assessments.csv"));
        const Run r =
            assessments
                ? lachealth({QStringLiteral("--db"), db, QStringLiteral("--assessments"),
                             folder + QStringLiteral("/assessments.csv")})
                : lachealth({QStringLiteral("--db"), db, QStringLiteral("--ssda903"), folder});
        QCOMPARE(r.exitCode, 1);
        QFile expect(folder + QStringLiteral("/expect.txt"));
        QVERIFY(expect.open(QIODevice::ReadOnly));
        const QStringList wanted =
            QString::fromUtf8(expect.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QVERIFY(!wanted.isEmpty());
        for (const QString& w : wanted)
            QVERIFY2(r.err.contains(w),
                     qPrintable(QStringLiteral("wanted '%1' in:\n%2").arg(w, r.err)));
        QVERIFY(r.err.contains(QStringLiteral("nothing was imported")));
        QCOMPARE(r.out, QString());
        QCOMPARE(importtest::dumpTables(db), before);
    }

    void skipInvalidOnAMalformedSetImportsTheRest()
    {
        const QString db = copyOfBase(QStringLiteral("skip"));
        const QString rejected = m_dir.filePath(QStringLiteral("rejected-overlap"));
        const Run r =
            lachealth({QStringLiteral("--db"), db, QStringLiteral("--ssda903"),
                       source("malformed/unknown_child"), QStringLiteral("--skip-invalid"),
                       QStringLiteral("--rejected"), rejected, QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(o.value(QStringLiteral("children_added")).toInt(), 1);
        QCOMPARE(o.value(QStringLiteral("episodes_added")).toInt(), 1);
        QCOMPARE(o.value(QStringLiteral("rejected")).toInt(), 1);
        QVERIFY(r.err.contains(QStringLiteral("episodes.csv:3: CHILD: 9999: unknown child")));
        QFile file(rejected + QStringLiteral("/episodes.csv"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QStringList lines =
            QString::fromUtf8(file.readAll()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        QVERIFY(lines.at(0).endsWith(QStringLiteral(",URN,problem")));
        QVERIFY(lines.at(1).startsWith(QStringLiteral("9999,01/03/2020,S,C1,")));
        QVERIFY(lines.at(1).contains(QStringLiteral("unknown child")));
    }

    void jsonAndDryRun()
    {
        const QString db = copyOfBase(QStringLiteral("json"));
        const QString before = importtest::dumpTables(db);
        const QString other = m_dir.filePath(QStringLiteral("other"));
        QDir().mkpath(other);
        QFile h(other + QStringLiteral("/header.csv"));
        QVERIFY(h.open(QIODevice::WriteOnly));
        h.write("CHILD,SEX,DOB\n3001,F,2019-01-01\n1001,2,14/02/2013\n");
        h.close();
        QFile e(other + QStringLiteral("/episodes.csv"));
        QVERIFY(e.open(QIODevice::WriteOnly));
        e.write("CHILD,DECOM,RNE,LS,PLACE\n3001,2025-01-06,S,C1,Z11\n");
        e.close();
        const Run dry = lachealth({QStringLiteral("--db"), db, QStringLiteral("--ssda903"), other,
                                   QStringLiteral("--dry-run"), QStringLiteral("--json")});
        QCOMPARE(dry.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(dry.out.toUtf8()).object();
        QCOMPARE(o.value(QStringLiteral("children_added")).toInt(), 1);
        QCOMPARE(o.value(QStringLiteral("children_updated")).toInt(), 1); // SEX 1 -> 2
        QCOMPARE(o.value(QStringLiteral("episodes_added")).toInt(), 1);
        QCOMPARE(o.value(QStringLiteral("episodes_updated")).toInt(), 0);
        QCOMPARE(o.value(QStringLiteral("assessments_added")).toInt(), 0);
        QCOMPARE(o.value(QStringLiteral("rejected")).toInt(), 0);
        QCOMPARE(o.value(QStringLiteral("written")).toBool(), false);
        QCOMPARE(importtest::dumpTables(db), before);

        const Run real =
            lachealth({QStringLiteral("--db"), db, QStringLiteral("--ssda903"), other});
        QCOMPARE(real.exitCode, 0);
        QCOMPARE(real.out.count(QLatin1Char('\n')), 1);
        QVERIFY(real.out.startsWith(QStringLiteral("Imported: children: 1 added, 1 updated")));
        QCOMPARE(importtest::scalar(
                     db, QStringLiteral("SELECT count(*) FROM children WHERE case_id = '1001' "
                                        "AND sex = 'F' AND version = 2")),
                 1);
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("no --db") << QStringList{QStringLiteral("--ssda903"), QStringLiteral("x")};
        QTest::newRow("no source") << QStringList{QStringLiteral("--db"), QStringLiteral("x")};
        QTest::newRow("both sources")
            << QStringList{QStringLiteral("--db"),          QStringLiteral("x"),
                           QStringLiteral("--ssda903"),     QStringLiteral("d"),
                           QStringLiteral("--assessments"), QStringLiteral("f")};
        QTest::newRow("unknown option") << QStringList{QStringLiteral("--db"), QStringLiteral("x"),
                                                       QStringLiteral("--frobnicate")};
    }
    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        const Run r = lachealth(arguments);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.startsWith(QStringLiteral("lachealth: ")));
    }
};

QTEST_GUILESS_MAIN(TestImportCommand)
#include "tst_importcommand.moc"
