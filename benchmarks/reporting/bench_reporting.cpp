// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Times the timeliness report on a real-sized database: the computation for ten years, the
// published (suppressed) view, the PDF, and the charts workspace redrawing a new month range.
// Reads only (the audit log is not written): run it on a copy of a demo database.
#include "charts/ReportChartWidget.h"
#include "data/AuditLog.h"
#include "data/Database.h"
#include "data/SettingsStore.h"
#include "report/BoardPaperPdfWriter.h"
#include "report/TimelinessChartsView.h"
#include "reporting/ReportCsvWriter.h"
#include "reporting/ReportLoader.h"
#include "reporting/TimelinessReportService.h"
#include "services/AppServices.h"
#include "services/OwnConnection.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <cstdio>

using namespace lac;

namespace {

template <typename F>
double bestOf(int runs, F&& f)
{
    double best = 1e12;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        f();
        best = std::min(best, t.nsecsElapsed() / 1e6);
    }
    return best;
}

void line(const char* what, double ms, double targetMs)
{
    std::printf("%-58s %9.1f ms%s\n", what, ms,
                targetMs > 0 ? (ms <= targetMs ? "  (target met)" : "  (TARGET MISSED)") : "");
}

// Three plain group-bys over the ten years, every row read: what the report's figures cost
// without looking up each row's placement (the issue's reference). With EveryFigure, every
// figure the report shows, each as one plain query: the three split also by placement type
// (kept on the row since schema 18), the missed appointments, and the paperwork issues and
// out-of-area waits still open; or only the first three of those (the timeliness part's
// figures, split as it shows them).
enum class Reference
{
    Issue,
    TimelinessFigures,
    EveryFigure
};
void rawAggregates(const Database& db, const ReportRequest& r, Reference which = Reference::Issue)
{
    const QString from = r.firstMonth.toString(QStringLiteral("yyyy-MM"));
    const QString to = r.lastMonth.toString(QStringLiteral("yyyy-MM"));
    const QString asOf = r.asOf.toString(Qt::ISODate);
    const QString outcome =
        QStringLiteral(
            "CASE WHEN completed_date IS NOT NULL AND completed_date <= '%1' AND completed_date <= "
            "due_date THEN 1 WHEN completed_date IS NOT NULL AND completed_date <= '%1' THEN 2 "
            "WHEN due_date < '%1' THEN 2 ELSE 3 END")
            .arg(asOf);
    const QString counted =
        QStringLiteral("closed_at IS NULL AND status <> 'not_required' AND exemption = '' ");
    const QStringList queries{
        QStringLiteral("SELECT substr(start_date, 1, 7), count(*) FROM care_periods WHERE "
                       "started_in_window = 1 AND closed_at IS NULL AND substr(start_date, 1, 7) "
                       "BETWEEN '%1' AND '%2' GROUP BY 1")
            .arg(from, to),
        QStringLiteral("SELECT substr(clock_start, 1, 7), %3, late_reason_code, count(*) FROM "
                       "assessments WHERE kind = 'IHA' AND %4 AND substr(clock_start, 1, 7) "
                       "BETWEEN '%1' AND '%2' GROUP BY 1, 2, 3")
            .arg(from, to, outcome, counted),
        QStringLiteral("SELECT substr(due_date, 1, 7), location_at_due, %3, late_reason_code, "
                       "count(*) FROM assessments WHERE kind = 'RHA' AND %4 AND "
                       "substr(due_date, 1, 7) BETWEEN '%1' AND '%2' GROUP BY 1, 2, 3, 4")
            .arg(from, to, outcome, counted)};
    const QString toDay = r.lastMonth.addMonths(1).addDays(-1).toString(Qt::ISODate);
    const QString fromDay = r.firstMonth.toString(Qt::ISODate);
    const QStringList all{
        QStringLiteral("SELECT substr(start_date, 1, 7), entry_location, entry_placement_type, "
                       "count(*) FROM care_periods WHERE started_in_window = 1 AND closed_at IS "
                       "NULL AND substr(start_date, 1, 7) BETWEEN '%1' AND '%2' GROUP BY 1, 2, 3")
            .arg(from, to),
        QStringLiteral("SELECT substr(p.start_date, 1, 7), p.entry_location, "
                       "p.entry_placement_type, %3, late_reason_code, count(*) FROM assessments a "
                       "JOIN care_periods p ON p.id = a.care_period_id WHERE kind = 'IHA' AND "
                       "a.%4 AND p.closed_at IS NULL AND substr(p.start_date, 1, 7) "
                       "BETWEEN '%1' AND '%2' GROUP BY 1, 2, 3, 4, 5")
            .arg(from, to, outcome, counted),
        QStringLiteral("SELECT substr(due_date, 1, 7), location_at_due, placement_type_at_due, "
                       "%3, late_reason_code, count(*) FROM assessments WHERE kind = 'RHA' AND %4 "
                       "AND substr(due_date, 1, 7) BETWEEN '%1' AND '%2' GROUP BY 1, 2, 3, 4, 5")
            .arg(from, to, outcome, counted),
        QStringLiteral("SELECT substr(ap.scheduled_at, 1, 7), ap.outcome, count(*) FROM "
                       "appointments ap JOIN assessments a ON a.id = ap.assessment_id WHERE "
                       "a.%3 AND ap.outcome IN ('was_not_brought', 'cancelled_by_carer', "
                       "'cancelled_by_health', 'cancelled_by_child', 'declined') AND "
                       "substr(ap.scheduled_at, 1, 7) BETWEEN '%1' AND '%2' GROUP BY 1, 2")
            .arg(from, to, counted),
        QStringLiteral("SELECT substr(found_date, 1, 7), substr(resolved_date, 1, 7), count(*) "
                       "FROM paperwork_issues WHERE closed_at IS NULL AND found_date <= '%2' AND "
                       "COALESCE(resolved_date, '9999') >= '%1' GROUP BY 1, 2")
            .arg(fromDay, toDay),
        QStringLiteral("SELECT substr(requested_date, 1, 7), substr(resolved_date, 1, 7), "
                       "count(*) FROM ooa_requests WHERE closed_at IS NULL AND requested_date <= "
                       "'%2' AND COALESCE(resolved_date, '9999') >= '%1' GROUP BY 1, 2")
            .arg(fromDay, toDay)};
    QSqlQuery q(QSqlDatabase::database(db.connectionName()));
    q.setForwardOnly(true);
    const QStringList run = which == Reference::Issue         ? queries
                            : which == Reference::EveryFigure ? all
                                                              : all.mid(0, 3);
    for (const QString& sql : run) {
        if (!q.exec(sql))
            std::fprintf(stderr, "%s\n", qPrintable(q.lastError().text()));
        while (q.next()) {
        }
    }
}

} // namespace

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_reporting DEMO.sqlite [--no-paper]\n");
        return 2;
    }
    Database::Options options;
    options.createIfMissing = false;
    auto db = Database::open(QString::fromLocal8Bit(argv[1]), options);
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(db.failure().text()));
        return 1;
    }
    const SettingsStore settings(*db.value());
    const ReportSettings reportSettings = ReportSettings::load(settings);
    const TimelinessReportService service(*db.value(), settings);
    const QDate today = QDate::currentDate();
    const QDate lastMonth(today.year(), today.month(), 1);
    const ReportRequest tenYears{lastMonth.addMonths(-119), lastMonth, today};

    // The timeliness part (what the overview's quarter, its tiles and the table read), then
    // the whole report (the charts, the paper and the exports also read the exceptions).
    ReportRequest timelinessOnly = tenYears;
    timelinessOnly.parts = ReportPart::Timeliness;
    const double timeliness =
        bestOf(3, [&] { (void)service.build(timelinessOnly, reportSettings).value(); });
    TimelinessReport report;
    const double build =
        bestOf(3, [&] { report = service.build(tenYears, reportSettings).value(); });
    int entered = 0, due = 0;
    for (const MonthFigures& m : report.months) {
        entered += m[ReportIndicator::EnteredCare].total();
        due += m[ReportIndicator::IhaDue].total() + m[ReportIndicator::RhaDue].total();
    }
    std::printf("Ten-year report (%d months): %d entries to care, %d assessments due\n",
                int(report.months.size()), entered, due);
    line("ten-year report, timeliness part (best of 3)", timeliness, 0);
    line("ten-year report, both parts (best of 3)", build, 2000);
    // The reference: the same aggregates as three plain group-bys straight in SQLite (entries
    // by month; IHAs and RHAs by month, place and outcome), on the same connection, same run.
    const double raw = bestOf(3, [&] { rawAggregates(*db.value(), tenYears); });
    line("reference: the aggregates as plain SQL (best of 3)", raw, 0);
    std::printf("%-58s %9.2f x  (target 1.5 x)\n", "timeliness part / reference", timeliness / raw);
    const double rawSplit =
        bestOf(3, [&] { rawAggregates(*db.value(), tenYears, Reference::TimelinessFigures); });
    line("reference: the timeliness figures, split, as plain SQL", rawSplit, 0);
    std::printf("%-58s %9.2f x\n", "timeliness part / its figures as plain SQL",
                timeliness / rawSplit);
    const double rawAll =
        bestOf(3, [&] { rawAggregates(*db.value(), tenYears, Reference::EveryFigure); });
    line("reference: every figure it shows as plain SQL (best of 3)", rawAll, 0);
    std::printf("%-58s %9.2f x\n", "both parts / every figure as plain SQL", build / rawAll);
    std::printf("%-58s %9.2f x\n", "both parts / the aggregates as plain SQL", build / raw);
    // --no-paper: leave out the suppression and the PDF (minutes at 100k; issue 11's cost).
    const bool paper = argc < 3 || qstrcmp(argv[2], "--no-paper") != 0;
    const double published = paper ? bestOf(1, [&] { PublishedReport p(report, 5); }) : 0;
    line("ten-year report: suppression (published view)", published, 0);
    const double csv = bestOf(3, [&] { ReportCsvWriter::write(PublishedReport(report, 0)); });
    line("ten-year report: CSV", csv, 0);
    line("ten-year report: computation + suppression + CSV", build + published + csv, 2000);
    const double pdf =
        paper ? bestOf(1, [&] { BoardPaperPdfWriter::write(PublishedReport(report, 5)); }) : 0;
    line("ten-year board paper PDF (drawn twice for page numbers)", pdf, 0);

    const AuditLog audit(*db.value(),
                         UserContext{QStringLiteral("bench"), UserRole::DesignatedNurse});
    const TimelinessReportCache shared(service);
    // As the window does: reports are built on another thread with a connection of its own.
    ReportLoader loader(
        shared,
        [path = db.value()->path()](const ReportRequest& months,
                                    const UserContext& user) -> Result<TimelinessReport> {
            auto there = OwnConnection::open(path, user, OwnConnection::Access::ReadOnly);
            if (!there)
                return there.failure();
            return there.value()->reports().build(months, user);
        });
    TimelinessChartsView view(loader, audit, [] { return QDate::currentDate(); });
    view.resize(1400, 1800);
    {
        // Shown: the window is free at once; the figures follow from the other thread.
        QElapsedTimer shown;
        shown.start();
        view.show();
        QApplication::processEvents();
        const double busy = shown.nsecsElapsed() / 1e6;
        while (!view.charts().first()->spec().categories.size() || loader.building())
            QApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
        line("charts view: opening, window busy", busy, 200);
        line("charts view: opening, until drawn and ten years worked out ahead",
             shown.nsecsElapsed() / 1e6, 0);
    }
    {
        // The first move outside the opening year: a slice of the ten years worked out ahead.
        QElapsedTimer widen;
        widen.start();
        view.setRange(lastMonth.addMonths(-23), lastMonth.addMonths(-12));
        QApplication::processEvents();
        line("charts view: first range change outside the opening year", widen.nsecsElapsed() / 1e6,
             200);
    }
    QList<double> redraws;
    for (int i = 0; i < 6; ++i) {
        const QDate first = lastMonth.addMonths(-11 - i * 3);
        QElapsedTimer t;
        t.start();
        view.setRange(first, first.addMonths(11));
        QApplication::processEvents(); // layout and paint
        redraws << t.nsecsElapsed() / 1e6;
    }
    std::sort(redraws.begin(), redraws.end());
    line("charts view: new 12-month range, median of 6 (report + 5 charts + table)",
         redraws.at(redraws.size() / 2), 300);
    line("charts view: new 12-month range, worst of 6", redraws.last(), 300);
    QElapsedTimer t;
    t.start();
    view.setRange(tenYears.firstMonth, tenYears.lastMonth);
    QApplication::processEvents();
    line("charts view: ten-year range", t.nsecsElapsed() / 1e6, 0);
    return 0;
}
