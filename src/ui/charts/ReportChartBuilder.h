// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to ui/charts: the only code that knows Qt Charts (GPL-3, deprecated from Qt 6.10),
// so that moving to Qt Graphs later touches this folder alone.

#include "reporting/ReportChartSpec.h"

#include <QCoreApplication>
#include <QtCharts/QChart>

#include <functional>

namespace lac {

/// Builds a QChart for one ReportChartSpec: percent lines with gaps where a figure is hidden,
/// the target as a dashed line, bars or stacked bars, fonts in pixel sizes so the chart looks
/// the same on screen and scaled into a PDF.
class ReportChartBuilder
{
    Q_DECLARE_TR_FUNCTIONS(lac::ReportChartBuilder)

public:
    /// Called with a point's tooltip when the pointer rests on it (empty when it leaves).
    using HoverHandler = std::function<void(const QString& tooltip)>;

    /// Percent charts of up to this many months are grouped columns rather than lines.
    static constexpr int maxColumnCategories = 6;

    static QChart* build(const ReportChartSpec& spec, const HoverHandler& onHover = {});

    /// Puts the legend under the chart when its names fit the width, else down the right,
    /// so that no series name is cut, and labels as many months as have room (every 2nd,
    /// 3rd… on a narrow chart) so that none is cut to "…". Call again whenever the chart
    /// changes size.
    static void fitLegend(QChart* chart, const QSizeF& size);

    /// The legend entry of the marks for figures withheld by small-number suppression.
    static QString hiddenLegend();
};

} // namespace lac
