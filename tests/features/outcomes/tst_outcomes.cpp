// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The health outcomes section: the counts of hand-built cohorts where each percentage is known,
// England's figures file (bundled, an administrator's newer one, and malformed ones refused
// with file:line and the bundled figures used instead), and the section suppressed at a board
// paper's threshold with no hidden count a reader can work out.
#include "outcomes/core/EnglandOutcomes.h"
#include "outcomes/core/OutcomeCounts.h"
#include "outcomes/core/OutcomesReport.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace lac;

namespace {

const Oc2Year year2526{2025};

/// A cohort child born on \a born with the flags given as "HITD" letters (health assessment,
/// immunisations, teeth, development) and an SDQ score (−1: none).
Oc2Row child(QDate born, const char* flags, int sdq = -1)
{
    const QByteArray f(flags);
    Oc2Row r;
    r.child = QStringLiteral("C%1").arg(born.toJulianDay());
    r.dateOfBirth = born;
    r.healthAssessment = f.contains('H');
    r.immunisations = f.contains('I');
    r.teethCheck = f.contains('T');
    if (Oc2Rules::asksHealthCheck(born, year2526))
        r.healthCheck = f.contains('D');
    if (sdq >= 0)
        r.sdqScore = sdq;
    return r;
}

/// A cohort child whose row is all blanks (every field a gap).
Oc2Row gap(QDate born)
{
    Oc2Row r;
    r.child = QStringLiteral("G1");
    r.dateOfBirth = born;
    return r;
}

QByteArray validFile()
{
    return "# England\nformat,1\nsource,Department for Education\n"
           "publication,Children looked after in England: reporting year 2025\n"
           "as_at,2025-03-31\nyear,2024-25\ncohort,58530\nhealth_assessment_pct,90\n"
           "immunisations_pct,84\nteeth_checked_pct,81\ndevelopment_pct,88\n"
           "sdq_received_pct,78\nsdq_average,14.9\nsdq_concern_pct,42\n";
}

/// A county of \a n children aged 10 (born 2015) who all had everything, and one more
/// toddler with nothing: at a threshold of 5 the under 5s (1) are a small count.
QList<Oc2Row> county(int n)
{
    QList<Oc2Row> rows;
    for (int i = 0; i < n; ++i)
        rows << child(QDate(2015, 1, 1).addDays(i), "HIT", 10 + i % 10);
    rows << child(QDate(2023, 6, 1), "");
    return rows;
}

const ReportSectionRow& rowOf(const ReportSection& s, const QString& code)
{
    for (const ReportSectionRow& r : s.tables.first().rows)
        if (r.code == code)
            return r;
    static const ReportSectionRow none;
    return none;
}

} // namespace

