// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/ReportChartWidget.h"

#include "charts/ReportChartBuilder.h"
#include "charts/ReportChartPainter.h"

#include <QCursor>
#include <QHelpEvent>
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
    QString tip; ///< the counts behind the point under the pointer, empty when none
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
    // The chart's scene answers every tooltip event, and with no item tooltip it hides
    // ours: the counts flashed and vanished, and were left only in the status bar.
    d->view->viewport()->installEventFilter(this);
}

bool ReportChartWidget::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == d->view->viewport() && event->type() == QEvent::ToolTip) {
        const auto* help = static_cast<QHelpEvent*>(event);
        if (d->tip.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), d->tip, d->view->viewport());
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void ReportChartWidget::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    if (QChart* chart = d->view->chart())
        ReportChartBuilder::fitLegend(chart, d->view->size());
}

QWidget* ReportChartWidget::chartView() const
{
    return d->view;
}

QString ReportChartWidget::hoveredText() const
{
    return d->tip;
}

ReportChartWidget::~ReportChartWidget() = default;

void ReportChartWidget::setSpec(const ReportChartSpec& spec)
{
    d->spec = spec;
    QChart* old = d->view->chart();
    d->tip.clear();
    d->view->setChart(ReportChartBuilder::build(spec, [this](const QString& tooltip) {
        d->tip = tooltip;
        QWidget* viewport = d->view->viewport();
        if (tooltip.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(QCursor::pos(), tooltip, viewport);
        Q_EMIT pointHovered(tooltip);
    }));
    ReportChartBuilder::fitLegend(d->view->chart(), d->view->size());
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
