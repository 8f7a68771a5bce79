// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reporting/PublishedReport.h"

#include <QCoreApplication>
#include <QStringList>

#include <optional>

namespace lac {

/// What one chart of the timeliness report shows, as plain data: the charts view and the PDF
/// draw these (ui/charts), so a chart can only show figures the published report shows, and
/// a hidden (suppressed) figure is a gap in the line, never a point.
struct ReportChartSpec
{
    Q_DECLARE_TR_FUNCTIONS(lac::ReportChartSpec)

public:
    enum class Kind
    {
        IhaTimeliness,   ///< % IHAs in time by month: in area, out of area, all, target
        RhaTimeliness,   ///< % RHAs in time by month
        GroupTimeliness, ///< % in time by placement group (bars, IHA and RHA)
        LateByOwner,     ///< late assessments by month, stacked by owner of the delay
        Backlog,         ///< open paperwork issues and out-of-area waits at each month end
        Section,         ///< a kind of record's own chart (ReportSection), made by its feature
    };

    struct Point
    {
        std::optional<double> value; ///< nullopt: hidden or nothing to measure
        QString tooltip;             ///< the counts behind the value, in words
        /// Withheld by small-number suppression (not merely nothing to measure): a public
        /// chart marks it as hidden rather than dropping it, so no category vanishes silently.
        bool hidden = false;
    };

    struct Series
    {
        QString name;
        QList<Point> points; ///< one per category
    };

    Kind kind = Kind::IhaTimeliness;
    QString title;
    QString valueTitle;     ///< "% in time", "Assessments", ...
    QStringList categories; ///< months ("Jan", or "Jan 26" over a year) or placement groups
    QString categoryTitle;  ///< the period, under month axes
    QList<Series> series;
    bool bars = false;
    bool stacked = false;
    bool percent = false;
    std::optional<double> target; ///< drawn as a line across (percent charts)

    /// Every chart of the report, in the order the view and the paper show them.
    static QList<ReportChartSpec> build(const PublishedReport& report);
    static ReportChartSpec build(const PublishedReport& report, Kind kind);
};

} // namespace lac
