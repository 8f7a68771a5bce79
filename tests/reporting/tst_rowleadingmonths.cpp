// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Issue 11: a paper that gives its first months together (a ten-year paper, which starts
// before the county's records) hid a large figure of a row that starts later than the others
// (IHAs), to protect that row's strays of 1 after the first column. Such a row now gives its
// own first months together, in its first month of N or more (BoardTableLayout); the worked
// examples, what the paper and its writers print, and what the method box says.
#include "MonthRowsReport.h"
#include "reporting/BoardPaperText.h"
#include "reporting/BoardTableLayout.h"
#include "reporting/BoardTableRow.h"
#include "reporting/PublishedReport.h"
#include "reporting/ReportCsvWriter.h"
#include "reporting/ReportJsonWriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <algorithm>

using namespace lac;
using lac::test::MonthRows;
using lac::test::report;
using lac::test::strayMonthsBeforeTheData;
using I = ReportIndicator;
using L = LocationColumn;

namespace {

/// Issue 11's case, small: the year of strayMonthsBeforeTheData(), whose IHA records start
/// only in October (a 100,000-children county's ten-year paper: RHAs from January 2023, IHAs
/// from December 2023). Before, IHAs in time of 1 (June, August, September) and late of 2
/// (July); children who entered care as many (report() makes them the IHAs due).
TimelinessReport ihasStartLater()
{
    TimelinessReport r = strayMonthsBeforeTheData();
    for (int m = 4; m < 12; ++m) {
        const int inTime = m == 5 || m == 7 || m == 8 ? 1 : m >= 9 ? 40 + m : 0;
        const int late = m == 6 ? 2 : m >= 9 ? 12 : 0;
        MonthFigures& f = r.months[m];
        f[I::IhaInTime] = LocationCounts{inTime, m >= 9 ? 20 : 0, 0};
        f[I::IhaLate] = LocationCounts{late, m >= 9 ? 6 + m : 0, 0};
        f[I::IhaDue] = f[I::IhaInTime];
        f[I::IhaDue] += f[I::IhaLate];
        f[I::IhaRequestsInTime] = f[I::IhaDue];
        f[I::EnteredCare] = f[I::IhaDue];
    }
    return r;
}

} // namespace

