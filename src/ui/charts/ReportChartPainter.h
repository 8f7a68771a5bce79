// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reporting/ReportChartSpec.h"

#include <QRectF>
#include <QSizeF>

class QPainter;

namespace lac {

/// Draws a report chart with any QPainter (PDF, SVG, image) as vector graphics. The chart is
/// laid out at \a layoutSize (pixels) and scaled into \a target, because a chart that was
/// never shown on screen otherwise stays a thumbnail with "…" labels.
class ReportChartPainter
{
public:
    static constexpr double defaultWidth = 760;
    static constexpr double defaultHeight = 400;

    static void paint(const ReportChartSpec& spec, QPainter& painter, const QRectF& target,
                      const QSizeF& layoutSize = QSizeF(defaultWidth, defaultHeight));
};

} // namespace lac
