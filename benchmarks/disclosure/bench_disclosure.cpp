// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// How much a public paper hides, and whether anything hidden can be worked out, on demo
// counties of several sizes. The reference for the times is the computation of the paper's
// own figures in the same run (this machine is shared and noisy, so ratios travel better).
#include "data/Database.h"
#include "data/SettingsStore.h"
#include "demo/DemoDatabaseBuilder.h"
#include "reporting/PublishedReport.h"
#include "reporting/ReportSettings.h"
#include "reporting/TimelinessReportService.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QMap>
#include <QTemporaryDir>

#include <cstdio>

using namespace lac;

namespace {

double msSince(const QElapsedTimer& t)
{
    return t.nsecsElapsed() / 1e6;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    // bench_disclosure [--seeds K] [--ten-years] [--explain] [--unredesigned] [--db PATH]
    // [SIZES...]:
    // --ten-years adds a 120-month paper for each county (the slowest suppression a board
    // paper needs).
    QList<int> sizes;
    int seeds = 3;
    bool tenYears = false;
    bool explain = false;
    // --unredesigned: every paper in the table's shape before BoardTableLayout (each row by
    // month for all children, split for the period only), to measure what the layout does.
    bool unredesigned = false;
    // --db PATH: an existing county (the 100,000-children one takes long to build) instead
    // of demo counties; it is only read.
    QString existing;
    for (int i = 1; i < argc; ++i) {
        const QString arg = QString::fromLocal8Bit(argv[i]);
        if (arg == QLatin1String("--ten-years"))
            tenYears = true;
        else if (arg == QLatin1String("--explain"))
            explain = true;
        else if (arg == QLatin1String("--unredesigned"))
            unredesigned = true;
        else if (arg == QLatin1String("--seeds") && i + 1 < argc)
            seeds = QString::fromLocal8Bit(argv[++i]).toInt();
        else if (arg == QLatin1String("--db") && i + 1 < argc)
            existing = QString::fromLocal8Bit(argv[++i]);
        else
            sizes << arg.toInt();
    }
    if (!existing.isEmpty())
        sizes = {0};
    else if (sizes.isEmpty())
        sizes = {400, 800, 1650, 3000};
    const QDate today = QDate::currentDate();
    const UserContext admin{QStringLiteral("bench"), UserRole::Administrator};
    QTemporaryDir dir;
    std::printf("%-7s %4s %-9s %6s %6s %6s %6s %7s %7s %6s %8s %8s %8s %6s\n", "county", "seed",
                "paper", "cells", "small", "*", ">=5", "lost", "lost%", "exact", "figures",
                "choose", "audit", "method");
    int papers = 0, greedy = 0, exact = 0, large = 0, lost = 0, notWhole = 0, smallTotal = 0;
    // Per county and kind of paper (12 months, ten years, quarters): counts of 5 or more and
    // how many were hidden, and the paper that hid the largest share of its own.
    struct Kind
    {
        int large = 0, lost = 0, worstLarge = 0, worstLost = 0;
        QString worst;
    };
    QMap<QString, Kind> kinds;
    QStringList kindOrder;
    double figuresMs = 0, chooseMs = 0, auditMs = 0;
    for (int size : std::as_const(sizes)) {
        for (quint32 seed = 1; seed <= quint32(existing.isEmpty() ? seeds : 1); ++seed) {
            QString path = existing;
            DemoOptions options;
            options.children = size;
            options.seed = seed;
            options.today = today;
            if (existing.isEmpty()) {
                path = dir.filePath(QStringLiteral("c%1-%2.sqlite").arg(size).arg(seed));
                if (auto built = DemoDatabaseBuilder::build(path, options, false, admin); !built) {
                    std::fprintf(stderr, "%s\n", qPrintable(built.failure().text()));
                    return 1;
                }
            }
            auto db = Database::open(path);
            if (!db)
                return 1;
            const SettingsStore settings(*db.value());
            const ReportSettings reportSettings = ReportSettings::load(settings);
            const TimelinessReportService service(*db.value(), settings);
            QList<std::pair<QString, ReportRequest>> requests{
                {QStringLiteral("12 months"), ReportRequest::lastTwelveMonths(today)}};
            if (tenYears) {
                ReportRequest ten = ReportRequest::lastTwelveMonths(today);
                ten.firstMonth = ten.lastMonth.addMonths(-119);
                requests << std::pair{QStringLiteral("10 years"), ten};
            }
            ReportRequest q = ReportRequest::lastCompleteQuarter(today);
            for (int k = 0; k < 4; ++k) {
                requests << std::pair{QStringLiteral("Q%1 %2")
                                          .arg((q.firstMonth.month() - 1) / 3 + 1)
                                          .arg(q.firstMonth.year()),
                                      q};
                q.firstMonth = q.firstMonth.addMonths(-3);
                q.lastMonth = q.lastMonth.addMonths(-3);
            }
            for (const auto& [name, request] : std::as_const(requests)) {
                QElapsedTimer t;
                t.start();
                const TimelinessReport report = service.build(request, reportSettings).value();
                const double figures = msSince(t);
                t.restart();
                const PublishedReport paper =
                    unredesigned ? PublishedReport(report, 5, {}, BoardTableLayout{})
                                 : PublishedReport(report, 5);
                const double choose = msSince(t);
                t.restart();
                const PublishedReport::DisclosureAudit audit = paper.audit();
                const double attack = msSince(t);
                int pinned = 0, narrowed = 0;
                for (const QString& line : audit.lines) {
                    pinned += line.contains(QStringLiteral("CAN BE WORKED OUT")) ? 1 : 0;
                    narrowed += line.contains(QStringLiteral("narrower")) ? 1 : 0;
                }
                const auto f = paper.suppressionFigures();
                const bool optimised =
                    paper.suppression().method() == SmallNumberSuppression::Method::Optimised;
                greedy += optimised ? 0 : 1;
                std::printf("%-7d %4u %-9s %6d %6d %6d %6d %7d %6.1f%% %6d %6.0fms %6.0fms "
                            "%6.0fms %6s\n",
                            size, seed, qPrintable(name), f.printed, f.small, f.secondary, f.large,
                            f.largeHidden, f.large ? 100.0 * f.largeHidden / f.large : 0.0, pinned,
                            figures, choose, attack, optimised ? "opt" : "greedy");
                // --explain: which figures of N or more were hidden.
                const SmallNumberSuppression& s = paper.suppression();
                for (int c = 0; explain && c < s.cellCount(); ++c)
                    if (s.isPrinted(c) &&
                        s.visibility(c) == SmallNumberSuppression::Visibility::Secondary) {
                        std::printf("    * %d  %s\n", s.value(c),
                                    qPrintable(paper.describeCell(c)));
                        // Why: the small counts that showing it again would narrow.
                        QHash<int, std::pair<double, double>> before;
                        for (const auto& e : s.audit())
                            before.insert(e.cell, {e.lowest, e.highest});
                        SmallNumberSuppression shown = s;
                        shown.show(c);
                        for (const auto& e : shown.audit()) {
                            const auto was = before.value(e.cell, {e.lowest, e.highest});
                            if (e.lowest > was.first + 0.5 || e.highest < was.second - 0.5)
                                std::printf("        shown, %s would be %g to %g, not %g to %g\n",
                                            qPrintable(paper.describeCell(e.cell)), e.lowest,
                                            e.highest, was.first, was.second);
                        }
                    }
                const QString kindName = QStringLiteral("%1 %2").arg(size).arg(
                    name.startsWith(QLatin1Char('Q')) ? QStringLiteral("quarters") : name);
                if (!kinds.contains(kindName))
                    kindOrder << kindName;
                Kind& kind = kinds[kindName];
                kind.large += f.large;
                kind.lost += f.largeHidden;
                if (qint64(f.largeHidden) * kind.worstLarge >= qint64(kind.worstLost) * f.large &&
                    f.largeHidden > 0) {
                    kind.worstLarge = f.large;
                    kind.worstLost = f.largeHidden;
                    kind.worst = QStringLiteral("seed %1 %2").arg(seed).arg(name);
                }
                ++papers;
                exact += pinned;
                large += f.large;
                lost += f.largeHidden;
                smallTotal += f.small;
                notWhole += narrowed;
                figuresMs += figures;
                chooseMs += choose;
                auditMs += attack;
            }
        }
    }
    std::printf("\n%-22s %6s %6s %7s   %s\n", "county, kind", ">=5", "lost", "lost%",
                "worst paper");
    for (const QString& k : std::as_const(kindOrder)) {
        const Kind& kind = kinds.value(k);
        std::printf("%-22s %6d %6d %6.1f%%   %s %d of %d\n", qPrintable(k), kind.large, kind.lost,
                    kind.large ? 100.0 * kind.lost / kind.large : 0.0, qPrintable(kind.worst),
                    kind.worstLost, kind.worstLarge);
    }
    std::printf("\n%d papers: %d counts of 5 or more, %d hidden (%.1f%%); %d small counts, "
                "%d narrower than 1..4 by their labels; %d cells worked out exactly; %d chosen "
                "by the greedy fallback\n",
                papers, large, lost, large ? 100.0 * lost / large : 0.0, smallTotal, notWhole,
                exact, greedy);
    std::printf("time: figures %.0f ms, choosing the suppression %.0f ms (%.2fx figures), "
                "audit %.0f ms (%.2fx figures)\n",
                figuresMs, chooseMs, chooseMs / figuresMs, auditMs, auditMs / figuresMs);
    return exact == 0 ? 0 : 1;
}
