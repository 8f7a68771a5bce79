// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Building a demo database file: deterministic for a seed, never over existing data unless
// asked, never a half-built file at the path; and the `lachealth demo` command around it.
#include "DemoTestSupport.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

using namespace lac;
using namespace demotest;

class TestDemoDatabaseBuilder : public QObject
{
    Q_OBJECT

    QTemporaryDir dir;

    QByteArray build(const QString& name, int children, quint32 seed)
    {
        DemoOptions options;
        options.children = children;
        options.seed = seed;
        options.today = testToday();
        const QString path = dir.filePath(name);
        auto built = DemoDatabaseBuilder::build(path, options, false, testUser());
        if (!built)
            qWarning("%s", qPrintable(built.failure().text()));
        if (!built)
            return {};
        auto db = Database::open(path);
        return db ? fingerprint(*db.value()) : QByteArray();
    }

    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    Run lachealth(const QStringList& arguments)
    {
        QProcess p;
        p.start(QStringLiteral(LACHEALTH_BINARY), arguments);
        if (!p.waitForFinished(120000))
            return {};
        return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
                QString::fromUtf8(p.readAllStandardError())};
    }

    QStringList leftovers() const
    {
        return QDir(dir.path()).entryList({QStringLiteral("*.tmp*")}, QDir::Files | QDir::Hidden);
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(dir.isValid()); }

    void sameSeedGivesIdenticalData()
    {
        const QByteArray a = build(QStringLiteral("a.sqlite"), 300, 42);
        const QByteArray b = build(QStringLiteral("b.sqlite"), 300, 42);
        const QByteArray c = build(QStringLiteral("c.sqlite"), 300, 43);
        QVERIFY(!a.isEmpty());
        QCOMPARE(a, b);
        QVERIFY(a != c);
        QVERIFY(leftovers().isEmpty());
    }

    void refusesAFileThatHoldsData()
    {
        const QString path = dir.filePath(QStringLiteral("precious.sqlite"));
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("someone's real data");
        }
        DemoOptions options;
        options.children = 20;
        options.today = testToday();
        auto refused = DemoDatabaseBuilder::build(path, options, false, testUser());
        QVERIFY(!refused);
        QVERIFY(refused.failure().message.contains(QStringLiteral("--replace")));
        QCOMPARE(refused.failure().where, path);
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("someone's real data"));
        f.close();

        auto replaced = DemoDatabaseBuilder::build(path, options, true, testUser());
        QVERIFY2(replaced, qPrintable(replaced.failure().text()));
        auto db = Database::open(path);
        QVERIFY(db);
        QCOMPARE(number(*db.value(), QStringLiteral("SELECT count(*) FROM children")), 20.0);
        QVERIFY(leftovers().isEmpty());
    }

    void anEmptyFileMayBeUsed()
    {
        const QString path = dir.filePath(QStringLiteral("empty.sqlite"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        DemoOptions options;
        options.children = 5;
        options.today = testToday();
        QVERIFY(DemoDatabaseBuilder::build(path, options, false, testUser()));
    }

    void commandBuildsAndReports()
    {
        const QString path = dir.filePath(QStringLiteral("cli.sqlite"));
        const Run run = lachealth({QStringLiteral("demo"), QStringLiteral("--db"), path,
                                   QStringLiteral("--children"), QStringLiteral("50"),
                                   QStringLiteral("--seed"), QStringLiteral("9"),
                                   QStringLiteral("--today"), QStringLiteral("2026-06-15")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(run.out.contains(QStringLiteral("50 children")));
        QVERIFY(run.out.contains(QStringLiteral("0 rows changed")));

        const Run again = lachealth({QStringLiteral("demo"), QStringLiteral("--db"), path});
        QCOMPARE(again.exitCode, 1);
        QVERIFY(again.err.contains(path));
        QVERIFY(again.err.contains(QStringLiteral("--replace")));
        QCOMPARE(again.err.count(QLatin1Char('\n')), 1);

        const Run replace = lachealth({QStringLiteral("demo"), QStringLiteral("--db"), path,
                                       QStringLiteral("--children"), QStringLiteral("10"),
                                       QStringLiteral("--replace")});
        QVERIFY2(replace.exitCode == 0, qPrintable(replace.err));
    }

    void reportAuditNamesEachHiddenFigure()
    {
        // `lachealth report --audit`: every hidden count of a board paper with the values the
        // published figures still allow; none may be pinned to one value.
        const QString path = dir.filePath(QStringLiteral("audit.sqlite"));
        const Run built = lachealth({QStringLiteral("demo"), QStringLiteral("--db"), path,
                                     QStringLiteral("--children"), QStringLiteral("400"),
                                     QStringLiteral("--seed"), QStringLiteral("4"),
                                     QStringLiteral("--today"), QStringLiteral("2026-06-15")});
        QVERIFY2(built.exitCode == 0, qPrintable(built.err));
        const Run audit = lachealth(
            {QStringLiteral("report"), QStringLiteral("--db"), path, QStringLiteral("--from"),
             QStringLiteral("2026-01"), QStringLiteral("--to"), QStringLiteral("2026-03"),
             QStringLiteral("--format"), QStringLiteral("html"), QStringLiteral("--audit"),
             QStringLiteral("--as-of"), QStringLiteral("2026-06-15")});
        QVERIFY2(audit.exitCode == 0, qPrintable(audit.err + audit.out));
        const QStringList lines = audit.out.split(u'\n', Qt::SkipEmptyParts);
        QVERIFY2(lines.size() > 5, qPrintable(audit.out));
        QVERIFY(lines.first().startsWith(QStringLiteral("Disclosure audit, January 2026 to "
                                                        "March 2026, counts below 5 hidden")));
        QVERIFY2(audit.out.contains(QStringLiteral("IHAs completed in time, Jan 2026, in area")) ||
                     audit.out.contains(QStringLiteral(", Jan 2026, ")),
                 qPrintable(audit.out.left(2000)));
        QVERIFY(!audit.out.contains(QStringLiteral("CAN BE WORKED OUT")));
        QVERIFY(!audit.out.contains(QStringLiteral("NOT CHECKED")));
        for (int i = 1; i < lines.size(); ++i)
            QVERIFY2(lines.at(i).contains(QStringLiteral("the paper allows")),
                     qPrintable(lines.at(i)));
    }

    void commandUsageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("no --db") << QStringList{QStringLiteral("demo")} << QStringLiteral("--db");
        QTest::newRow("bad children")
            << QStringList{QStringLiteral("demo"), QStringLiteral("--db"),
                           QStringLiteral("x.sqlite"), QStringLiteral("--children"),
                           QStringLiteral("many")}
            << QStringLiteral("--children");
        QTest::newRow("zero children")
            << QStringList{QStringLiteral("demo"), QStringLiteral("--db"),
                           QStringLiteral("x.sqlite"), QStringLiteral("--children"),
                           QStringLiteral("0")}
            << QStringLiteral("--children");
        QTest::newRow("bad seed") << QStringList{QStringLiteral("demo"), QStringLiteral("--db"),
                                                 QStringLiteral("x.sqlite"),
                                                 QStringLiteral("--seed"), QStringLiteral("-1")}
                                  << QStringLiteral("--seed");
        QTest::newRow("bad today")
            << QStringList{QStringLiteral("demo"), QStringLiteral("--db"),
                           QStringLiteral("x.sqlite"), QStringLiteral("--today"),
                           QStringLiteral("2026-02-30")}
            << QStringLiteral("--today");
    }
    void commandUsageErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, mentions);
        const Run run = lachealth(arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(mentions), qPrintable(run.err));
        QVERIFY(!QFile::exists(QStringLiteral("x.sqlite")));
    }
};

QTEST_GUILESS_MAIN(TestDemoDatabaseBuilder)
#include "tst_demodatabasebuilder.moc"
