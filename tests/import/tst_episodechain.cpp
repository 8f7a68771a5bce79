// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/EpisodeChain.h"

#include <QTest>

using namespace lac;

namespace {

QDate d(const char* iso)
{
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

/// "start..end/RNE/REC" per episode, e.g. "2020-01-01..2020-02-01/S/X1"; an empty end is open.
QList<ChainEpisode> chain(const QStringList& specs)
{
    QList<ChainEpisode> out;
    qint64 line = 2;
    for (const QString& spec : specs) {
        const QStringList parts = spec.split(QLatin1Char('/'));
        const QStringList span = parts.at(0).split(QStringLiteral(".."));
        out << ChainEpisode{QDate::fromString(span.at(0), Qt::ISODate),
                            QDate::fromString(span.value(1), Qt::ISODate),
                            parts.value(1),
                            parts.value(2),
                            line++,
                            -1};
    }
    return out;
}

/// "start..end/window" per period.
QStringList describe(const QList<DerivedPeriod>& periods)
{
    QStringList out;
    for (const auto& p : periods)
        out << QStringLiteral("%1..%2/%3")
                   .arg(p.start.toString(Qt::ISODate), p.end.toString(Qt::ISODate),
                        p.startedInWindow ? QStringLiteral("in") : QStringLiteral("before"));
    return out;
}

QStringList list(std::initializer_list<const char*> items)
{
    QStringList out;
    for (const char* i : items)
        out << QString::fromLatin1(i);
    return out;
}

} // namespace

class TestEpisodeChain : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void derive_data()
    {
        QTest::addColumn<QStringList>("episodes");
        QTest::addColumn<QStringList>("periods");
        QTest::addColumn<int>("problemLine"); // 0: no problem

        QTest::newRow("one open S episode")
            << list({"2020-01-06../S/"}) << list({"2020-01-06../in"}) << 0;
        QTest::newRow("chain continues across follow-on episodes")
            << list({"2020-01-06..2020-03-01/S/X1", "2020-03-01..2020-06-01/P/X1",
                     "2020-06-01../L/"})
            << list({"2020-01-06../in"}) << 0;
        QTest::newRow("first episode not S: care began before the data")
            << list({"2019-05-01..2020-03-01/P/X1", "2020-03-01../T/"})
            << list({"2019-05-01../before"}) << 0;
        QTest::newRow("ends at the last DEC")
            << list({"2020-01-06..2020-03-01/S/X1", "2020-03-01..2020-04-10/P/E13"})
            << list({"2020-01-06..2020-04-10/in"}) << 0;
        QTest::newRow("S after leaving starts a second period")
            << list({"2020-01-06..2020-03-01/S/E11", "2020-05-01../S/"})
            << list({"2020-01-06..2020-03-01/in", "2020-05-01../in"}) << 0;
        QTest::newRow("S on the day the last ended starts a new period")
            << list({"2020-01-06..2020-03-01/S/E4A", "2020-03-01../S/"})
            << list({"2020-01-06..2020-03-01/in", "2020-03-01../in"}) << 0;
        QTest::newRow("gap without S: new period, began outside what we know")
            << list({"2020-01-06..2020-03-01/S/X1", "2020-04-01../P/"})
            << list({"2020-01-06..2020-03-01/in", "2020-04-01../before"}) << 0;
        QTest::newRow("unsorted input is sorted")
            << list({"2020-03-01../P/", "2020-01-06..2020-03-01/S/X1"}) << list({"2020-01-06../in"})
            << 0;
        QTest::newRow("overlap: starts before the previous ends")
            << list({"2020-01-06..2020-03-01/S/X1", "2020-02-01../P/"}) << QStringList() << 3;
        QTest::newRow("overlap: previous still open")
            << list({"2020-01-06../S/", "2020-02-01../P/"}) << QStringList() << 3;
    }
    void derive()
    {
        QFETCH(QStringList, episodes);
        QFETCH(QStringList, periods);
        QFETCH(int, problemLine);
        auto input = chain(episodes);
        QList<ChainProblem> problems;
        const auto derived = EpisodeChain::derive(input, problems);
        if (problemLine) {
            QCOMPARE(problems.size(), 1);
            QCOMPARE(problems.first().line, qint64(problemLine));
            QCOMPARE(problems.first().column, QStringLiteral("DECOM"));
            QVERIFY(problems.first().reason.startsWith(QStringLiteral("overlapping episodes")));
            QVERIFY(derived.isEmpty());
        } else {
            QVERIFY(problems.isEmpty());
            QCOMPARE(describe(derived), periods);
            for (const auto& e : input)
                QVERIFY(e.period >= 0 && e.period < derived.size());
        }
    }

    void blamesTheFileEpisodeNotTheStoredOne()
    {
        QList<ChainEpisode> input{
            {d("2020-02-01"), QDate(), QStringLiteral("P"), QString(), 7, -1},  // from the file
            {d("2020-01-06"), QDate(), QStringLiteral("S"), QString(), 0, -1}}; // stored, open
        QList<ChainProblem> problems;
        EpisodeChain::derive(input, problems);
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.first().line, qint64(7));
        QVERIFY(problems.first().reason.contains(QStringLiteral("already recorded")));
    }
};

QTEST_GUILESS_MAIN(TestEpisodeChain)
#include "tst_episodechain.moc"
