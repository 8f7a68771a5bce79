// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "carers/core/CarerMedicalReport.h"

#include "carers/core/CarerMedicalLayout.h"

#include "carers/data/CarerMedicalStore.h"
#include "reporting/ReportSectionParts.h"
#include "reporting/SmallNumberSuppression.h"
#include "security/AccessPolicy.h"

#include <QLocale>

#include <cmath>

namespace lac {
namespace {

QString days(std::optional<double> v)
{
    if (!v)
        return QStringLiteral("–");
    return QLocale::c().toString(*v, 'f', std::floor(*v) == *v ? 0 : 1);
}

/// The cells of the suppression model: printed counts by column (and period), and what a
/// reader can infer but is not printed.
struct Cells
{
    QList<int> requested, signedOff; ///< columns, then the period
    QList<int> waiting;              ///< each column's end, or only the period's end
    QList<int> withdrawn, inflow;    ///< unprinted, per column (or the whole period)
    int waitingBefore = -1;
    int onlyMedical = -1;
};

Cells model(SmallNumberSuppression& s, const CarerMedicalFigures& f,
            const QList<CarerMedicalMonth>& columns, bool waitingEachColumn)
{
    Cells c;
    c.waitingBefore = s.addCell(f.waitingBefore, false);
    int previous = c.waitingBefore;
    for (const CarerMedicalMonth& m : columns) {
        c.requested << s.addCell(m.requested);
        c.signedOff << s.addCell(m.signedOff);
        if (!waitingEachColumn)
            continue;
        c.waiting << s.addCell(m.waiting);
        c.withdrawn << s.addCell(m.withdrawn, false);
        c.inflow << s.addCell(m.waiting + m.signedOff + m.withdrawn, false);
        s.addSumRule(c.inflow.last(), {previous, c.requested.last()});
        s.addSumRule(c.inflow.last(), {c.waiting.last(), c.signedOff.last(), c.withdrawn.last()});
        previous = c.waiting.last();
    }
    c.requested << s.addCell(f.period.requested);
    c.signedOff << s.addCell(f.period.signedOff);
    if (!columns.isEmpty()) {
        s.addSumRule(c.requested.last(), c.requested.mid(0, columns.size()));
        s.addSumRule(c.signedOff.last(), c.signedOff.mid(0, columns.size()));
    }
    if (!waitingEachColumn) {
        // The waiting list at the period's end only: what flowed in and out over the period.
        const int end = columns.isEmpty() ? f.period.waiting : columns.last().waiting;
        const int withdrawn = f.waitingBefore + f.period.requested - f.period.signedOff - end;
        c.waiting << s.addCell(end);
        c.withdrawn << s.addCell(withdrawn, false);
        c.inflow << s.addCell(f.waitingBefore + f.period.requested, false);
        s.addSumRule(c.inflow.last(), {c.waitingBefore, c.requested.last()});
        s.addSumRule(c.inflow.last(), {c.waiting.last(), c.signedOff.last(), c.withdrawn.last()});
    }
    c.onlyMedical = s.addCell(f.period.waitingOnlyForMedical);
    if (!c.waiting.isEmpty())
        s.addAtMostRule(c.onlyMedical, c.waiting.last());
    return c;
}

QString monthKey(QDate month)
{
    return month.toString(QStringLiteral("yyyy-MM"));
}

} // namespace

CarerMedicalReport::CarerMedicalReport(const Database& db)
    : m_db(db)
{}

Result<CarerMedicalFigures> CarerMedicalReport::figures(QDate first, QDate last, QDate asOf,
                                                        const UserContext& user) const
{
    if (auto s = AccessPolicy::require(user, Permission::RunReports); !s)
        return s.failure();
    const CarerMedicalStore store(m_db);
    auto medicals = store.medicals();
    if (!medicals)
        return medicals.failure();
    auto ready = store.assessmentReadyByApplicant();
    if (!ready)
        return ready.failure();
    return CarerMedicalFigures::count(medicals.value(), ready.value(), first, last, asOf);
}

Result<std::optional<ReportSection>> CarerMedicalReport::section(const PublishedReport& report,
                                                                 const UserContext& user) const
{
    if (!AccessPolicy::allows(user.role, Permission::ReadCarerMedicals))
        return std::optional<ReportSection>();
    const TimelinessReport& r = report.report();
    auto f = figures(r.firstMonth, r.lastMonth, r.asOf, user);
    if (!f)
        return f.failure();
    return std::optional<ReportSection>(section(f.value(), report, report.threshold()));
}

ReportSection CarerMedicalReport::section(const CarerMedicalFigures& f,
                                          const PublishedReport& report, int threshold)
{
    // The layout is chosen from the figures before anything is hidden (CarerMedicalLayout).
    const CarerMedicalLayout layout = CarerMedicalLayout::choose(f, threshold);
    const bool byMonth = layout.columns == CarerMedicalLayout::Columns::Months;
    const QList<CarerMedicalMonth> columns = CarerMedicalLayout::columnFigures(f, layout);
    const QList<QList<int>> blocks = CarerMedicalLayout::blocks(f, layout);
    SmallNumberSuppression s(threshold);
    const Cells c = model(s, f, columns, layout.waitingEachColumn);
    if (s.enabled())
        s.apply();
    const int n = int(columns.size());
    const auto text = [&s](int cell) { return s.text(cell); };
    const auto shownAtLeastN = [&s](int cell) {
        return !s.isHidden(cell) && (!s.enabled() || s.value(cell) >= s.threshold());
    };
    const auto statistic = [&](int cell, const CarerMedicalMonth& m, bool median) {
        if (m.signedOff == 0)
            return QStringLiteral("–");
        if (!shownAtLeastN(cell))
            return SmallNumberSuppression::secondaryText();
        return median ? days(CarerMedicalFigures::median(m.daysToSignOff))
                      : days(CarerMedicalFigures::percentile(m.daysToSignOff, 90));
    };
    const QLocale uk(QLocale::English, QLocale::UnitedKingdom);
    // What a column is called: the paper's month, "Dec 2025 to Feb 2026", or the period's.
    const auto title = [&](int column) {
        if (byMonth || column >= n)
            return report.columnTitle(byMonth ? column : report.periodColumn());
        const QDate first = f.months.at(blocks.at(column).first()).month;
        const QDate last = f.months.at(blocks.at(column).last()).month;
        const QString format = QStringLiteral("MMM yyyy");
        return first == last
                   ? uk.toString(first, format)
                   : tr("%1 to %2").arg(uk.toString(first, format), uk.toString(last, format));
    };

    ReportSection section;
    section.title = tr("Prospective carers' and adopters' medicals");
    ReportSectionRow requested{QStringLiteral("carer_medicals_requested"), tr("Requested"), {}};
    ReportSectionRow signedOff{QStringLiteral("carer_medicals_signed_off"), tr("Signed off"), {}};
    ReportSectionRow waiting{QStringLiteral("carer_medicals_waiting"), tr("Waiting at end"), {}};
    ReportSectionRow median{QStringLiteral("carer_medicals_median_days"), tr("Median days"), {}};
    ReportSectionRow p90{{}, tr("90th percentile"), {}};
    for (int m = 0; m <= n; ++m) {
        const CarerMedicalMonth& figures = m < n ? columns.at(m) : f.period;
        requested.cells << text(c.requested.at(m));
        signedOff.cells << text(c.signedOff.at(m));
        // The period's waiting is its last column's; without a list at each column's end,
        // only the period's is printed.
        waiting.cells << (c.waiting.isEmpty() ? QStringLiteral("–")
                          : layout.waitingEachColumn
                              ? text(c.waiting.at(std::min(m, int(c.waiting.size()) - 1)))
                          : m == n ? text(c.waiting.last())
                                   : QString());
        median.cells << statistic(c.signedOff.at(m), figures, true);
        p90.cells << statistic(c.signedOff.at(m), figures, false);
    }
    const QString end = uk.toString(
        std::min(f.months.isEmpty() ? f.asOf : f.months.last().month.addMonths(1).addDays(-1),
                 f.asOf),
        QStringLiteral("d MMMM yyyy"));
    section.paragraphs << tr("Each applicant to foster or adopt needs a medical (CoramBAAF AH, or "
                             "AH2 to renew): their GP completes it and the agency's medical "
                             "adviser signs it off with a summary for the panel. Days are "
                             "calendar days from the request to the adviser's sign-off.")
                       << tr("On %1, %2 medicals were waiting; of those, %3 were for assessments "
                             "finished except for the medical.")
                              .arg(end,
                                   c.waiting.isEmpty() ? QStringLiteral("0")
                                                       : text(c.waiting.last()),
                                   text(c.onlyMedical));
    if (!byMonth)
        section.paragraphs << layoutText(layout, threshold);

    const QList<ReportSectionRow> rows{requested, signedOff, waiting, median, p90};
    if (byMonth) {
        section.rows = rows;
        // Charts: how long sign-off takes, and the flow of medicals, by month.
        QList<QDate> monthStarts;
        for (const CarerMedicalMonth& m : f.months)
            monthStarts << m.month;
        section.charts << ReportSectionParts::monthChart(tr("Carers' medicals: days to sign-off"),
                                                         tr("Days"), monthStarts, {median, p90},
                                                         report)
                       << ReportSectionParts::monthChart(tr("Carers' medicals by month"),
                                                         tr("Medicals"), monthStarts,
                                                         {requested, signedOff, waiting}, report);
    } else {
        // A table of its own, a row per column as the monthly one reads.
        ReportSectionTable table;
        table.caption = tr("%1, %2").arg(section.title, report.periodText());
        table.periodsDown = true;
        for (int m = 0; m <= n; ++m) {
            const QList<int> months =
                m < n ? blocks.at(m) : QList<int>{0, int(f.months.size()) - 1};
            table.columns << title(m);
            table.columnKeys << (f.months.isEmpty()
                                     ? QString()
                                     : monthKey(f.months.at(months.first()).month) +
                                           QLatin1Char('/') +
                                           monthKey(f.months.at(months.last()).month));
        }
        table.rows = rows;
        section.tables << table;
    }

    ReportSectionParts::addAudit(section, s, [&](int cell) {
        const auto column = [&](const QList<int>& cells) {
            const int i = int(cells.indexOf(cell));
            if (i < 0)
                return QString();
            // Without a waiting list at each column's end, the flow is the whole period's.
            const bool byColumn =
                layout.waitingEachColumn || &cells == &c.requested || &cells == &c.signedOff;
            return title(byColumn ? i : n);
        };
        if (!column(c.requested).isEmpty())
            return tr("carers' medicals requested, %1").arg(column(c.requested));
        if (!column(c.signedOff).isEmpty())
            return tr("carers' medicals signed off, %1").arg(column(c.signedOff));
        if (!column(c.waiting).isEmpty())
            return tr("carers' medicals waiting at the end of %1").arg(column(c.waiting));
        if (!column(c.withdrawn).isEmpty())
            return tr("carers' medicals withdrawn, %1 (not printed)").arg(column(c.withdrawn));
        if (cell == c.onlyMedical)
            return tr("carer assessments waiting only for a medical");
        if (cell == c.waitingBefore)
            return tr("carers' medicals waiting before the first month (not printed)");
        if (!column(c.inflow).isEmpty())
            return tr("carers' medicals waiting or requested in %1 (not printed)")
                .arg(column(c.inflow));
        return tr("carers' medicals, a figure the paper implies (cell %1)").arg(cell);
    });
    return section;
}

QString CarerMedicalReport::layoutText(const CarerMedicalLayout& layout, int threshold)
{
    const QString rule =
        tr("The table is by month unless a month's count, or the medicals withdrawn that two "
           "months' waiting lists imply, would be from 1 to %1; then by three months at a time, "
           "then by three months with the waiting list at the end of the period only, then for "
           "the whole period: the first with no such count, decided before any number is "
           "hidden, so that no larger figure has to be hidden to protect a small one.")
            .arg(threshold - 1);
    switch (layout.columns) {
    case CarerMedicalLayout::Columns::Months:
        break;
    case CarerMedicalLayout::Columns::Quarters:
        return (layout.waitingEachColumn
                    ? tr("These figures are given three months at a time.")
                    : tr("These figures are given three months at a time, and the waiting "
                         "list at the end of the period only.")) +
               QLatin1Char(' ') + rule;
    case CarerMedicalLayout::Columns::Period:
        return tr("These figures are given for the whole period only.") + QLatin1Char(' ') + rule;
    }
    return rule;
}

} // namespace lac
