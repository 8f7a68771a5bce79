// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Pointing at any bar or point of any chart shows that point's counts; it used to kill the
// program (a hover handler read the chart builder's local variables after it had returned).
#include "ReportFixture.h"
#include "charts/ReportChartBuilder.h"
#include "charts/ReportChartWidget.h"
#include "data/SettingsStore.h"
#include "reporting/PublishedReport.h"
#include "reporting/ReportChartSpec.h"
#include "reporting/TimelinessReportService.h"

#include <QApplication>
#include <QTest>
#include <QtCharts/QAbstractBarSeries>
#include <QtCharts/QBarSet>
#include <QtCharts/QCategoryAxis>
#include <QtCharts/QChartView>
#include <QtCharts/QLegend>
#include <QtCharts/QScatterSeries>

using namespace lac;
using lac::test::ReportFixture;

namespace {

/// Overwrites the stack below the caller, as the event loop does before a hover arrives, so
/// that a handler still reading a returned function's locals reads garbage every time.
Q_NEVER_INLINE int scribbleOnTheStack(int depth)
{
    volatile unsigned char junk[4096];
    for (int i = 0; i < 4096; ++i)
        junk[i] = 0xA5;
    return depth > 0 ? scribbleOnTheStack(depth - 1) + junk[depth] : junk[0];
}

/// What the pointer should show for category index \a index of a bar set: horizontal bars list
/// the report's first category at the top, i.e. last in the set.
QString expectedBarTooltip(const ReportChartSpec& spec, int si, int index)
{
    const int n = int(spec.categories.size());
    const bool horizontal = spec.bars && !spec.stacked;
    const int i = horizontal ? n - 1 - index : index;
    return spec.series.at(si).points.at(i).tooltip;
}

/// The tooltips of the figures small-number suppression withheld, in any order.
QStringList hiddenTooltips(const ReportChartSpec& spec)
{
    QStringList tips;
    for (const auto& series : spec.series)
        for (const auto& point : series.points)
            if (point.hidden)
                tips << point.tooltip;
    return tips;
}

/// Hovers and clicks every bar and every marker of \a spec's chart; each hover must show the
/// tooltip of the point under the pointer, and leaving must clear it.
void hoverEverything(const ReportChartSpec& spec)
{
    QString shown = QStringLiteral("(nothing yet)");
    std::unique_ptr<QChart> chart(
        ReportChartBuilder::build(spec, [&shown](const QString& tip) { shown = tip; }));
    scribbleOnTheStack(16);
    int pointed = 0;
    const auto all = chart->series();
    for (QAbstractSeries* series : all) {
        if (auto* bars = qobject_cast<QAbstractBarSeries*>(series)) {
            const auto sets = bars->barSets();
            for (int si = 0; si < sets.size(); ++si) {
                QBarSet* set = sets.at(si);
                for (int index = 0; index < set->count(); ++index) {
                    Q_EMIT set->hovered(true, index);
                    QCOMPARE(shown, expectedBarTooltip(spec, si, index));
                    Q_EMIT set->clicked(index);
                    Q_EMIT set->hovered(false, index);
                    QCOMPARE(shown, QString());
                    ++pointed;
                }
            }
        } else if (auto* hidden = qobject_cast<QScatterSeries*>(series);
                   hidden && hidden->name() == ReportChartBuilder::hiddenLegend()) {
            // A withheld figure is marked, never dropped: each mark says which one it is.
            QStringList unmarked = hiddenTooltips(spec);
            const auto points = hidden->points();
            QCOMPARE(points.size(), unmarked.size());
            for (const QPointF& p : points) {
                Q_EMIT hidden->hovered(p, true);
                QVERIFY2(unmarked.removeOne(shown), qPrintable(shown));
                Q_EMIT hidden->hovered(p, false);
                QCOMPARE(shown, QString());
            }
        } else if (auto* markers = qobject_cast<QScatterSeries*>(series)) {
            int si = 0;
            while (si < spec.series.size() && spec.series.at(si).name != markers->name())
                ++si;
            QVERIFY(si < spec.series.size());
            const auto points = markers->points();
            for (const QPointF& p : points) {
                Q_EMIT markers->hovered(p, true);
                QCOMPARE(shown, spec.series.at(si).points.at(int(p.x())).tooltip);
                Q_EMIT markers->clicked(p);
                Q_EMIT markers->hovered(p, false);
                QCOMPARE(shown, QString());
                ++pointed;
            }
        }
    }
    // Every value drawn was pointed at (hidden values draw no marker).
    int drawn = 0;
    for (const auto& series : spec.series)
        for (const auto& point : series.points)
            drawn += point.value ? 1 : 0;
    QVERIFY2(pointed >= drawn, qPrintable(spec.title));
}

ReportChartSpec handMade(bool stacked, int months = 3)
{
    ReportChartSpec spec;
    spec.title = stacked ? QStringLiteral("stacked") : QStringLiteral("groups");
    spec.bars = true;
    spec.stacked = stacked;
    for (int i = 0; i < months; ++i)
        spec.categories << QDate(2024, 1, 1).addMonths(i).toString(QStringLiteral("MMM yyyy"));
    for (int si = 0; si < 2; ++si) {
        ReportChartSpec::Series s;
        s.name = QStringLiteral("series %1").arg(si);
        for (int i = 0; i < months; ++i)
            s.points.append({double(si + i + 1), QStringLiteral("s%1 %2").arg(si).arg(i)});
        spec.series.append(s);
    }
    return spec;
}

} // namespace