class TestRowLeadingMonths : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rowsStartingLaterGiveTheirOwnMonthsTogether_data()
    {
        QTest::addColumn<TimelinessReport>("figures");
        QTest::addColumn<int>("threshold");
        QTest::addColumn<ReportIndicator>("row");
        QTest::addColumn<int>("rowLeadingMonths");
        QTest::addColumn<QString>("cellTitle"); // of the row's first printed cell
        QTest::addColumn<QString>("cell");
        // The first column is January to May (RHAs start in May); IHAs start in October, after
        // 1 + 1 + 1 in time and 2 late: January to October is the IHA rows' first cell (in
        // time 1 + 1 + 1 + 69 = 72, late 2 + 27 = 29), and entered care's, in October's column.
        const TimelinessReport later = ihasStartLater();
        QTest::newRow("IHAs in time start in October")
            << later << 5 << I::IhaInTime << 9 << QStringLiteral("Jan 2026 to Oct 2026")
            << QStringLiteral("72\u2020");
        QTest::newRow("IHAs late start in October")
            << later << 5 << I::IhaLate << 9 << QStringLiteral("Jan 2026 to Oct 2026")
            << QStringLiteral("29\u2020");
        QTest::newRow("entered care starts in October")
            << later << 5 << I::EnteredCare << 9 << QStringLiteral("Jan 2026 to Oct 2026")
            << QStringLiteral("101\u2020");
        // RHAs start in May, the first column's last month: their months stay.
        QTest::newRow("RHAs in time keep their months")
            << later << 5 << I::RhaInTime << 4 << QStringLiteral("Jan 2026 to May 2026")
            << QStringLiteral("147");
        // Only zeros before IHAs start: nothing small to protect, nothing given together.
        QTest::newRow("zeros before the data")
            << strayMonthsBeforeTheData() << 5 << I::IhaInTime << 4
            << QStringLiteral("Jan 2026 to May 2026") << QStringLiteral("64");
        // A paper whose first month has counts of N or more (it starts within the county's
        // records): a row's own small first month stays a column, protected as any other.
        MonthRows quarter;
        for (int m = 0; m < 4; ++m)
            quarter << QMap<I, QPair<int, int>>{{I::RhaInTime, {20, 0}},
                                                {I::IhaLate, {m == 0 ? 3 : 5 + m, 0}}};
        QTest::newRow("no months given together")
            << report(quarter) << 5 << I::IhaLate << 0 << QStringLiteral("Jan 2026")
            << QStringLiteral("<5");
        QTest::newRow("internal") << later << 0 << I::IhaInTime << 0 << QStringLiteral("Jan 2026")
                                  << QStringLiteral("0");
    }

    void rowsStartingLaterGiveTheirOwnMonthsTogether()
    {
        QFETCH(TimelinessReport, figures);
        QFETCH(int, threshold);
        QFETCH(ReportIndicator, row);
        QFETCH(int, rowLeadingMonths);
        QFETCH(QString, cellTitle);
        QFETCH(QString, cell);
        const PublishedReport p(figures, threshold);
        QCOMPARE(p.layout().leadingMonths(row), rowLeadingMonths);
        const int column = rowLeadingMonths - p.layout().leadingMonths();
        QCOMPARE(p.rowColumnTitle(column, row), cellTitle);
        const QList<BoardTableRow> rows = BoardTableRow::rows();
        const auto boardRow =
            std::find_if(rows.cbegin(), rows.cend(),
                         [row](const BoardTableRow& r) { return r.indicator == row; });
        QVERIFY(boardRow != rows.cend());
        QCOMPARE(boardRow->cell(p, column, L::Total), cell);
        // The row's earlier columns are empty; its sum is every month up to its first cell.
        for (int c = 0; c < column; ++c)
            QVERIFY(!p.isPrinted(c, row, L::Total));
        int sum = 0;
        for (int m = 0; m <= rowLeadingMonths; ++m)
            sum += figures.months.at(m)[row].total();
        QCOMPARE(p.rawCount(column, row, L::Total), sum);
        QCOMPARE(p.isRowLead(column, row), rowLeadingMonths > p.layout().leadingMonths());
        // Nothing of 5 or more is hidden to protect the strays, and nothing can be worked out.
        QVERIFY2(p.audit().leak.isEmpty(), qPrintable(p.audit().leak));
        if (p.layout().leadingMonths() > 0)
            QCOMPARE(p.suppressionFigures().largeHidden, 0);
        if (!p.isRowLead(column, row))
            return;
        QVERIFY(BoardPaperText::method(p)
                    .join(QLatin1Char('\n'))
                    .contains(QStringLiteral(
                        "give their first months together with it, in its column (marked "
                        "\u2020: ")));
        // The CSV and JSON say from which month; an export's audit entry keeps the cell under
        // its months, for a later paper's attack.
        const QString key = QStringLiteral("2026-01/2026-10");
        QVERIFY(ReportCsvWriter::write(p, {}).contains(
            (key + QLatin1Char(',') + indicatorCode(row) + QLatin1Char(',')).toLatin1()));
        const QJsonObject json = QJsonDocument::fromJson(ReportJsonWriter::write(p, {})).object();
        QCOMPARE(json.value(QStringLiteral("months"))
                     .toArray()
                     .at(column)
                     .toObject()
                     .value(QStringLiteral("indicators"))
                     .toObject()
                     .value(indicatorCode(row))
                     .toObject()
                     .value(QStringLiteral("from"))
                     .toString(),
                 QStringLiteral("2026-01"));
        QCOMPARE(p.publishedCells()
                     .value(QStringLiteral("columns"))
                     .toObject()
                     .value(key)
                     .toObject()
                     .value(indicatorCode(row))
                     .toArray()
                     .at(2)
                     .toString(),
                 QString::number(sum));
    }
};

QTEST_GUILESS_MAIN(TestRowLeadingMonths)
#include "tst_rowleadingmonths.moc"
