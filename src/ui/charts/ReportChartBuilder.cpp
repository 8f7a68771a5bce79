// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/ReportChartBuilder.h"

#include <QtCharts/QBarCategoryAxis>
#include <QtCharts/QBarSeries>
#include <QtCharts/QBarSet>
#include <QtCharts/QCategoryAxis>
#include <QtCharts/QHorizontalBarSeries>
#include <QtCharts/QLegendMarker>
#include <QtCharts/QLineSeries>
#include <QtCharts/QScatterSeries>
#include <QtCharts/QStackedBarSeries>
#include <QtCharts/QValueAxis>

#include <algorithm>
#include <cmath>

namespace lac {
namespace {

// GOV.UK design system colours: distinguishable, and readable printed in grey.
const QList<QColor> palette = {QColor(0x1d, 0x70, 0xb8), QColor(0xf4, 0x77, 0x38),
                               QColor(0x0b, 0x0c, 0x0c), QColor(0x4c, 0x2c, 0x92),
                               QColor(0x00, 0x70, 0x3c), QColor(0xd5, 0x38, 0x80),
                               QColor(0x50, 0x5a, 0x5f)};
const QColor targetColour(0x00, 0x70, 0x3c);

QFont pixelFont(int px, bool bold = false)
{
    QFont f;
    f.setPixelSize(px);
    f.setBold(bold);
    return f;
}

void style(QChart* chart, const ReportChartSpec& spec)
{
    chart->setTitle(spec.title);
    chart->setTitleFont(pixelFont(15, true));
    chart->legend()->setFont(pixelFont(12));
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(6, 6, 6, 6));
    chart->setAnimationOptions(QChart::NoAnimation);
}

QValueAxis* valueAxis(const ReportChartSpec& spec, double max)
{
    auto* axis = new QValueAxis;
    axis->setLabelsFont(pixelFont(11));
    axis->setTitleFont(pixelFont(12));
    axis->setTitleText(spec.valueTitle);
    if (spec.percent) {
        axis->setRange(0, 100);
        axis->setTickCount(6);
        axis->setLabelFormat(QStringLiteral("%.0f%%"));
    } else {
        const double top = std::max(4.0, std::ceil(max * 1.1));
        axis->setRange(0, top);
        axis->setLabelFormat(QStringLiteral("%.0f"));
        axis->applyNiceNumbers();
    }
    return axis;
}

// Month labels for line charts: every month up to 18 months, then every few months.
QCategoryAxis* monthAxis(const QStringList& categories)
{
    auto* axis = new QCategoryAxis;
    axis->setLabelsFont(pixelFont(11));
    axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    const int n = int(categories.size());
    const int step = n <= 18 ? 1 : n <= 36 ? 3 : n <= 72 ? 6 : 12;
    for (int i = 0; i < n; i += step)
        axis->append(categories.at(i), i);
    axis->setRange(-0.5, n - 0.5);
    if (n > 12)
        axis->setLabelsAngle(-45);
    axis->setGridLineVisible(false);
    return axis;
}

void lines(QChart* chart, const ReportChartSpec& spec,
           const ReportChartBuilder::HoverHandler& onHover)
{
    const int n = int(spec.categories.size());
    QCategoryAxis* x = monthAxis(spec.categories);
    x->setTitleText(spec.categoryTitle);
    x->setTitleFont(pixelFont(12));
    double max = 0;
    for (const auto& s : spec.series)
        for (const auto& p : s.points)
            max = std::max(max, p.value.value_or(0));
    QValueAxis* y = valueAxis(spec, max);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    const auto attach = [&](QAbstractSeries* series) {
        chart->addSeries(series);
        series->attachAxis(x);
        series->attachAxis(y);
    };
    for (int si = 0; si < spec.series.size(); ++si) {
        const ReportChartSpec::Series& s = spec.series.at(si);
        const QColor colour = palette.at(si % palette.size());
        // A hidden or empty month breaks the line; markers show lone points and carry the
        // hover text.
        auto* markers = new QScatterSeries;
        markers->setName(s.name);
        markers->setColor(colour);
        markers->setBorderColor(colour);
        markers->setMarkerSize(n > 36 ? 4 : 7);
        QLineSeries* segment = nullptr;
        for (int i = 0; i < n; ++i) {
            const auto& v = s.points.at(i).value;
            if (!v) {
                segment = nullptr;
                continue;
            }
            markers->append(i, *v);
            if (!segment) {
                segment = new QLineSeries;
                QPen pen(colour);
                pen.setWidthF(si == spec.series.size() - 1 ? 2.5 : 2.0);
                segment->setPen(pen);
                attach(segment);
                chart->legend()->markers(segment).first()->setVisible(false);
            }
            segment->append(i, *v);
        }
        attach(markers);
        if (onHover) {
            QObject::connect(markers, &QScatterSeries::hovered, markers,
                             [s, onHover](const QPointF& point, bool state) {
                                 const int i = int(std::lround(point.x()));
                                 onHover(state && i >= 0 && i < s.points.size()
                                             ? s.points.at(i).tooltip
                                             : QString());
                             });
        }
    }
    if (spec.target) {
        auto* target = new QLineSeries;
        target->setName(ReportChartBuilder::tr("Target %1%").arg(*spec.target));
        QPen pen(targetColour);
        pen.setStyle(Qt::DashLine);
        pen.setWidthF(1.5);
        target->setPen(pen);
        target->append(-0.5, *spec.target);
        target->append(n - 0.5, *spec.target);
        attach(target);
    }
}

void bars(QChart* chart, const ReportChartSpec& spec,
          const ReportChartBuilder::HoverHandler& onHover)
{
    // Months are stacked columns; placement groups (long names) are horizontal bars, listed
    // from the top in report order.
    const bool horizontal = !spec.stacked;
    QAbstractBarSeries* series = spec.stacked
                                     ? static_cast<QAbstractBarSeries*>(new QStackedBarSeries)
                                     : static_cast<QAbstractBarSeries*>(new QHorizontalBarSeries);
    const int n = int(spec.categories.size());
    // By value: copies of this run later, from QBarSet::hovered, after this function returned.
    const auto at = [n, horizontal](int i) { return horizontal ? n - 1 - i : i; };
    QList<double> totals(n, 0.0);
    for (int si = 0; si < spec.series.size(); ++si) {
        const ReportChartSpec::Series& s = spec.series.at(si);
        auto* set = new QBarSet(s.name);
        set->setColor(palette.at(si % palette.size()));
        set->setBorderColor(Qt::white);
        for (int i = 0; i < n; ++i) {
            const double v = s.points.at(at(i)).value.value_or(0);
            *set << v;
            totals[i] = spec.stacked ? totals[i] + v : std::max(totals[i], v);
        }
        if (onHover) {
            QObject::connect(
                set, &QBarSet::hovered, set, [s, onHover, at, n](bool status, int index) {
                    onHover(status && index >= 0 && index < n ? s.points.at(at(index)).tooltip
                                                              : QString());
                });
        }
        series->append(set);
    }
    series->setBarWidth(spec.stacked ? 0.7 : 0.8);
    chart->addSeries(series);
    auto* x = new QBarCategoryAxis;
    x->setLabelsFont(pixelFont(n > 24 ? 9 : 11));
    for (int i = 0; i < n; ++i)
        x->append(spec.categories.at(at(i)));
    if (n > 12 && !horizontal)
        x->setLabelsAngle(-45);
    if (!horizontal) {
        x->setTitleText(spec.categoryTitle);
        x->setTitleFont(pixelFont(12));
    }
    chart->addAxis(x, horizontal ? Qt::AlignLeft : Qt::AlignBottom);
    series->attachAxis(x);
    const double max = totals.isEmpty() ? 0 : *std::max_element(totals.cbegin(), totals.cend());
    QValueAxis* y = valueAxis(spec, max);
    chart->addAxis(y, horizontal ? Qt::AlignBottom : Qt::AlignLeft);
    series->attachAxis(y);
}

} // namespace

QChart* ReportChartBuilder::build(const ReportChartSpec& spec, const HoverHandler& onHover)
{
    auto* chart = new QChart;
    style(chart, spec);
    if (spec.bars)
        bars(chart, spec, onHover);
    else
        lines(chart, spec, onHover);
    if (spec.series.isEmpty() || spec.categories.isEmpty())
        chart->setTitle(spec.title + tr(" — nothing to show for this period"));
    return chart;
}

} // namespace lac