class TestChartHover : public QObject
{
    Q_OBJECT

    std::unique_ptr<ReportFixture> m_quarter;

    /// A quarter (January to March 2026) of the fixture's scenario, as at 31 May 2026.
    TimelinessReport quarterReport()
    {
        if (!m_quarter) {
            m_quarter = std::make_unique<ReportFixture>(QStringLiteral("quarter"));
            m_quarter->buildQuarterScenario();
        }
        SettingsStore settings(m_quarter->db());
        auto r = TimelinessReportService(m_quarter->db(), settings)
                     .build(ReportRequest{QDate(2026, 1, 1), QDate(2026, 3, 1), QDate(2026, 5, 31)},
                            ReportSettings::load(settings));
        return r.value();
    }

private Q_SLOTS:
    void cleanupTestCase() { m_quarter.reset(); }

    void handMadeBarsShowThePointUnderThePointer_data()
    {
        QTest::addColumn<bool>("stacked");
        QTest::newRow("stacked columns (months)") << true;
        QTest::newRow("horizontal bars (placement groups)") << false;
    }

    void handMadeBarsShowThePointUnderThePointer()
    {
        QFETCH(bool, stacked);
        hoverEverything(handMade(stacked));
    }

    void suppressedFiguresAreMarkedNotDropped()
    {
        // A month where social care's delays are "<5" used to show only the host's delays.
        const PublishedReport paper(quarterReport(), 5);
        int hiddenInCharts = 0;
        for (const ReportChartSpec& spec : ReportChartSpec::build(paper)) {
            if (spec.bars && !spec.stacked)
                continue; // placement groups: every group keeps its labelled row
            const int hidden = int(hiddenTooltips(spec).size());
            std::unique_ptr<QChart> chart(ReportChartBuilder::build(spec));
            int marks = 0;
            for (QAbstractSeries* series : chart->series())
                if (series->name() == ReportChartBuilder::hiddenLegend())
                    marks += int(static_cast<QScatterSeries*>(series)->count());
            QCOMPARE(marks, hidden);
            hiddenInCharts += hidden;
        }
        QVERIFY2(hiddenInCharts > 0, "the scenario should withhold some figures at 5");
    }

    void aQuarterIsColumnsNotALoneDot()
    {
        const PublishedReport paper(quarterReport(), 0);
        const auto specs = ReportChartSpec::build(paper);
        const ReportChartSpec& iha = specs.first();
        QVERIFY(!iha.bars);
        QCOMPARE(iha.categories.size(), 3);
        std::unique_ptr<QChart> chart(ReportChartBuilder::build(iha));
        int columns = 0;
        for (QAbstractSeries* series : chart->series())
            if (auto* bars = qobject_cast<QAbstractBarSeries*>(series))
                columns += int(bars->barSets().size());
        QCOMPARE(columns, iha.series.size());
    }

