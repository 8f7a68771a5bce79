// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// A public paper's table is laid out from the figures before suppression (BoardTableLayout):
// a small county's rows are given at the level where they are not mostly counts of 1 to 4,
// a large county keeps every split and month. The rule as worked examples, what the paper
// then prints and hides, and what its method box says.
#include "MonthRowsReport.h"
#include "reporting/BoardPaperText.h"
#include "reporting/BoardTableLayout.h"
#include "reporting/EarlierPaper.h"
#include "reporting/PublishedReport.h"

#include <QJsonArray>
#include <QTest>

using namespace lac;
using lac::test::MonthRows;
using lac::test::report;
using lac::test::strayMonthsBeforeTheData;
using I = ReportIndicator;
using L = LocationColumn;

namespace {

using Rows = QList<ReportIndicator>;

/// Twelve months of a large county: hundreds a month, in area and out.
TimelinessReport largeCounty()
{
    MonthRows rows;
    for (int m = 0; m < 12; ++m)
        rows << QMap<I, QPair<int, int>>{{I::IhaInTime, {40 + m, 20}},
                                         {I::IhaLate, {12, 6 + m}},
                                         {I::RhaInTime, {300, 150 + m}},
                                         {I::RhaLate, {60 + m, 30}}};
    return report(rows);
}

/// The same county, but only 3 RHAs late out of area all year (in March).
TimelinessReport largeCountyFewLateOutOfArea()
{
    TimelinessReport r = largeCounty();
    for (int m = 0; m < 12; ++m) {
        const int out = m == 2 ? 3 : 0;
        r.months[m][I::RhaDue].outOfArea += out - r.months[m][I::RhaLate].outOfArea;
        r.months[m][I::RhaLate].outOfArea = out;
    }
    return r;
}

/// A quarter of a 400-children county: a handful entering care each month, most late
/// counts 1 to 4, and few placed out of area.
TimelinessReport smallCountyQuarter()
{
    return report({{{I::IhaInTime, {5, 1}},
                    {I::IhaLate, {2, 0}},
                    {I::RhaInTime, {20, 9}},
                    {I::RhaLate, {3, 1}}},
                   {{I::IhaInTime, {4, 2}},
                    {I::IhaLate, {1, 1}},
                    {I::RhaInTime, {18, 8}},
                    {I::RhaLate, {2, 2}}},
                   {{I::IhaInTime, {6, 1}},
                    {I::IhaLate, {3, 0}},
                    {I::IhaPending, {2, 0}},
                    {I::RhaInTime, {22, 7}},
                    {I::RhaLate, {4, 0}},
                    {I::RhaPending, {5, 2}}}});
}

} // namespace

