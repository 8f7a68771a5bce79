// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Today.h"

#include "reporting/TimelinessReportService.h"

#include <QWidget>

class QLabel;

namespace lac {

class TimelinessChartsView;
class TimelinessTableModel;

/// The designated nurse's read-only overview: red/amber/green tiles for the current quarter's
/// IHA, RHA and request timeliness against the targets, the quarter's board table, and the
/// last twelve months' charts. Nothing on it can change case data.
class DesignatedNurseDashboard : public QWidget
{
    Q_OBJECT

public:
    /// \a reports is the one report service the composition root built; it must outlive this.
    DesignatedNurseDashboard(const TimelinessReportService& reports, const AuditLog& audit,
                             Today today, QWidget* parent = nullptr);
    ~DesignatedNurseDashboard() override;

    /// Shows the quarter containing \a today (the tiles and the table).
    void showQuarterOf(QDate today);
    TimelinessTableModel* quarterModel() const { return m_model; }
    TimelinessChartsView* charts() const { return m_charts; }
    /// The tile texts, for tests and screen readers.
    QStringList tileTexts() const;

Q_SIGNALS:
    void statusMessage(const QString& text);

private:
    const TimelinessReportService& m_service;
    const AuditLog& m_audit;
    Today m_today;
    QLabel* m_heading = nullptr;
    QList<QLabel*> m_tiles;
    TimelinessTableModel* m_model = nullptr;
    TimelinessChartsView* m_charts = nullptr;
};

} // namespace lac
