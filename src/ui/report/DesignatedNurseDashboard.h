// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Today.h"

#include "reporting/ReportLoader.h"

#include <QWidget>

class QLabel;
class QTabWidget;
class QTableView;

namespace lac {

class ReportSections;
class TimelinessChartsView;
class TimelinessTableModel;

/// The designated nurse's read-only overview: red/amber/green tiles for the current quarter's
/// IHA, RHA and request timeliness against the targets, the quarter's board table, and the
/// last twelve months' charts. Nothing on it can change case data.
class DesignatedNurseDashboard : public QWidget
{
    Q_OBJECT

public:
    /// \a reports hands out the one shared report (built on another thread when it can be);
    /// it must outlive this.
    /// \a sections: the charts each kind of record adds (the health outcomes beside England's
    /// among them), after the report's own. Nothing is computed until the overview is first
    /// shown.
    DesignatedNurseDashboard(ReportLoader& reports, const AuditLog& audit, Today today,
                             QWidget* parent = nullptr, const ReportSections* sections = nullptr);
    ~DesignatedNurseDashboard() override;

    /// Shows the quarter containing \a today (the tiles and the table): at once when the shared
    /// report holds it, otherwise when it has been worked out on another thread.
    void showQuarterOf(QDate today);
    /// Adds a kind of record's own page after the quarter's table and the charts (the host
    /// caseload's split, …); the page reads its figures when it is shown.
    void addPage(QWidget* page, const QString& title);
    TimelinessTableModel* quarterModel() const { return m_model; }
    TimelinessChartsView* charts() const { return m_charts; }
    /// The tile texts, for tests and screen readers.
    QStringList tileTexts() const;

Q_SIGNALS:
    void statusMessage(const QString& text);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void drawQuarter(QDate today, const Result<TimelinessReport>& report);

    ReportLoader& m_reports;
    bool m_shownQuarter = false;
    const AuditLog& m_audit;
    Today m_today;
    QLabel* m_heading = nullptr;
    QList<QLabel*> m_tiles;
    TimelinessTableModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    TimelinessChartsView* m_charts = nullptr;
    QTabWidget* m_pages = nullptr;
};

} // namespace lac