class TestOutcomes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void countsACohort_data()
    {
        QTest::addColumn<QList<Oc2Row>>("rows");
        QTest::addColumn<QList<int>>("expected"); // children, H, I, T, <5, D, 5-16, SDQ, 17+
        QTest::addColumn<double>("average");
        // Ages are taken on 31 March 2026.
        QTest::newRow("four children, one of each age group")
            << QList<Oc2Row>{child(QDate(2023, 5, 1), "HITD"),   // 2: under 5, checks up to date
                             child(QDate(2021, 4, 1), "HI"),     // 4: under 5, checks behind
                             child(QDate(2015, 9, 9), "HT", 12), // 10: SDQ 12
                             child(QDate(2009, 4, 1), "H", 20)}  // 16 until 1 April: SDQ 20
            << QList<int>{4, 4, 2, 2, 2, 1, 2, 2, 1} << 16.0;
        QTest::newRow("5 on 31 March is no longer under 5; 17 on 31 March is past the SDQ")
            << QList<Oc2Row>{child(QDate(2021, 3, 31), "T"), child(QDate(2009, 3, 31), "I", 30)}
            << QList<int>{2, 0, 1, 1, 0, 0, 1, 0, 0} << -1.0;
        QTest::newRow("a missing field (a gap in the return) counts as not done")
            << QList<Oc2Row>{gap(QDate(2012, 1, 1))} << QList<int>{1, 0, 0, 0, 0, 0, 1, 0, 0}
            << -1.0;
        QTest::newRow("nobody") << QList<Oc2Row>{} << QList<int>(9, 0) << -1.0;
    }
    void countsACohort()
    {
        QFETCH(QList<Oc2Row>, rows);
        QFETCH(QList<int>, expected);
        QFETCH(double, average);
        const OutcomeCounts c = OutcomeCounts::count(rows, year2526);
        QCOMPARE(c.asAt, QDate(2026, 3, 31));
        QCOMPARE(
            (QList<int>{c.children, c.healthAssessment, c.immunisations, c.teethChecked,
                        c.underFive, c.development, c.fiveToSixteen, c.sdqReceived, c.sdqConcern}),
            expected);
        if (average < 0)
            QVERIFY(!c.sdqAverage());
        else
            QCOMPARE(*c.sdqAverage(), average);
    }

    void theTwelveMonthsToADay()
    {
        const Oc2Span span = Oc2Span::endingOn(QDate(2026, 12, 6));
        QCOMPARE(span.start(), QDate(2025, 12, 7));
        QCOMPARE(span.end(), QDate(2026, 12, 6));
        // The cohort rule is the OC2 one over that span: in care before it began, still in.
        QVERIFY(Oc2Rules::inCohort({{QDate(2025, 1, 1), {}, true, false, false}}, span));
        QVERIFY(!Oc2Rules::inCohort({{QDate(2026, 1, 1), {}, true, false, false}}, span));
    }

    void theBundledEnglandFigures()
    {
        auto e = EnglandOutcomes::bundled();
        QVERIFY2(e, qPrintable(e ? QString() : e.failure().text()));
        QCOMPARE(e->year, QStringLiteral("2024-25"));
        QCOMPARE(e->asAt, QDate(2025, 3, 31));
        QCOMPARE(e->cohort, 58530);
        QCOMPARE(e->healthAssessmentPct, 90.0);
        QCOMPARE(e->immunisationsPct, 84.0);
        QCOMPARE(e->teethCheckedPct, 81.0);
        QCOMPARE(e->developmentPct, 88.0);
        QCOMPARE(e->sdqReceivedPct, 78.0);
        QCOMPARE(e->sdqAverage, 14.9);
        QCOMPARE(e->sdqConcernPct, 42.0);
        QCOMPARE(e->substanceMisusePct.value_or(-1), 3.0);
        QVERIFY(e->source.contains(QStringLiteral("Department for Education")));
    }

    void refusesAMalformedEnglandFile_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("where");
        QTest::addColumn<QString>("says");
        QByteArray f = validFile();
        QTest::newRow("a percentage over 100")
            << QByteArray(f).replace("teeth_checked_pct,81", "teeth_checked_pct,181")
            << QStringLiteral("e.csv:10") << QStringLiteral("from 0 to 100");
        QTest::newRow("a word for a number")
            << QByteArray(f).replace("cohort,58530", "cohort,lots") << QStringLiteral("e.csv:7")
            << QStringLiteral("whole number");
        QTest::newRow("a line without a comma")
            << QByteArray(f).replace("sdq_average,14.9", "sdq_average 14.9")
            << QStringLiteral("e.csv:13") << QStringLiteral("key,value");
        QTest::newRow("an unknown key")
            << QByteArray(f).replace("immunisations_pct", "immunisation_pct")
            << QStringLiteral("e.csv:9") << QStringLiteral("unknown key");
        QTest::newRow("a key twice") << f + "cohort,1\n"
                                     << QStringLiteral("e.csv:15") << QStringLiteral("twice");
        QTest::newRow("a missing figure")
            << QByteArray(f).replace("development_pct,88\n", "") << QStringLiteral("e.csv")
            << QStringLiteral("'development_pct' is missing");
        QTest::newRow("31 March of another year")
            << QByteArray(f).replace("as_at,2025-03-31", "as_at,2024-03-31")
            << QStringLiteral("e.csv:5") << QStringLiteral("31 March");
        QTest::newRow("a later format") << QByteArray(f).replace("format,1", "format,2")
                                        << QStringLiteral("e.csv:2") << QStringLiteral("format 2");
        QTest::newRow("an SDQ average over 40")
            << QByteArray(f).replace("sdq_average,14.9", "sdq_average,41")
            << QStringLiteral("e.csv:13") << QStringLiteral("from 0 to 40");
    }
    void refusesAMalformedEnglandFile()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, where);
        QFETCH(QString, says);
        QVERIFY(EnglandOutcomes::parse(validFile(), QStringLiteral("e.csv")));
        auto e = EnglandOutcomes::parse(text, QStringLiteral("e.csv"));
        QVERIFY(!e);
        QCOMPARE(e.failure().where, where);
        QVERIFY2(e.failure().message.contains(says), qPrintable(e.failure().message));
    }

    void anAdministratorsFileReplacesTheBundledOneOrIsRefusedAloud()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("england-outcomes.csv"));
        // None there: the bundled figures, nothing to say.
        EnglandOutcomesLoaded none = EnglandOutcomes::load(path);
        QVERIFY(none.figures && none.problem.isEmpty());
        QCOMPARE(none.figures->year, QStringLiteral("2024-25"));

        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(validFile())
                       .replace("2024-25", "2025-26")
                       .replace("2025-03-31", "2026-03-31")
                       .replace("teeth_checked_pct,81", "teeth_checked_pct,79.5"));
        file.close();
        EnglandOutcomesLoaded newer = EnglandOutcomes::load(path);
        QVERIFY(newer.problem.isEmpty());
        QCOMPARE(newer.figures->year, QStringLiteral("2025-26"));
        QCOMPARE(newer.figures->teethCheckedPct, 79.5);

        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(validFile()).replace("immunisations_pct,84", "immunisations_pct,"));
        file.close();
        EnglandOutcomesLoaded bad = EnglandOutcomes::load(path);
        QCOMPARE(bad.figures->year, QStringLiteral("2024-25")); // the bundled ones
        QVERIFY2(bad.problem.contains(QDir::toNativeSeparators(path) + QStringLiteral(":9")),
                 qPrintable(bad.problem));
        QVERIFY(bad.problem.contains(QStringLiteral("bundled")));
        // ... and the section says so under its table, where the figures are printed.
        const OutcomeCounts c = OutcomeCounts::count(county(10), year2526);
        const ReportSection s = OutcomesReport::section(c, c, bad, 0);
        QVERIFY(s.paragraphs.last().contains(QStringLiteral(":9")));
    }

    void printsEachShareBesideEngland()
    {
        // Ten ten-year-olds with everything and SDQs 10 to 19, and a toddler with nothing.
        const OutcomeCounts year = OutcomeCounts::count(county(10), year2526);
        const OutcomeCounts today =
            OutcomeCounts::count(county(10).mid(0, 8), Oc2Span::endingOn(QDate(2026, 12, 6)));
        const ReportSection s =
            OutcomesReport::section(year, today, EnglandOutcomes::load(QString()), 0);
        QCOMPARE(s.tables.size(), 1);
        QCOMPARE(s.tables.first().columns, (QStringList{QStringLiteral("Year to 31 Mar 2026"),
                                                        QStringLiteral("Year to 6 Dec 2026"),
                                                        QStringLiteral("England 2024-25")}));
        QCOMPARE(s.tables.first().columnKeys,
                 (QStringList{QStringLiteral("2025-04/2026-03"), QStringLiteral("2026-12-06"),
                              QString()}));
        const auto cells = [&s](const char* code) { return rowOf(s, QLatin1String(code)).cells; };
        QCOMPARE(cells("outcomes_children"),
                 (QStringList{QStringLiteral("11"), QStringLiteral("8"), QStringLiteral("58530")}));
        QCOMPARE(
            cells("outcomes_health_assessment_pct"),
            (QStringList{QStringLiteral("90.9"), QStringLiteral("100.0"), QStringLiteral("90")}));
        QCOMPARE(cells("outcomes_development_pct"),
                 (QStringList{QStringLiteral("0.0"), QStringLiteral("–"), QStringLiteral("88")}));
        QCOMPARE(
            cells("outcomes_sdq_received_pct"),
            (QStringList{QStringLiteral("100.0"), QStringLiteral("100.0"), QStringLiteral("78")}));
        // Scores 10..19: average 14.5, three of ten 17 or more; today 10..17: 13.5, one of 8.
        QCOMPARE(
            cells("outcomes_sdq_average"),
            (QStringList{QStringLiteral("14.5"), QStringLiteral("13.5"), QStringLiteral("14.9")}));
        QCOMPARE(
            cells("outcomes_sdq_concern_pct"),
            (QStringList{QStringLiteral("30.0"), QStringLiteral("12.5"), QStringLiteral("42")}));
        QVERIFY(s.leak.isEmpty());
        QCOMPARE(s.charts.size(), 1);
        QCOMPARE(s.charts.first().series.size(), 3);
        QCOMPARE(s.charts.first().series.at(2).points.at(0).value.value_or(-1), 90.0);
    }

    void thePaperHidesSmallCountsAndTheirShares()
    {
        const OutcomeCounts year = OutcomeCounts::count(county(10), year2526);
        const ReportSection s =
            OutcomesReport::section(year, year, EnglandOutcomes::load(QString()), 5);
        const auto cell = [&s](const char* code) {
            return rowOf(s, QLatin1String(code)).cells.at(0);
        };
        // One toddler: the under 5s are "<5", and their share is not printed.
        QCOMPARE(cell("outcomes_under5"), QStringLiteral("<5"));
        QCOMPARE(cell("outcomes_development_pct"), QStringLiteral("*"));
        // The cohort less the ten with everything is one child: 10 of 11 would give it away,
        // so those counts cannot all be shown, nor their shares.
        const QString children = cell("outcomes_children");
        const QString assessed = cell("outcomes_health_assessment");
        QVERIFY(children == QStringLiteral("*") || assessed == QStringLiteral("*"));
        QCOMPARE(cell("outcomes_health_assessment_pct"), QStringLiteral("*"));
        QVERIFY2(s.leak.isEmpty(), qPrintable(s.leak));
        QVERIFY(!s.auditLines.isEmpty());
        // England's column is never suppressed: it is not ours.
        QCOMPARE(rowOf(s, QStringLiteral("outcomes_development_pct")).cells.at(2),
                 QStringLiteral("88"));
        // The chart marks hidden shares as hidden, not as 0.
        QVERIFY(s.charts.first().series.at(0).points.at(0).hidden);
    }

    void anAverageOfFewScoresIsNotPrinted()
    {
        QList<Oc2Row> rows = county(0);
        for (int i = 0; i < 20; ++i)
            rows << child(QDate(2014, 1, 1).addDays(i), "HIT", i < 3 ? 25 : -1);
        const OutcomeCounts c = OutcomeCounts::count(rows, year2526);
        QCOMPARE(c.sdqReceived, 3);
        const ReportSection s = OutcomesReport::section(c, c, EnglandOutcomes::load(QString()), 5);
        QCOMPARE(rowOf(s, QStringLiteral("outcomes_sdq_received")).cells.at(0),
                 QStringLiteral("<5"));
        QCOMPARE(rowOf(s, QStringLiteral("outcomes_sdq_average")).cells.at(0), QStringLiteral("*"));
        QVERIFY(s.leak.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestOutcomes)
#include "tst_outcomes.moc"
