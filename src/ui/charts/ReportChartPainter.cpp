// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/ReportChartPainter.h"

#include "charts/ReportChartBuilder.h"

#include <QGraphicsScene>
#include <QPainter>

namespace lac {

void ReportChartPainter::paint(const ReportChartSpec& spec, QPainter& painter, const QRectF& target,
                               const QSizeF& layoutSize)
{
    QGraphicsScene scene;
    QChart* chart = ReportChartBuilder::build(spec);
    scene.addItem(chart); // the scene owns it from here
    chart->setMinimumSize(layoutSize);
    chart->resize(layoutSize);
    ReportChartBuilder::fitLegend(chart, layoutSize);
    scene.setSceneRect(QRectF(QPointF(0, 0), layoutSize));
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    scene.render(&painter, target, scene.sceneRect(), Qt::KeepAspectRatio);
    painter.restore();
}

} // namespace lac
