// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/ReportChartBuilder.h"

#include <QFontMetricsF>
#include <QtCharts/QBarCategoryAxis>
#include <QtCharts/QBarSeries>
#include <QtCharts/QBarSet>
#include <QtCharts/QCategoryAxis>
#include <QtCharts/QHorizontalBarSeries>
#include <QtCharts/QLegend>
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
// Labels every step-th month of \a axis (the full list is kept on the axis as "lacMonths").
void labelMonths(QCategoryAxis* axis, int step)
{
    // Called on every resize: relabel only when the step changes.
    if (axis->property("lacStep").toInt() == step)
        return;
    axis->setProperty("lacStep", step);
    const QStringList months = axis->property("lacMonths").toStringList();
    for (const QString& label : axis->categoriesLabels())
        axis->remove(label);
    const int n = int(months.size());
    for (int i = 0; i < n; i += step)
        axis->append(months.at(i), i);
    axis->setRange(-0.5, n - 0.5);
    axis->setLabelsAngle((n + step - 1) / step > 8 ? -45 : 0);
}

QCategoryAxis* monthAxis(const QStringList& categories)
{
    auto* axis = new QCategoryAxis;
    axis->setLabelsFont(pixelFont(11));
    axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    axis->setProperty("lacMonths", categories);
    const int n = int(categories.size());
    labelMonths(axis, n <= 18 ? 1 : n <= 36 ? 3 : n <= 72 ? 6 : 12);
    axis->setGridLineVisible(false);
    return axis;
}

// Marks the figures small-number suppression withholds, so that a public chart never drops
// a category silently: a hollow grey square where the bar or point would be, named in the
// legend, with the point's own words ("Social care, Jul 2026: <5 late") on hover.
class HiddenMarks
{
public:
    void add(double x, double y, const QString& tooltip)
    {
        m_points << QPointF(x, y);
        m_tips << tooltip;
    }

    void attachTo(QChart* chart, QAbstractAxis* x, QAbstractAxis* y,
                  const ReportChartBuilder::HoverHandler& onHover) const
    {
        if (m_points.isEmpty())
            return;
        auto* marks = new QScatterSeries;
        marks->setName(ReportChartBuilder::hiddenLegend());
        marks->setMarkerShape(QScatterSeries::MarkerShapeRectangle);
        marks->setMarkerSize(9);
        marks->setColor(Qt::white);
        marks->setBorderColor(QColor(0x50, 0x5a, 0x5f));
        marks->append(m_points);
        chart->addSeries(marks);
        marks->attachAxis(x);
        marks->attachAxis(y);
        if (onHover) {
            QObject::connect(
                marks, &QScatterSeries::hovered, marks,
                [points = m_points, tips = m_tips, onHover](const QPointF& p, bool state) {
                    const auto i = points.indexOf(p);
                    onHover(state && i >= 0 ? tips.at(i) : QString());
                });
        }
    }

private:
    QList<QPointF> m_points;
    QStringList m_tips;
};

void addTarget(QChart* chart, const ReportChartSpec& spec, QAbstractAxis* x, QAbstractAxis* y)
{
    if (!spec.target)
        return;
    const int n = int(spec.categories.size());
    auto* target = new QLineSeries;
    target->setName(ReportChartBuilder::tr("Target %1%").arg(*spec.target));
    QPen pen(targetColour);
    pen.setStyle(Qt::DashLine);
    pen.setWidthF(1.5);
    target->setPen(pen);
    target->append(-0.5, *spec.target);
    target->append(n - 0.5, *spec.target);
    chart->addSeries(target);
    target->attachAxis(x);
    target->attachAxis(y);
}

double largest(const ReportChartSpec& spec)
{
    double max = 0;
    for (const auto& s : spec.series)
        for (const auto& p : s.points)
            max = std::max(max, p.value.value_or(0));
    return max;
}

void lines(QChart* chart, const ReportChartSpec& spec,
           const ReportChartBuilder::HoverHandler& onHover)
{
    const int n = int(spec.categories.size());
    QCategoryAxis* x = monthAxis(spec.categories);
    x->setTitleText(spec.categoryTitle);
    x->setTitleFont(pixelFont(12));
    QValueAxis* y = valueAxis(spec, largest(spec));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    const auto attach = [&](QAbstractSeries* series) {
        chart->addSeries(series);
        series->attachAxis(x);
        series->attachAxis(y);
    };
    HiddenMarks hidden;
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
                if (s.points.at(i).hidden)
                    hidden.add(i, 0, s.points.at(i).tooltip);
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
    addTarget(chart, spec, x, y);
    hidden.attachTo(chart, x, y, onHover);
}

void connectHover(QBarSet* set, const ReportChartSpec::Series& s,
                  const ReportChartBuilder::HoverHandler& onHover, int n, bool reversed)
{
    if (!onHover)
        return;
    // Everything by value: the handler runs long after the builder has returned.
    QObject::connect(set, &QBarSet::hovered, set, [s, onHover, n, reversed](bool status, int i) {
        const int at = reversed ? n - 1 - i : i;
        onHover(status && i >= 0 && i < n ? s.points.at(at).tooltip : QString());
    });
}

