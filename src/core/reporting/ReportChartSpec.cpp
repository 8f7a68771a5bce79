// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reporting/ReportChartSpec.h"

#include "reporting/BoardTableRow.h"

#include <QLocale>

namespace lac {
namespace {

// A figure the published report withholds ("<5", "*"), as opposed to a zero or a dash.
bool hiddenText(const QString& text)
{
    return text.startsWith(QLatin1Char('<')) || text == QLatin1String("*");
}

QStringList monthCategories(const PublishedReport& r)
{
    const QLocale uk(QLocale::English, QLocale::UnitedKingdom);
    QStringList c;
    for (int m = 0; m < r.monthCount(); ++m)
        c << uk.toString(r.columnMonth(m),
                         r.monthCount() <= 12 ? QStringLiteral("MMM") : QStringLiteral("MMM yy"));
    return c;
}

ReportChartSpec timeliness(const PublishedReport& r, bool initial)
{
    using I = ReportIndicator;
    ReportChartSpec spec;
    spec.kind =
        initial ? ReportChartSpec::Kind::IhaTimeliness : ReportChartSpec::Kind::RhaTimeliness;
    spec.title = initial ? ReportChartSpec::tr(
                               "IHAs completed within %1 working days, by month of entry to care")
                               .arg(r.report().settings.policy.ihaWorkingDays)
                         : ReportChartSpec::tr("RHAs completed in time, by month due");
    spec.valueTitle = ReportChartSpec::tr("% in time");
    spec.percent = true;
    spec.categories = monthCategories(r);
    spec.categoryTitle = r.periodText();
    spec.target =
        initial ? r.report().settings.ihaTargetPercent : r.report().settings.rhaTargetPercent;
    const TimelinessMeasure measure =
        initial ? TimelinessMeasure::IhaInTime : TimelinessMeasure::RhaInTime;
    const I inTime = initial ? I::IhaInTime : I::RhaInTime;
    const I late = initial ? I::IhaLate : I::RhaLate;
    const I pending = initial ? I::IhaPending : I::RhaPending;
    // A public paper has a monthly split only where its layout splits both counts by month.
    const int last = r.monthCount() - 1; // a row's first columns may be empty (its own lead)
    const bool split = r.monthCount() > 0 && r.isPrinted(last, inTime, LocationColumn::InArea) &&
                       r.isPrinted(last, late, LocationColumn::InArea);
    const QList<LocationColumn> series =
        split ? QList<LocationColumn>{LocationColumn::InArea, LocationColumn::OutOfArea,
                                      LocationColumn::Total}
              : QList<LocationColumn>{LocationColumn::Total};
    for (LocationColumn where : series) {
        ReportChartSpec::Series s;
        s.name = BoardTableRow::locationLabel(where);
        for (int m = 0; m < r.monthCount(); ++m) {
            ReportChartSpec::Point p;
            p.value = r.percentValue(m, measure, where);
            p.hidden = !p.value && hiddenText(r.percent(m, measure, where));
            p.tooltip = ReportChartSpec::tr("%1, %2: %3 in time, %4 late, %5 not yet due (%6)")
                            .arg(r.columnTitle(m), s.name.toLower(), r.count(m, inTime, where),
                                 r.count(m, late, where), r.count(m, pending, where),
                                 r.percent(m, measure, where));
            s.points << p;
        }
        spec.series << s;
    }
    return spec;
}

ReportChartSpec groups(const PublishedReport& r)
{
    ReportChartSpec spec;
    spec.kind = ReportChartSpec::Kind::GroupTimeliness;
    spec.title =
        ReportChartSpec::tr("Assessments in time by placement type, %1").arg(r.periodText());
    spec.valueTitle = ReportChartSpec::tr("% in time");
    spec.percent = true;
    spec.bars = true;
    for (int g = 0; g < r.groupCount(); ++g)
        spec.categories << r.groupName(g);
    for (bool initial : {true, false}) {
        ReportChartSpec::Series s;
        s.name = initial ? ReportChartSpec::tr("IHA") : ReportChartSpec::tr("RHA");
        for (int g = 0; g < r.groupCount(); ++g) {
            ReportChartSpec::Point p;
            p.value = r.groupPercentValue(g, initial);
            p.hidden = !p.value && hiddenText(r.groupPercent(g, initial));
            p.tooltip =
                ReportChartSpec::tr("%1, %2: %3 in time, %4 late (%5)")
                    .arg(spec.categories.at(g), s.name,
                         r.groupCount(g,
                                      initial ? GroupMeasure::IhaInTime : GroupMeasure::RhaInTime),
                         r.groupCount(g, initial ? GroupMeasure::IhaLate : GroupMeasure::RhaLate),
                         r.groupPercent(g, initial));
            s.points << p;
        }
        spec.series << s;
    }
    return spec;
}

ReportChartSpec owners(const PublishedReport& r)
{
    ReportChartSpec spec;
    spec.kind = ReportChartSpec::Kind::LateByOwner;
    spec.title = ReportChartSpec::tr("Late assessments by whose delay it was");
    spec.valueTitle = ReportChartSpec::tr("Late assessments");
    spec.bars = true;
    spec.stacked = true;
    spec.categories = monthCategories(r);
    spec.categoryTitle = r.periodText();
    for (int o = 0; o < r.owners().size(); ++o) {
        ReportChartSpec::Series s;
        s.name = r.ownerName(o);
        for (int m = 0; m < r.monthCount(); ++m) {
            ReportChartSpec::Point p;
            if (const auto n = r.ownerShown(m, o))
                p.value = *n;
            p.hidden = !p.value && hiddenText(r.ownerCount(m, o));
            p.tooltip = ReportChartSpec::tr("%1, %2: %3 late")
                            .arg(r.columnTitle(m), s.name, r.ownerCount(m, o));
            s.points << p;
        }
        spec.series << s;
    }
    return spec;
}

ReportChartSpec backlog(const PublishedReport& r)
{
    ReportChartSpec spec;
    spec.kind = ReportChartSpec::Kind::Backlog;
    spec.title =
        ReportChartSpec::tr("Open paperwork issues and out-of-area waits at each month end");
    spec.valueTitle = ReportChartSpec::tr("Open at month end");
    spec.categories = monthCategories(r);
    spec.categoryTitle = r.periodText();
    ReportChartSpec::Series paperwork{ReportChartSpec::tr("Paperwork issues"), {}};
    ReportChartSpec::Series waits{ReportChartSpec::tr("Out-of-area waits"), {}};
    for (int m = 0; m < r.monthCount(); ++m) {
        ReportChartSpec::Point p;
        if (const auto n = r.openPaperworkShown(m))
            p.value = *n;
        p.hidden = !p.value && hiddenText(r.openPaperworkIssues(m));
        p.tooltip = ReportChartSpec::tr("%1: %2 paperwork issues open")
                        .arg(r.columnTitle(m), r.openPaperworkIssues(m));
        paperwork.points << p;
        ReportChartSpec::Point w;
        if (const auto n = r.outOfAreaWaitsShown(m))
            w.value = *n;
        w.hidden = !w.value && hiddenText(r.outOfAreaWaits(m));
        w.tooltip = ReportChartSpec::tr("%1: %2 out-of-area requests waiting")
                        .arg(r.columnTitle(m), r.outOfAreaWaits(m));
        waits.points << w;
    }
    spec.series << paperwork << waits;
    return spec;
}

} // namespace

ReportChartSpec ReportChartSpec::build(const PublishedReport& report, Kind kind)
{
    switch (kind) {
    case Kind::IhaTimeliness:
        return timeliness(report, true);
    case Kind::RhaTimeliness:
        return timeliness(report, false);
    case Kind::GroupTimeliness:
        return groups(report);
    case Kind::LateByOwner:
        return owners(report);
    case Kind::Backlog:
    case Kind::Section: // made by the feature that owns it, never here
        break;
    }
    return backlog(report);
}

QList<ReportChartSpec> ReportChartSpec::build(const PublishedReport& report)
{
    QList<ReportChartSpec> all;
    for (Kind k : {Kind::IhaTimeliness, Kind::RhaTimeliness, Kind::GroupTimeliness,
                   Kind::LateByOwner, Kind::Backlog}) {
        // A public paper gives whose delay it was for the whole period only (its table).
        if (k == Kind::LateByOwner && !report.monthSplits())
            continue;
        // Nor a monthly percentage whose counts it gives for the period only (BoardTableLayout):
        // an empty chart says nothing; the summary has the period's.
        using I = ReportIndicator;
        const auto byMonth = [&report](I inTime, I late) {
            const int last = report.monthCount() - 1;
            return last >= 0 && report.isPrinted(last, inTime, LocationColumn::Total) &&
                   report.isPrinted(last, late, LocationColumn::Total);
        };
        if ((k == Kind::IhaTimeliness && !byMonth(I::IhaInTime, I::IhaLate)) ||
            (k == Kind::RhaTimeliness && !byMonth(I::RhaInTime, I::RhaLate)))
            continue;
        all << build(report, k);
    }
    return all;
}

} // namespace lac
