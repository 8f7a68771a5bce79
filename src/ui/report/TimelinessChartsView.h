// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Today.h"

#include "reporting/ReportLoader.h"
#include "reporting/ReportSection.h"

#include <QWidget>

#include <optional>

class QGridLayout;
class QLabel;
class QTableView;

namespace lac {

class MonthField;
class ReportChartWidget;
class TimelinessTableModel;

/// The timeliness charts workspace: a month-range picker, the five report charts (IHA and
/// RHA % in time by month with the target, placement groups, late by owner, backlogs) and the
/// board table underneath, all from one report so the charts and the table agree. Each chart
/// exports to PNG or SVG. Internal use: nothing is suppressed on screen.
class TimelinessChartsView : public QWidget
{
    Q_OBJECT

public:
    /// \a reports hands out the one shared report (built on another thread when it can be);
    /// it must outlive this. \a sections: the charts each kind of record adds, after the
    /// report's own. Nothing is computed until the view is first shown (or given a range).
    TimelinessChartsView(ReportLoader& reports, const AuditLog& audit, Today today,
                         QWidget* parent = nullptr, const ReportSections* sections = nullptr);
    ~TimelinessChartsView() override;

    /// Shows \a first to \a last (months): true once they are shown, which is at once when the
    /// shared report holds them; false with the reason in the note on failure, or while
    /// they are worked out on another thread (they are shown when they arrive).
    bool setRange(QDate first, QDate last);
    QDate firstMonth() const;
    QDate lastMonth() const;
    const QList<ReportChartWidget*>& charts() const { return m_charts; }
    TimelinessTableModel* tableModel() const { return m_model; }
    /// Whether to hide the table (the dashboard shows its own quarter table).
    void setTableVisible(bool visible);

    /// The file a chart is offered to be saved as: its title and months, in the user's
    /// Pictures folder (never the current folder), ending in .png or .svg.
    static QString suggestedChartPath(const QString& title, const QString& period, bool svg);
    /// \a path as chosen, with ".png"/".svg" added when the user typed a name without it.
    static QString withImageSuffix(const QString& path, bool svg);

Q_SIGNALS:
    void statusMessage(const QString& text);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void refresh();
    void draw(const Result<TimelinessReport>& report);
    void exportChart(ReportChartWidget* chart, bool svg);
    /// A chart with its export buttons, in the next cell of the grid.
    ReportChartWidget* addChart();

    ReportLoader& m_reports;
    bool m_drawn = false; ///< refreshed at least once
    const AuditLog& m_audit;
    Today m_today;
    const ReportSections* m_sections;
    QGridLayout* m_grid = nullptr;
    MonthField* m_from = nullptr;
    MonthField* m_to = nullptr;
    QLabel* m_note = nullptr;
    QList<ReportChartWidget*> m_charts;
    TimelinessTableModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    bool m_updating = false;
};

} // namespace lac
