// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reporting/ReportChartSpec.h"

#include <QWidget>

#include <memory>

namespace lac {

/// One chart of the timeliness report on screen: hovering a point shows the counts behind
/// it, and the chart exports to PNG and SVG. No Qt Charts type in this header, so the rest of
/// the program does not depend on Qt Charts.
class ReportChartWidget : public QWidget
{
    Q_OBJECT

public:
    explicit ReportChartWidget(QWidget* parent = nullptr);
    ~ReportChartWidget() override;

    void setSpec(const ReportChartSpec& spec);
    const ReportChartSpec& spec() const;

    /// Writes the chart as it is shown (at least 800×450 pixels).
    bool exportPng(const QString& path) const;
    bool exportSvg(const QString& path) const;

    /// The counts behind the point under the pointer, shown as a tooltip at the pointer.
    QString hoveredText() const;

    /// The chart drawn, for tests and accessibility checks (a QChartView).
    QWidget* chartView() const;

Q_SIGNALS:
    /// The counts behind the point under the pointer (empty when it leaves).
    void pointHovered(const QString& tooltip);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace lac