class TestBoardTableLayout : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rule_data()
    {
        QTest::addColumn<TimelinessReport>("figures");
        QTest::addColumn<Rows>("periodOnly");
        QTest::addColumn<Rows>("unsplit");
        QTest::addColumn<Rows>("splitByMonth");
        // Nothing from 1 to 4 anywhere: every row by month, split for the year and by month.
        QTest::newRow("large county")
            << largeCounty() << Rows{} << Rows{}
            << Rows{I::EnteredCare, I::IhaInTime, I::IhaLate, I::RhaInTime, I::RhaLate};
        // 3 RHAs late out of area in the year: that row, and the RHAs due that would give it
        // back, are given for all children; every other split stays, by month too.
        QTest::newRow("large county, a small part")
            << largeCountyFewLateOutOfArea() << Rows{} << Rows{I::RhaDue, I::RhaLate}
            << Rows{I::EnteredCare, I::IhaInTime, I::IhaLate, I::RhaInTime};
        // Entries of 8, 7, 12: by month. IHAs in time 6, 6, 7: by month. IHAs late 2, 2, 3
        // and RHAs late 4, 4, 4: for the quarter only; not yet due 0, 0, 2 (IHAs) and 0, 0, 7
        // (RHAs): a third of the months small, and one in three is a third.
        // Split for the quarter: IHAs in time 15 / 4 and late 6 / 1 (small), not yet due 2 / 0
        // (small); RHAs late 9 / 3 (small), not yet due 5 / 2 (small); entries 21 / 6.
        QTest::newRow("small county quarter")
            << smallCountyQuarter() << Rows{I::IhaLate, I::IhaPending, I::RhaLate}
            << Rows{I::IhaDue, I::IhaInTime, I::IhaLate,   I::IhaPending,
                    I::RhaDue, I::RhaLate,   I::RhaPending}
            << Rows{I::RhaInTime};
    }

    void rule()
    {
        QFETCH(TimelinessReport, figures);
        QFETCH(Rows, periodOnly);
        QFETCH(Rows, unsplit);
        QFETCH(Rows, splitByMonth);
        const BoardTableLayout layout = BoardTableLayout::choose(figures, 5);
        QCOMPARE(layout.periodOnlyRows(), periodOnly);
        QCOMPARE(layout.unsplitRows(), unsplit);
        QCOMPARE(layout.splitByMonthRows(), splitByMonth);
    }

    void thePaperPrintsTheLayout_data() { rule_data(); }

    void thePaperPrintsTheLayout()
    {
        QFETCH(TimelinessReport, figures);
        QFETCH(Rows, periodOnly);
        QFETCH(Rows, unsplit);
        QFETCH(Rows, splitByMonth);
        const PublishedReport p(figures, 5);
        const int period = p.periodColumn();
        for (I ind : allReportIndicators()) {
            const bool byMonth = !periodOnly.contains(ind) && ind != I::IhaDue &&
                                 ind != I::RhaDue && ind != I::IhaRequestsInTime;
            QCOMPARE(p.isPrinted(0, ind, L::Total), byMonth);
            QCOMPARE(p.isPrinted(0, ind, L::InArea), splitByMonth.contains(ind));
            QCOMPARE(p.isPrinted(period, ind, L::Total), true);
            QCOMPARE(p.isPrinted(period, ind, L::OutOfArea),
                     !unsplit.contains(ind) && ind != I::IhaRequestsInTime);
        }
        // Nothing hidden can be worked out.
        QVERIFY2(p.audit().leak.isEmpty(), qPrintable(p.audit().leak));
        // An internal report keeps every split and month whatever the figures.
        const PublishedReport internal(figures, 0);
        QVERIFY(internal.isPrinted(0, I::IhaLate, L::OutOfArea));
        QVERIFY(internal.isPrinted(0, I::RhaDue, L::InArea));
    }

    void theSmallCountyHidesLessOfFiveOrMore()
    {
        // The point of the redesign: before it, the quarter's "<5" parts beside shown totals
        // took more counts of 5 or more with them.
        const TimelinessReport figures = smallCountyQuarter();
        const PublishedReport before(figures, 5, {}, BoardTableLayout{});
        const PublishedReport after(figures, 5);
        const int hiddenBefore = before.suppressionFigures().largeHidden;
        const int hiddenAfter = after.suppressionFigures().largeHidden;
        QVERIFY2(
            hiddenAfter < hiddenBefore,
            qPrintable(QStringLiteral("%1 before, %2 after").arg(hiddenBefore).arg(hiddenAfter)));
        qInfo("counts of 5 or more hidden: %d before the redesign, %d after", hiddenBefore,
              hiddenAfter);
        QVERIFY(after.audit().leak.isEmpty());
        // A large county hides nothing either way, and keeps the split by month.
        const PublishedReport large(largeCounty(), 5);
        QCOMPARE(large.suppressionFigures().largeHidden, 0);
        QCOMPARE(large.count(0, I::IhaLate, L::OutOfArea), QStringLiteral("6"));
    }

    void monthsGivenTogether_data()
    {
        QTest::addColumn<TimelinessReport>("figures");
        QTest::addColumn<int>("threshold");
        QTest::addColumn<int>("leadingMonths");
        QTest::addColumn<QString>("firstColumn");
        // January to April have no count of 5 or more: given with May, as one column.
        QTest::newRow("stray months before the data")
            << strayMonthsBeforeTheData() << 5 << 4 << QStringLiteral("Jan 2026 to May 2026");
        QTest::newRow("large county") << largeCounty() << 5 << 0 << QStringLiteral("Jan 2026");
        QTest::newRow("small county, first month has 5 or more")
            << smallCountyQuarter() << 5 << 0 << QStringLiteral("Jan 2026");
        // No month has a count of 5 or more: giving them together would avoid nothing.
        MonthRows tiny;
        for (int m = 0; m < 3; ++m)
            tiny << QMap<I, QPair<int, int>>{{I::RhaInTime, {m + 1, 0}}};
        QTest::newRow("nothing of 5 or more")
            << report(tiny) << 5 << 0 << QStringLiteral("Jan 2026");
        QTest::newRow("internal") << strayMonthsBeforeTheData() << 0 << 0
                                  << QStringLiteral("Jan 2026");
    }

    void monthsGivenTogether()
    {
        QFETCH(TimelinessReport, figures);
        QFETCH(int, threshold);
        QFETCH(int, leadingMonths);
        QFETCH(QString, firstColumn);
        if (threshold > 1)
            QCOMPARE(BoardTableLayout::choose(figures, threshold).leadingMonths(), leadingMonths);
        const PublishedReport p(figures, threshold);
        QCOMPARE(p.monthCount(), int(figures.months.size()) - leadingMonths);
        QCOMPARE(p.columnTitle(0), firstColumn);
        QCOMPARE(p.columnMonth(0), figures.months.at(leadingMonths).month);
        // The column is the sum of its months; every later column is its own month.
        int rhaInTime = 0;
        for (int m = 0; m <= leadingMonths; ++m)
            rhaInTime += figures.months.at(m)[I::RhaInTime].total();
        QCOMPARE(p.rawCount(0, I::RhaInTime, L::Total), rhaInTime);
        QCOMPARE(p.rawCount(1, I::RhaInTime, L::Total),
                 figures.months.at(leadingMonths + 1)[I::RhaInTime].total());
        QVERIFY2(p.audit().leak.isEmpty(), qPrintable(p.audit().leak));
        if (leadingMonths > 0) {
            // Nothing of 5 or more is hidden to protect the stray months, and the method box
            // says which months went together.
            QCOMPARE(p.suppressionFigures().largeHidden, 0);
            QCOMPARE(p.count(0, I::RhaInTime, L::Total), QString::number(rhaInTime));
            QVERIFY(BoardPaperText::method(p)
                        .join(QLatin1Char('\n'))
                        .contains(QStringLiteral("are given together with the first month that "
                                                 "has one, as one column: in this paper Jan 2026 "
                                                 "to May 2026.")));
        }
    }

    void monthsGivenTogetherAreReadWithLaterPapers()
    {
        // The year's paper gives January to May as one column (RHAs in time: 1 + 2 + 144), and
        // its audit entry keeps that column under "2026-01/2026-05" (a later paper's attack
        // adds it up again from the months). A later paper of May to July alone would show
        // May's 144: read with the year's, it gives January to April's 3 away, so it hides May.
        const TimelinessReport year = strayMonthsBeforeTheData();
        const PublishedReport published(year, 5);
        const QJsonObject cells = published.publishedCells();
        const QJsonObject columns = cells.value(QStringLiteral("columns")).toObject();
        QCOMPARE(columns.value(QStringLiteral("2026-01/2026-05"))
                     .toObject()
                     .value(indicatorCode(I::RhaInTime))
                     .toArray()
                     .at(2)
                     .toString(),
                 QStringLiteral("147"));
        QCOMPARE(columns.value(QStringLiteral("2026-02"))
                     .toObject()
                     .value(indicatorCode(I::RhaInTime))
                     .toArray()
                     .at(2)
                     .toString(),
                 QString()); // not printed
        EarlierPaper before;
        before.figures = year;
        before.firstMonth = year.firstMonth;
        before.lastMonth = year.lastMonth;
        before.asOf = year.asOf;
        before.threshold = 5;
        before.columns = columns;
        before.publishedAt = QStringLiteral("2026-12-01T09:00:00Z");
        const TimelinessReport later = year.slice(QDate(2026, 5, 1), QDate(2026, 7, 1));
        const PublishedReport alone(later, 5);
        QVERIFY(alone.shownCount(0, I::RhaInTime, L::Total));
        const PublishedReport withYear(later, 5, {before});
        QVERIFY2(withYear.audit().leak.isEmpty(), qPrintable(withYear.audit().leak));
        QVERIFY(!withYear.shownCount(0, I::RhaInTime, L::Total));
    }

    void requestsWithinTheStandard_data()
    {
        QTest::addColumn<int>("notWithin");
        QTest::addColumn<int>("threshold");
        QTest::addColumn<bool>("given");
        // Of the large county's IHAs due, how many requests were not sent within the standard.
        QTest::newRow("all within") << 0 << 5 << true;
        QTest::newRow("1 not within") << 1 << 5 << false;
        QTest::newRow("4 not within") << 4 << 5 << false;
        QTest::newRow("5 not within") << 5 << 5 << true;
        QTest::newRow("internal, 2 not within") << 2 << 0 << true;
    }

    void requestsWithinTheStandard()
    {
        QFETCH(int, notWithin);
        QFETCH(int, threshold);
        QFETCH(bool, given);
        TimelinessReport figures = largeCounty();
        figures.months[5][I::IhaRequestsInTime].inArea -= notWithin;
        if (threshold > 1)
            QCOMPARE(BoardTableLayout::choose(figures, threshold).givesRequests(), given);
        const PublishedReport p(figures, threshold);
        QCOMPARE(p.isPrinted(p.periodColumn(), I::IhaRequestsInTime, L::Total), given);
        // Nothing of 5 or more is hidden for it: before the rule, the requests (or the IHAs
        // due) were hidden to protect the few not sent within the standard.
        QCOMPARE(p.suppressionFigures().largeHidden, 0);
        QVERIFY2(p.audit().leak.isEmpty(), qPrintable(p.audit().leak));
        const QString summary = BoardPaperText::summary(p).join(QLatin1Char('\n'));
        QCOMPARE(summary.contains(
                     QStringLiteral("Fewer than 5 IHA requests were not sent to health within")),
                 !given);
        QCOMPARE(summary.contains(QStringLiteral("of IHA requests were sent to health within")),
                 given);
    }

    void theMethodBoxNamesTheRule_data()
    {
        QTest::addColumn<TimelinessReport>("figures");
        QTest::addColumn<int>("threshold");
        QTest::addColumn<QStringList>("says");
        QTest::addColumn<QStringList>("doesNotSay");
        const QString rule = QStringLiteral(
            "A row is given month by month when fewer than a third of its months have a count "
            "from 1 to 4, otherwise for the whole period only.");
        QTest::newRow("small county")
            << smallCountyQuarter() << 5
            << QStringList{rule,
                           QStringLiteral("In this paper, \"IHAs late\", \"IHAs not yet due\" and "
                                          "\"RHAs late\" are given for the whole period only."),
                           QStringLiteral("\"RHAs not yet due\" are not split."),
                           QStringLiteral("\"RHAs completed in time\" are split month by month.")}
            << QStringList{};
        QTest::newRow("large county")
            << largeCounty() << 5
            << QStringList{rule, QStringLiteral("\"Children who entered care\", \"IHAs completed "
                                                "in time\", \"IHAs late\", \"RHAs completed in "
                                                "time\" and \"RHAs late\" are split month by "
                                                "month.")}
            << QStringList{QStringLiteral("In this paper"), QStringLiteral("are not split")};
        QTest::newRow("internal") << smallCountyQuarter() << 0 << QStringList{}
                                  << QStringList{QStringLiteral("Layout of the table")};
    }

    void theMethodBoxNamesTheRule()
    {
        QFETCH(TimelinessReport, figures);
        QFETCH(int, threshold);
        QFETCH(QStringList, says);
        QFETCH(QStringList, doesNotSay);
        const QString method =
            BoardPaperText::method(PublishedReport(figures, threshold)).join(QLatin1Char('\n'));
        for (const QString& s : says)
            QVERIFY2(method.contains(s), qPrintable(s + QStringLiteral("\n---\n") + method));
        for (const QString& s : doesNotSay)
            QVERIFY2(!method.contains(s), qPrintable(s + QStringLiteral("\n---\n") + method));
    }
};

QTEST_GUILESS_MAIN(TestBoardTableLayout)
#include "tst_boardtablelayout.moc"