// A few months of percentages: grouped columns, one per place, with the target across. A
// line over three months (often one or two points after suppression) reads as a lone dot.
void columns(QChart* chart, const ReportChartSpec& spec,
             const ReportChartBuilder::HoverHandler& onHover)
{
    const int n = int(spec.categories.size());
    const int k = int(spec.series.size());
    auto* series = new QBarSeries;
    const double groupWidth = 0.8;
    series->setBarWidth(groupWidth);
    HiddenMarks hidden;
    for (int si = 0; si < k; ++si) {
        const ReportChartSpec::Series& s = spec.series.at(si);
        auto* set = new QBarSet(s.name);
        set->setColor(palette.at(si % palette.size()));
        set->setBorderColor(Qt::white);
        for (int i = 0; i < n; ++i) {
            *set << s.points.at(i).value.value_or(0);
            if (s.points.at(i).hidden)
                hidden.add(i - groupWidth / 2 + (si + 0.5) * groupWidth / k, 0,
                           s.points.at(i).tooltip);
        }
        connectHover(set, s, onHover, n, false);
        series->append(set);
    }
    chart->addSeries(series);
    auto* x = new QBarCategoryAxis;
    x->setLabelsFont(pixelFont(11));
    x->append(spec.categories);
    x->setTitleText(spec.categoryTitle);
    x->setTitleFont(pixelFont(12));
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    QValueAxis* y = valueAxis(spec, largest(spec));
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    addTarget(chart, spec, x, y);
    hidden.attachTo(chart, x, y, onHover);
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
    const auto at = [horizontal, n](int i) { return horizontal ? n - 1 - i : i; };
    QList<double> totals(n, 0.0);
    QList<QList<int>> hiddenAt(n);
    for (int si = 0; si < spec.series.size(); ++si) {
        const ReportChartSpec::Series& s = spec.series.at(si);
        auto* set = new QBarSet(s.name);
        set->setColor(palette.at(si % palette.size()));
        set->setBorderColor(Qt::white);
        for (int i = 0; i < n; ++i) {
            const double v = s.points.at(at(i)).value.value_or(0);
            *set << v;
            totals[i] = spec.stacked ? totals[i] + v : std::max(totals[i], v);
            if (s.points.at(at(i)).hidden)
                hiddenAt[i] << si;
        }
        connectHover(set, s, onHover, n, horizontal);
        series->append(set);
    }
    series->setBarWidth(spec.stacked ? 0.7 : 0.8);
    chart->addSeries(series);
    QAbstractAxis* x = nullptr;
    if (horizontal) {
        auto* groups = new QBarCategoryAxis;
        groups->setLabelsFont(pixelFont(11));
        for (int i = 0; i < n; ++i)
            groups->append(spec.categories.at(at(i)));
        x = groups;
    } else {
        // Months on a value axis labelled like the line charts (every month up to 18, then
        // every few): a bar-category axis elides 24 labels to "…".
        x = monthAxis(spec.categories);
        x->setTitleText(spec.categoryTitle);
        x->setTitleFont(pixelFont(12));
    }
    chart->addAxis(x, horizontal ? Qt::AlignLeft : Qt::AlignBottom);
    series->attachAxis(x);
    const double max = totals.isEmpty() ? 0 : *std::max_element(totals.cbegin(), totals.cend());
    QValueAxis* y = valueAxis(spec, max);
    chart->addAxis(y, horizontal ? Qt::AlignBottom : Qt::AlignLeft);
    series->attachAxis(y);
    if (spec.stacked) {
        // One mark per hidden figure, stacked above the shown part of the month's column.
        HiddenMarks hidden;
        const double step = std::max(0.5, y->max() / 25);
        for (int i = 0; i < n; ++i)
            for (int h = 0; h < hiddenAt.at(i).size(); ++h)
                hidden.add(i, totals.at(i) + step * (h + 0.6),
                           spec.series.at(hiddenAt.at(i).at(h)).points.at(i).tooltip);
        hidden.attachTo(chart, x, y, onHover);
    }
}

} // namespace

QChart* ReportChartBuilder::build(const ReportChartSpec& spec, const HoverHandler& onHover)
{
    auto* chart = new QChart;
    style(chart, spec);
    if (spec.bars)
        bars(chart, spec, onHover);
    else if (spec.categories.size() <= maxColumnCategories)
        columns(chart, spec, onHover);
    else
        lines(chart, spec, onHover);
    if (spec.series.isEmpty() || spec.categories.isEmpty())
        chart->setTitle(spec.title + tr(" — nothing to show for this period"));
    return chart;
}

QString ReportChartBuilder::hiddenLegend()
{
    return tr("Hidden (small number)");
}

void ReportChartBuilder::fitLegend(QChart* chart, const QSizeF& size)
{
    // Qt's legend is one row under the chart and elides what does not fit ("Host area …"):
    // when the names are wider than the chart, list them down the right-hand side instead.
    QLegend* legend = chart->legend();
    const QFontMetricsF metrics(legend->font());
    double needed = 0;
    // (A marker of a chart not yet on screen reports itself invisible; its series does not.)
    for (QLegendMarker* marker : legend->markers())
        if (marker->series() && marker->series()->isVisible())
            needed += metrics.horizontalAdvance(marker->label()) + 2 * metrics.height();
    const Qt::Alignment wanted = needed > size.width() ? Qt::AlignRight : Qt::AlignBottom;
    if (legend->alignment() != wanted)
        legend->setAlignment(wanted);
    // Qt cuts a month label that does not fit its share of the axis to "…", rotated or not:
    // label every month only while each has room, else every 2nd, 3rd, 6th or 12th.
    const double plotWidth = size.width() * (wanted == Qt::AlignRight ? 0.6 : 0.85) - 60;
    for (QAbstractAxis* axis : chart->axes(Qt::Horizontal)) {
        auto* months = qobject_cast<QCategoryAxis*>(axis);
        if (!months || !months->property("lacMonths").isValid())
            continue;
        const int n = int(months->property("lacMonths").toStringList().size());
        int step = 1;
        for (int candidate : {1, 2, 3, 6, 12, 24}) {
            step = candidate;
            const int labels = (n + step - 1) / step;
            if (labels * 40.0 <= plotWidth) // a label needs about 40 pixels, rotated or not
                break;
        }
        labelMonths(months, step);
    }
}

} // namespace lac
