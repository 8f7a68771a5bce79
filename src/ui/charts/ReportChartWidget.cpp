// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/ReportChartWidget.h"

#include "charts/ReportChartBuilder.h"
#include "charts/ReportChartPainter.h"

#include <QCursor>
#include <QImage>
#include <QPainter>
#include <QSvgGenerator>
#include <QToolTip>
#include <QVBoxLayout>
#include <QtCharts/QChartView>

namespace lac {

struct ReportChartWidget::Private
{
    ReportChartSpec spec;
    QChartView* view = nullptr;
};

ReportChartWidget::ReportChartWidget(QWidget* parent)
    : QWidget(parent)
    , d(std::make_unique<Private>())
{
    d->view = new QChartView(this);
    d->view->setRenderHint(QPainter::Antialiasing);
    d->view->setMinimumSize(420, 260);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(d->view);
}

ReportChartWidget::~ReportChartWidget() = default;

void ReportChartWidget::setSpec(const ReportChartSpec& spec)
{
    d->spec = spec;
    QChart* old = d->view->chart();
    d->view->setChart(ReportChartBuilder::build(spec, [this](const QString& tooltip) {
        if (tooltip.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(QCursor::pos(), tooltip, this);
        Q_EMIT pointHovered(tooltip);
    }));
    d->view->setAccessibleName(spec.title);
    delete old;
}

const ReportChartSpec& ReportChartWidget::spec() const
{
    return d->spec;
}

bool ReportChartWidget::exportPng(const QString& path) const
{
    const QSize size = d->view->size().expandedTo(QSize(800, 450));
    QImage image(size * 2, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(2);
    image.fill(Qt::white);
    QPainter painter(&image);
    ReportChartPainter::paint(d->spec, painter, QRectF(QPointF(0, 0), QSizeF(size)), QSizeF(size));
    painter.end();
    return image.save(path, "PNG");
}

bool ReportChartWidget::exportSvg(const QString& path) const
{
    const QSize size = d->view->size().expandedTo(QSize(800, 450));
    QSvgGenerator svg;
    svg.setFileName(path);
    svg.setSize(size);
    svg.setViewBox(QRect(QPoint(0, 0), size));
    svg.setTitle(d->spec.title);
    QPainter painter;
    if (!painter.begin(&svg))
        return false;
    ReportChartPainter::paint(d->spec, painter, QRectF(QPointF(0, 0), QSizeF(size)), QSizeF(size));
    return painter.end();
}

} // namespace lac
