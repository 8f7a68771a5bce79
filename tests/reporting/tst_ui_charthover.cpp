// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Pointing at any bar or point of any chart shows that point's counts; it used to kill the
// program (a hover handler read the chart builder's local variables after it had returned).
#include "ReportFixture.h"
#include "charts/ReportChartBuilder.h"
#include "data/SettingsStore.h"
#include "reporting/PublishedReport.h"
#include "reporting/ReportChartSpec.h"
#include "reporting/TimelinessReportService.h"

#include <QApplication>
#include <QTest>
#include <QtCharts/QAbstractBarSeries>
#include <QtCharts/QBarSet>
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
    const int i = spec.stacked ? index : n - 1 - index;
    return spec.series.at(si).points.at(i).tooltip;
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

ReportChartSpec handMade(bool stacked)
{
    ReportChartSpec spec;
    spec.title = stacked ? QStringLiteral("stacked") : QStringLiteral("groups");
    spec.bars = true;
    spec.stacked = stacked;
    spec.categories = {QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")};
    for (int si = 0; si < 2; ++si) {
        ReportChartSpec::Series s;
        s.name = QStringLiteral("series %1").arg(si);
        for (int i = 0; i < 3; ++i)
            s.points.append({double(si + i + 1), QStringLiteral("s%1 %2").arg(si).arg(i)});
        spec.series.append(s);
    }
    return spec;
}

} // namespace

class TestChartHover : public QObject
{
    Q_OBJECT

private Q_SLOTS:
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
            QVERIFY(specs.size() >= 5);
            for (const ReportChartSpec& spec : specs)
                hoverEverything(spec);
        }
    }
};

QTEST_MAIN(TestChartHover)
#include "tst_ui_charthover.moc"
