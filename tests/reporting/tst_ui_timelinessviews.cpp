// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The on-screen table model, the charts workspace and the designated nurse's dashboard show
// the same numbers as the report.
#include "ReportFixture.h"
#include "charts/ReportChartWidget.h"
#include "common/MonthField.h"
#include "data/AuditLog.h"
#include "data/SettingsStore.h"
#include "report/DesignatedNurseDashboard.h"
#include "report/TimelinessChartsView.h"
#include "reporting/ReportCsvWriter.h"
#include "reporting/TargetStatus.h"
#include "reporting/TimelinessReportService.h"
#include "reporting/TimelinessTableModel.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QHeaderView>
#include <QSpinBox>
#include <QTableView>
#include <QTest>

using namespace lac;
using lac::test::ReportFixture;

namespace {
/// The day the fixture's report is as of: the views open on it, whatever the calendar says.
const lac::Today asOf = [] { return QDate(2026, 5, 31); };
} // namespace

class TestTimelinessViews : public QObject
{
    Q_OBJECT

    std::unique_ptr<ReportFixture> fx;
    std::unique_ptr<SettingsStore> settings;
    std::unique_ptr<AuditLog> audit;
    std::unique_ptr<TimelinessReportService> reports;

    PublishedReport quarter(int threshold)
    {
        auto r = TimelinessReportService(fx->db(), *settings)
                     .build(ReportRequest{QDate(2026, 1, 1), QDate(2026, 3, 1), QDate(2026, 5, 31)},
                            ReportSettings::load(*settings));
        if (!r)
            qFatal("%s", qPrintable(r.failure().text()));
        return PublishedReport(r.value(), threshold);
    }

private Q_SLOTS:
    void initTestCase()
    {
        fx = std::make_unique<ReportFixture>(QStringLiteral("views"));
        fx->buildQuarterScenario();
        settings = std::make_unique<SettingsStore>(fx->db());
        audit = std::make_unique<AuditLog>(
            fx->db(), UserContext{QStringLiteral("nurse"), UserRole::DesignatedNurse});
        reports = std::make_unique<TimelinessReportService>(fx->db(), *settings);
    }