    void twoYearsOfMonthsAreLabelledNotElided()
    {
        // A bar-category axis with 24 labels drew every one of them as "…".
        std::unique_ptr<QChart> chart(ReportChartBuilder::build(handMade(true, 24)));
        const auto axes = chart->axes(Qt::Horizontal);
        QCOMPARE(axes.size(), 1);
        auto* months = qobject_cast<QCategoryAxis*>(axes.first());
        QVERIFY(months);
        const QStringList labels = months->categoriesLabels();
        QVERIFY2(labels.size() >= 6 && labels.size() <= 12, qPrintable(labels.join(u',')));
        QCOMPARE(labels.first(), QStringLiteral("Jan 2024"));
        hoverEverything(handMade(true, 24));

        // A year in a narrow chart (the Overview at 1024x700): fewer labels, none cut.
        std::unique_ptr<QChart> narrow(ReportChartBuilder::build(handMade(true, 12)));
        auto* axis = qobject_cast<QCategoryAxis*>(narrow->axes(Qt::Horizontal).first());
        ReportChartBuilder::fitLegend(narrow.get(), QSizeF(420, 300));
        const QStringList few = axis->categoriesLabels();
        QVERIFY2(few.size() >= 3 && few.size() <= 6, qPrintable(few.join(u',')));
        QCOMPARE(few.at(1), QStringLiteral("Mar 2024"));
        ReportChartBuilder::fitLegend(narrow.get(), QSizeF(1600, 500));
        QCOMPARE(axis->categoriesLabels().size(), 12);
    }

    void longLegendsMoveBesideTheChart()
    {
        ReportChartSpec spec = handMade(true);
        spec.series[0].name = QStringLiteral("Host area health provider (the clinic booked)");
        spec.series[1].name = QStringLiteral("Responsible authority's social care team");
        std::unique_ptr<QChart> chart(ReportChartBuilder::build(spec));
        ReportChartBuilder::fitLegend(chart.get(), QSizeF(420, 300));
        QCOMPARE(chart->legend()->alignment(), Qt::AlignRight);
        ReportChartBuilder::fitLegend(chart.get(), QSizeF(1600, 500));
        QCOMPARE(chart->legend()->alignment(), Qt::AlignBottom);
    }

    void theWidgetKeepsTheHoveredCountsForItsTooltip()
    {
        ReportChartWidget widget;
        QString signalled;
        connect(&widget, &ReportChartWidget::pointHovered, this,
                [&signalled](const QString& tip) { signalled = tip; });
        const ReportChartSpec spec = handMade(true);
        widget.setSpec(spec);
        auto* view = qobject_cast<QChartView*>(widget.chartView());
        QVERIFY(view);
        auto* bars = qobject_cast<QAbstractBarSeries*>(view->chart()->series().first());
        QVERIFY(bars);
        Q_EMIT bars->barSets().at(1)->hovered(true, 2);
        QCOMPARE(widget.hoveredText(), spec.series.at(1).points.at(2).tooltip);
        QCOMPARE(signalled, widget.hoveredText());
        Q_EMIT bars->barSets().at(1)->hovered(false, 2);
        QCOMPARE(widget.hoveredText(), QString());
    }

    void everyChartOfAReport()
    {
        ReportFixture fx(QStringLiteral("hover"));
        fx.buildQuarterScenario();
        SettingsStore settings(fx.db());
        auto r = TimelinessReportService(fx.db(), settings)
                     .build(ReportRequest{QDate(2026, 1, 1), QDate(2026, 3, 1), QDate(2026, 5, 31)},
                            ReportSettings::load(settings));
        QVERIFY2(r.ok(), qPrintable(r.failure().text()));
        for (int threshold : {0, 5}) {
            const auto specs = ReportChartSpec::build(PublishedReport(r.value(), threshold));
            // A public paper gives whose delay it was for the period only (a table, no chart),
            // and this quarter's late counts for the quarter only (BoardTableLayout), so no
            // monthly IHA or RHA percentages either.
            QCOMPARE(specs.size(), threshold > 0 ? 2 : 5);
            for (const ReportChartSpec& spec : specs)
                hoverEverything(spec);
        }
    }
};

QTEST_MAIN(TestChartHover)
#include "tst_ui_charthover.moc"
