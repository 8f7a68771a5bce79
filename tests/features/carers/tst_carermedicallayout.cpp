// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The carers' medicals section chooses its layout before suppression (CarerMedicalLayout):
// the rule as worked examples, and the 100,000-children county's year, which by month hid
// counts of 6 to 16 beside months of 3, now given three months at a time with nothing hidden.
#include "carers/core/CarerMedicalLayout.h"
#include "carers/core/CarerMedicalReport.h"
#include "reporting/PublishedReport.h"
#include "reporting/SmallNumberSuppression.h"

#include <QTest>

using namespace lac;
using Columns = CarerMedicalLayout::Columns;

namespace {

/// Months from December 2025 with these counts; the waiting list follows from them (none
/// withdrawn unless \a withdrawn says so), starting from \a before.
CarerMedicalFigures figures(const QList<int>& requested, const QList<int>& signedOff,
                            const QList<int>& withdrawn, int before)
{
    CarerMedicalFigures f;
    f.asOf = QDate(2026, 12, 5);
    f.waitingBefore = before;
    int waiting = before;
    for (int m = 0; m < requested.size(); ++m) {
        CarerMedicalMonth month;
        month.month = QDate(2025, 12, 1).addMonths(m);
        month.requested = requested.at(m);
        month.signedOff = signedOff.at(m);
        month.withdrawn = withdrawn.value(m);
        waiting += month.requested - month.signedOff - month.withdrawn;
        month.waiting = waiting;
        for (int k = 0; k < month.signedOff; ++k)
            month.daysToSignOff << 40 + 10 * k;
        f.months << month;
        f.period.requested += month.requested;
        f.period.signedOff += month.signedOff;
        f.period.withdrawn += month.withdrawn;
        f.period.daysToSignOff << month.daysToSignOff;
    }
    std::sort(f.period.daysToSignOff.begin(), f.period.daysToSignOff.end());
    f.period.month = QDate(2025, 12, 1);
    f.period.waiting = waiting;
    return f;
}

/// The 100,000-children county's year, December 2025 to November 2026.
CarerMedicalFigures county()
{
    return figures({11, 3, 7, 6, 6, 11, 8, 7, 3, 8, 14, 9}, {7, 7, 5, 6, 8, 7, 9, 7, 5, 4, 7, 6},
                   {0, 0, 1, 0, 0, 1, 0, 0, 1, 0, 0, 0}, 21);
}

TimelinessReport months(int count)
{
    TimelinessReport r;
    r.firstMonth = QDate(2025, 12, 1);
    r.lastMonth = r.firstMonth.addMonths(count - 1);
    r.asOf = QDate(2026, 12, 5);
    for (int m = 0; m < count; ++m) {
        MonthFigures f;
        f.month = r.firstMonth.addMonths(m);
        r.months << f;
    }
    return r;
}

} // namespace

class TestCarerMedicalLayout : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rule_data()
    {
        QTest::addColumn<CarerMedicalFigures>("figures");
        QTest::addColumn<int>("threshold");
        QTest::addColumn<Columns>("columns");
        QTest::addColumn<bool>("waitingEachColumn");
        const QList<int> six(6, 6);
        QTest::newRow("nothing small: by month")
            << figures(six, six, {}, 10) << 5 << Columns::Months << true;
        QTest::newRow("internal: by month") << county() << 0 << Columns::Months << true;
        // March's 3 requests: by three months, nothing is small.
        QTest::newRow("a small month")
            << figures({6, 6, 6, 3, 6, 6}, six, {}, 10) << 5 << Columns::Quarters << true;
        // One withdrawn between two quarters' waiting lists would follow from them: the
        // list is given at the period's end only.
        QTest::newRow("the county") << county() << 5 << Columns::Quarters << false;
        // A quarter's paper has no three months to combine below the period.
        QTest::newRow("a quarter with a small month")
            << figures({6, 3, 6}, {6, 6, 6}, {}, 10) << 5 << Columns::Period << false;
        // Even three months at a time are small: the period only.
        QTest::newRow("a small county") << figures({1, 0, 2, 1, 0, 1}, {0, 1, 0, 2, 0, 1}, {}, 3)
                                        << 5 << Columns::Period << false;
    }

    void rule()
    {
        QFETCH(CarerMedicalFigures, figures);
        QFETCH(int, threshold);
        QFETCH(Columns, columns);
        QFETCH(bool, waitingEachColumn);
        const CarerMedicalLayout layout = CarerMedicalLayout::choose(figures, threshold);
        QCOMPARE(layout.columns, columns);
        QCOMPARE(layout.waitingEachColumn, waitingEachColumn);
    }

    void theCountyHidesNothingOfFiveOrMore()
    {
        const PublishedReport paper(months(12), 5);
        const ReportSection section = CarerMedicalReport::section(county(), paper, 5);
        QVERIFY2(section.leak.isEmpty(), qPrintable(section.leak));
        QVERIFY(section.rows.isEmpty());
        QCOMPARE(section.tables.size(), 1);
        const ReportSectionTable& table = section.tables.first();
        QVERIFY(table.periodsDown);
        const QStringList columns{
            QStringLiteral("Dec 2025 to Feb 2026"), QStringLiteral("Mar 2026 to May 2026"),
            QStringLiteral("Jun 2026 to Aug 2026"), QStringLiteral("Sept 2026 to Nov 2026"),
            QStringLiteral("Period")};
        QCOMPARE(table.columns, columns);
        QCOMPARE(table.columnKeys.first(), QStringLiteral("2025-12/2026-02"));
        QCOMPARE(table.columnKeys.last(), QStringLiteral("2025-12/2026-11"));
        const QStringList requested{QStringLiteral("21"), QStringLiteral("23"),
                                    QStringLiteral("18"), QStringLiteral("31"),
                                    QStringLiteral("93")};
        QCOMPARE(table.rows.at(0).cells, requested);
        const QStringList waiting{QString(), QString(), QString(), QString(), QStringLiteral("33")};
        QCOMPARE(table.rows.at(2).cells, waiting);
        // No count is hidden: nothing is "<5" and nothing "*".
        for (const ReportSectionRow& row : table.rows)
            for (const QString& cell : row.cells)
                QVERIFY2(cell != QStringLiteral("<5") &&
                             cell != SmallNumberSuppression::secondaryText(),
                         qPrintable(row.label + QLatin1Char(' ') + cell));
        for (const QString& line : section.auditLines)
            QVERIFY2(!line.contains(QStringLiteral("CAN BE WORKED OUT")), qPrintable(line));
        QVERIFY(section.paragraphs.last().startsWith(
            QStringLiteral("These figures are given three months at a time, and the waiting list "
                           "at the end of the period only.")));
        // Unsuppressed, the same figures are by month.
        const ReportSection internal = CarerMedicalReport::section(county(), paper, 0);
        QCOMPARE(internal.rows.first().cells.size(), 13);
        QVERIFY(internal.tables.isEmpty());
    }
};

QTEST_MAIN(TestCarerMedicalLayout)
#include "tst_carermedicallayout.moc"