    void tableModel()
    {
        TimelinessTableModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        model.setReport(quarter(0));
        QCOMPARE(model.rowCount(), 13 * 3);
        QCOMPARE(model.columnCount(), 2 + 3 + 1);
        QCOMPARE(model.headerData(2, Qt::Horizontal).toString(), QStringLiteral("Jan 2026"));
        QCOMPARE(model.headerData(5, Qt::Horizontal).toString(), QStringLiteral("Q1 2026"));
        QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("Children who entered care"));
        QCOMPARE(model.index(2, 1).data().toString(), QStringLiteral("All"));
        QCOMPARE(model.index(2, 2).data().toString(), QStringLiteral("4")); // Jan, all
        QCOMPARE(model.index(2, 5).data().toString(), QStringLiteral("7")); // quarter, all
        // % IHAs in time, all, January: 1 of 3 = 33%, red against 95%.
        QCOMPARE(model.index(11, 2).data().toString(), QStringLiteral("33%"));
        QCOMPARE(model.index(11, 2).data(TimelinessTableModel::TargetStatusRole).toInt(),
                 int(TargetStatus::Red));
        QCOMPARE(model.index(9, 2).data().toString(), QStringLiteral("100%")); // in area
        QCOMPARE(model.index(9, 2).data(TimelinessTableModel::TargetStatusRole).toInt(),
                 int(TargetStatus::Green));
        // Published, this quarter's entries are given for the quarter only (its months are
        // mostly 1 to 4: BoardTableLayout), for all children.
        model.setReport(quarter(5));
        QCOMPARE(model.index(2, 2).data().toString(), QString());
        QCOMPARE(model.index(2, 5).data().toString(), QStringLiteral("7"));
        QCOMPARE(model.index(0, 5).data().toString(), QString()); // in area: not split
    }

    void rating()
    {
        QCOMPARE(rateAgainstTarget(95.0, 95, 10), TargetStatus::Green);
        QCOMPARE(rateAgainstTarget(85.0, 95, 10), TargetStatus::Amber);
        QCOMPARE(rateAgainstTarget(84.9, 95, 10), TargetStatus::Red);
        QCOMPARE(rateAgainstTarget(std::nullopt, 95, 10), TargetStatus::None);
    }

    void chartsViewMatchesTheTable()
    {
        const TimelinessReportCache cache(*reports);
        ReportLoader shared(cache, {});
        TimelinessChartsView view(shared, *audit, asOf);
        QAbstractItemModelTester tester(view.tableModel(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(view.setRange(QDate(2026, 1, 1), QDate(2026, 3, 1)));
        QCOMPARE(view.charts().size(), 5);
        const ReportChartSpec& iha = view.charts().at(0)->spec();
        QCOMPARE(iha.categories, (QStringList{QStringLiteral("Jan"), QStringLiteral("Feb"),
                                              QStringLiteral("Mar")}));
        QCOMPARE(iha.categoryTitle, QStringLiteral("January 2026 to March 2026"));
        QCOMPARE(iha.target.value_or(0), 95.0);
        // The "All" line at January is the table's 33%, and the point says what it is made of.
        const ReportChartSpec::Point& jan = iha.series.at(2).points.at(0);
        QCOMPARE(qRound(jan.value.value_or(-1)), 33);
        QCOMPARE(view.tableModel()->index(11, 2).data().toString(), QStringLiteral("33%"));
        QVERIFY2(jan.tooltip.contains(QStringLiteral("1 in time, 2 late, 0 not yet due")),
                 qPrintable(jan.tooltip));
        // February has no out-of-area child: a gap, not a zero.
        QVERIFY(!iha.series.at(1).points.at(1).value);
        const ReportChartSpec& owners = view.charts().at(3)->spec();
        QCOMPARE(owners.series.size(), 4);
        QVERIFY(owners.stacked);
        // Range changes redraw.
        QVERIFY(view.setRange(QDate(2026, 2, 1), QDate(2026, 3, 1)));
        QCOMPARE(view.charts().at(0)->spec().categories.size(), 2);
        QCOMPARE(view.tableModel()->columnCount(), 2 + 2 + 1);
    }

    void chartsAreWorkedOutAgainAfterAChange()
    {
        // Counts the builds on the other thread; each gives a report of the months asked for.
        const TimelinessReportCache cache(*reports);
        QAtomicInt builds;
        ReportLoader shared(
            cache,
            [&builds](const ReportRequest& r, const UserContext&) -> Result<TimelinessReport> {
                builds.fetchAndAddOrdered(1);
                TimelinessReport report;
                report.firstMonth = r.firstMonth;
                report.lastMonth = r.lastMonth;
                report.asOf = r.asOf;
                for (QDate m = r.firstMonth; m <= r.lastMonth; m = m.addMonths(1)) {
                    MonthFigures f;
                    f.month = m;
                    report.months << f;
                }
                return report;
            });
        const auto settled = [&shared] {
            return QTest::qWaitFor([&shared] { return !shared.building(); }) &&
                   !QTest::qWaitFor([&shared] { return shared.building(); }, 150);
        };
        TimelinessChartsView view(shared, *audit, asOf);
        view.show();
        QVERIFY(settled());
        const int opened = builds;
        QVERIFY(opened >= 1);
        // A save elsewhere clears the kept report: the charts in front are worked out again.
        shared.clear();
        QVERIFY(settled());
        const int afterChange = builds;
        QVERIFY(afterChange > opened);
        // Charts not in front are worked out only when they are shown again.
        view.hide();
        shared.clear();
        QVERIFY(settled());
        QCOMPARE(int(builds), afterChange);
        view.show();
        QVERIFY(settled());
        QVERIFY(int(builds) > afterChange);
    }

    void monthPickersTakeTheKeyboard()
    {
        // The month of a "MMM yyyy" date edit ignored typing and the arrow keys.
        const TimelinessReportCache cache(*reports);
        ReportLoader shared(cache, {});
        TimelinessChartsView view(shared, *audit, asOf);
        QVERIFY(view.setRange(QDate(2026, 1, 1), QDate(2026, 3, 1)));
        const auto fields = view.findChildren<MonthField*>();
        QCOMPARE(fields.size(), 2);
        MonthField* first =
            fields.at(0)->month() == QDate(2026, 1, 1) ? fields.at(0) : fields.at(1);
        QTest::keyClick(first->monthBox(), Qt::Key_Down);
        QCOMPARE(view.firstMonth(), QDate(2026, 2, 1));
        QCOMPARE(view.charts().at(0)->spec().categories.size(), 2);
        QTest::keyClick(first->monthBox(), Qt::Key_Up);
        QTest::keyClick(first->monthBox(), Qt::Key_Up); // January -> December of 2025
        QCOMPARE(view.firstMonth(), QDate(2025, 12, 1));
        QCOMPARE(view.charts().at(0)->spec().categories.size(), 4);
        QTest::keyClicks(first->monthBox(), QStringLiteral("Feb"));
        QCOMPARE(view.firstMonth(), QDate(2025, 2, 1));
        first->yearBox()->selectAll();
        QTest::keyClicks(first->yearBox(), QStringLiteral("2026"));
        QCOMPARE(view.firstMonth(), QDate(2026, 2, 1));
        QCOMPARE(view.charts().at(0)->spec().categories.size(), 2);
    }

    void theSharedReportIsExactlyTheReportOfItsMonths()
    {
        const TimelinessReportCache shared(*reports);
        const UserContext& user = audit->user();
        const auto csv = [](const TimelinessReport& r) {
            return ReportCsvWriter::write(PublishedReport(r, 0));
        };
        // The quarter first (kept with the last twelve months), then months inside and outside
        // what is kept: each is the report built for those months alone.
        for (const auto& [first, last] : {std::pair{QDate(2026, 1, 1), QDate(2026, 3, 1)},
                                          std::pair{QDate(2026, 2, 1), QDate(2026, 5, 1)},
                                          std::pair{QDate(2024, 11, 1), QDate(2025, 2, 1)}}) {
            const ReportRequest request{first, last, asOf()};
            auto sliced = shared.report(request, user);
            auto direct = reports->build(request, user);
            QVERIFY(sliced && direct);
            QCOMPARE(sliced->firstMonth, first);
            QCOMPARE(sliced->months.size(), direct->months.size());
            QCOMPARE(csv(sliced.value()), csv(direct.value()));
        }
        // Another day is another report.
        auto later = shared.report(
            ReportRequest{QDate(2026, 1, 1), QDate(2026, 3, 1), QDate(2026, 6, 30)}, user);
        QVERIFY(later);
        QCOMPARE(later->asOf, QDate(2026, 6, 30));
    }

    void viewsWorkNothingOutUntilShown()
    {
        const TimelinessReportCache cache(*reports);
        ReportLoader shared(cache, {});
        DesignatedNurseDashboard dashboard(shared, *audit, asOf);
        TimelinessChartsView charts(shared, *audit, asOf);
        // Built at start but not looked at: no figures yet.
        QCOMPARE(dashboard.quarterModel()->columnCount(), 0);
        QCOMPARE(charts.tableModel()->columnCount(), 0);
        dashboard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dashboard));
        QCOMPARE(dashboard.quarterModel()->columnCount(), 2 + 3 + 1); // April to June
        QCOMPARE(charts.tableModel()->columnCount(), 0);
        charts.show();
        QVERIFY(QTest::qWaitForWindowExposed(&charts));
        QCOMPARE(charts.tableModel()->columnCount(), 2 + 12 + 1);
    }

    void dashboardShowsTheQuarterWithRag()
    {
        fx->setSetting(QStringLiteral("target.rha_in_time_percent"), QStringLiteral("30"));
        const TimelinessReportCache cache(*reports);
        ReportLoader shared(cache, {});
        DesignatedNurseDashboard dashboard(shared, *audit, asOf);
        QAbstractItemModelTester tester(dashboard.quarterModel(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        dashboard.showQuarterOf(QDate(2026, 3, 31));
        // On a small screen the quarter's table has the page, not three rows of a split.
        dashboard.resize(1000, 620);
        dashboard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dashboard));
        QTableView* quarter = nullptr;
        for (QTableView* t : dashboard.findChildren<QTableView*>())
            if (t->model() == dashboard.quarterModel())
                quarter = t;
        QVERIFY(quarter);
        QVERIFY2(quarter->viewport()->height() >=
                     10 * quarter->verticalHeader()->defaultSectionSize(),
                 qPrintable(QString::number(quarter->viewport()->height())));
        QCOMPARE(dashboard.quarterModel()->columnCount(), 2 + 3 + 1);
        const QStringList tiles = dashboard.tileTexts();
        QCOMPARE(tiles.size(), 3);
        // On 31 March: IHA 1 in time of 4 decided (25%; F and G are not yet due) is red;
        // RHA 1 of 3 (33%) is green against a 30% target.
        QVERIFY2(tiles.at(0).contains(QStringLiteral("25%")) &&
                     tiles.at(0).contains(QStringLiteral("Red")),
                 qPrintable(tiles.at(0)));
        QVERIFY2(tiles.at(1).contains(QStringLiteral("Green")), qPrintable(tiles.at(1)));
        fx->setSetting(QStringLiteral("target.rha_in_time_percent"), QStringLiteral("95"));
    }
};

QTEST_MAIN(TestTimelinessViews)
#include "tst_ui_timelinessviews.moc"
