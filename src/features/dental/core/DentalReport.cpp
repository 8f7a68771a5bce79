// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dental/core/DentalReport.h"

#include "dental/core/DentalCheckService.h"
#include "dental/data/DentalCheckStore.h"
#include "reporting/ReportSectionParts.h"
#include "reporting/SmallNumberSuppression.h"
#include "security/AccessPolicy.h"

#include <QLocale>

namespace lac {
namespace {

/// The cells of the suppression model, by month (then the period for checks).
struct Cells
{
    QList<int> inCare, upToDate, notUpToDate; ///< months (the period prints the last month's)
    QList<int> checks, noNhsDentist;          ///< months, then the period
};

Cells model(SmallNumberSuppression& s, const DentalFigures& f)
{
    Cells c;
    for (const DentalMonth& m : f.months) {
        c.inCare << s.addCell(m.inCare);
        c.upToDate << s.addCell(m.upToDate);
        c.notUpToDate << s.addCell(m.notUpToDate(), false);
        s.addSumRule(c.inCare.last(), {c.upToDate.last(), c.notUpToDate.last()});
        c.checks << s.addCell(m.checks);
        c.noNhsDentist << s.addCell(m.noNhsDentist);
    }
    const int months = int(f.months.size());
    c.checks << s.addCell(f.period.checks);
    s.addSumRule(c.checks.last(), c.checks.mid(0, months));
    c.noNhsDentist << s.addCell(f.period.noNhsDentist);
    s.addSumRule(c.noNhsDentist.last(), c.noNhsDentist.mid(0, months));
    return c;
}

} // namespace

DentalReport::DentalReport(const Database& db, const SettingsStore& settings)
    : m_db(db)
    , m_settings(settings)
{}

Result<DentalFigures> DentalReport::figures(QDate first, QDate last, QDate asOf,
                                            const UserContext& user) const
{
    if (auto s = AccessPolicy::require(user, Permission::RunReports); !s)
        return s.failure();
    const DentalCheckStore store(m_db);
    auto periods = store.carePeriods();
    if (!periods)
        return periods.failure();
    auto checks = store.all();
    if (!checks)
        return checks.failure();
    return DentalFigures::count(periods.value(), checks.value(), first, last, asOf,
                                DentalCheckService::schedule(m_settings));
}

Result<std::optional<ReportSection>> DentalReport::section(const PublishedReport& report,
                                                           const UserContext& user) const
{
    const TimelinessReport& r = report.report();
    auto f = figures(r.firstMonth, r.lastMonth, r.asOf, user);
    if (!f)
        return f.failure();
    return std::optional<ReportSection>(section(f.value(), report, report.threshold()));
}

ReportSection DentalReport::section(const DentalFigures& f, const PublishedReport& report,
                                    int threshold)
{
    SmallNumberSuppression s(threshold);
    const Cells c = model(s, f);
    if (s.enabled())
        s.apply();
    const int months = int(f.months.size());
    const auto text = [&s](int cell) { return s.text(cell); };
    const auto percent = [&](int part, int whole) {
        if (s.value(whole) == 0)
            return QStringLiteral("–");
        if (s.isHidden(part) || s.isHidden(whole))
            return SmallNumberSuppression::secondaryText();
        return QLocale::c().toString(100.0 * s.value(part) / s.value(whole), 'f', 1);
    };

    ReportSection section;
    section.title = tr("Dental checks");
    const QString standard = tr("Check in the last %n month(s)", nullptr, f.monthsBetweenChecks);
    ReportSectionRow inCare{
        QStringLiteral("dental_in_care"), tr("Children in care at month end"), {}};
    ReportSectionRow upToDate{QStringLiteral("dental_up_to_date"), standard, {}};
    ReportSectionRow share{QStringLiteral("dental_up_to_date_pct"), tr("% with a check"), {}};
    ReportSectionRow checks{QStringLiteral("dental_checks"), tr("Checks done"), {}};
    ReportSectionRow noDentist{
        QStringLiteral("dental_no_nhs_dentist"), tr("Not seen: no NHS dentist"), {}};
    for (int m = 0; m <= months; ++m) {
        // The period's children in care are those of its last month begun.
        const int at = m < months ? m : f.periodMonth;
        inCare.cells << (at >= 0 ? text(c.inCare.at(at)) : QStringLiteral("–"));
        upToDate.cells << (at >= 0 ? text(c.upToDate.at(at)) : QStringLiteral("–"));
        share.cells << (at >= 0 ? percent(c.upToDate.at(at), c.inCare.at(at))
                                : QStringLiteral("–"));
        checks.cells << text(c.checks.at(m));
        noDentist.cells << text(c.noNhsDentist.at(m));
    }
    section.rows << inCare << upToDate << share << checks << noDentist;

    const QLocale uk(QLocale::English, QLocale::UnitedKingdom);
    const QDate end =
        f.periodMonth < 0
            ? f.asOf
            : std::min(f.months.at(f.periodMonth).month.addMonths(1).addDays(-1), f.asOf);
    section.paragraphs << tr(
        "A child in care should see a dentist at least every %n month(s) (the service's "
        "standard; NICE and the statutory guidance expect a yearly check). A child with "
        "no check on record is counted as not up to date, as on the worklist.",
        nullptr, f.monthsBetweenChecks);
    if (f.periodMonth >= 0)
        section.paragraphs
            << tr("On %1, %2 of %3 children in care had had a dental check in the last %n "
                  "month(s) (%4%). In the period, %5 check(s) could not take place because no "
                  "NHS dentist would take the child.",
                  nullptr, f.monthsBetweenChecks)
                   .arg(uk.toString(end, QStringLiteral("d MMMM yyyy")),
                        text(c.upToDate.at(f.periodMonth)), text(c.inCare.at(f.periodMonth)),
                        share.cells.last(), text(c.noNhsDentist.last()));

    QList<QDate> monthStarts;
    for (const DentalMonth& m : f.months)
        monthStarts << m.month;
    ReportChartSpec shareChart =
        ReportSectionParts::monthChart(tr("Children in care with a dental check up to date"),
                                       tr("% up to date"), monthStarts, {share}, report);
    shareChart.percent = true;
    section.charts << shareChart
                   << ReportSectionParts::monthChart(tr("Dental checks by month"), tr("Checks"),
                                                     monthStarts, {checks, noDentist}, report);

    ReportSectionParts::addAudit(section, s, [&](int cell) {
        const auto month = [&](const QList<int>& cells) {
            return ReportSectionParts::columnOf(cell, cells, report);
        };
        if (!month(c.inCare).isEmpty())
            return tr("children in care at the end of %1").arg(month(c.inCare));
        if (!month(c.upToDate).isEmpty())
            return tr("children with a dental check up to date, %1").arg(month(c.upToDate));
        if (!month(c.notUpToDate).isEmpty())
            return tr("children without a dental check up to date, %1 (not printed)")
                .arg(month(c.notUpToDate));
        if (!month(c.checks).isEmpty())
            return tr("dental checks done, %1").arg(month(c.checks));
        if (!month(c.noNhsDentist).isEmpty())
            return tr("dental checks not done for want of an NHS dentist, %1")
                .arg(month(c.noNhsDentist));
        return tr("dental checks, a figure the paper implies (cell %1)").arg(cell);
    });
    return section;
}

} // namespace lac
