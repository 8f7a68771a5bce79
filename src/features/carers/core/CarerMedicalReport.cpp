// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "carers/core/CarerMedicalReport.h"

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

/// The cells of the suppression model: printed counts by month (and period), and what a
/// reader can infer but is not printed.
struct Cells
{
    QList<int> requested, signedOff, waiting; ///< months, then the period (waiting: none)
    QList<int> withdrawn, inflow;             ///< unprinted, per month
    int waitingBefore = -1;
    int onlyMedical = -1;
};

Cells model(SmallNumberSuppression& s, const CarerMedicalFigures& f)
{
    Cells c;
    c.waitingBefore = s.addCell(f.waitingBefore, false);
    int previous = c.waitingBefore;
    for (const CarerMedicalMonth& m : f.months) {
        c.requested << s.addCell(m.requested);
        c.signedOff << s.addCell(m.signedOff);
        c.waiting << s.addCell(m.waiting);
        c.withdrawn << s.addCell(m.withdrawn, false);
        c.inflow << s.addCell(m.waiting + m.signedOff + m.withdrawn, false);
        s.addSumRule(c.inflow.last(), {previous, c.requested.last()});
        s.addSumRule(c.inflow.last(), {c.waiting.last(), c.signedOff.last(), c.withdrawn.last()});
        previous = c.waiting.last();
    }
    c.requested << s.addCell(f.period.requested);
    c.signedOff << s.addCell(f.period.signedOff);
    s.addSumRule(c.requested.last(), c.requested.mid(0, f.months.size()));
    s.addSumRule(c.signedOff.last(), c.signedOff.mid(0, f.months.size()));
    c.onlyMedical = s.addCell(f.period.waitingOnlyForMedical);
    if (!c.waiting.isEmpty())
        s.addAtMostRule(c.onlyMedical, c.waiting.last());
    return c;
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
    SmallNumberSuppression s(threshold);
    const Cells c = model(s, f);
    if (s.enabled())
        s.apply();
    const int months = int(f.months.size());
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

    ReportSection section;
    section.title = tr("Prospective carers' and adopters' medicals");
    ReportSectionRow requested{QStringLiteral("carer_medicals_requested"), tr("Requested"), {}};
    ReportSectionRow signedOff{QStringLiteral("carer_medicals_signed_off"), tr("Signed off"), {}};
    ReportSectionRow waiting{QStringLiteral("carer_medicals_waiting"), tr("Waiting at end"), {}};
    ReportSectionRow median{QStringLiteral("carer_medicals_median_days"), tr("Median days"), {}};
    ReportSectionRow p90{{}, tr("90th percentile"), {}};
    for (int m = 0; m <= months; ++m) {
        const CarerMedicalMonth& figures = m < months ? f.months.at(m) : f.period;
        requested.cells << text(c.requested.at(m));
        signedOff.cells << text(c.signedOff.at(m));
        // The period's waiting is its last month's.
        waiting.cells << (months > 0 ? text(c.waiting.at(std::min(m, months - 1)))
                                     : QStringLiteral("–"));
        median.cells << statistic(c.signedOff.at(m), figures, true);
        p90.cells << statistic(c.signedOff.at(m), figures, false);
    }
    section.rows << requested << signedOff << waiting << median << p90;
    const QString end =
        QLocale(QLocale::English, QLocale::UnitedKingdom)
            .toString(std::min(f.months.isEmpty() ? f.asOf
                                                  : f.months.last().month.addMonths(1).addDays(-1),
                               f.asOf),
                      QStringLiteral("d MMMM yyyy"));
    section.paragraphs << tr("Each applicant to foster or adopt needs a medical (CoramBAAF AH, or "
                             "AH2 to renew): their GP completes it and the agency's medical "
                             "adviser signs it off with a summary for the panel. Days are "
                             "calendar days from the request to the adviser's sign-off.")
                       << tr("On %1, %2 medicals were waiting; of those, %3 were for assessments "
                             "finished except for the medical.")
                              .arg(end, months > 0 ? text(c.waiting.last()) : QStringLiteral("0"),
                                   text(c.onlyMedical));

    // Charts: how long sign-off takes, and the flow of medicals, by month.
    QList<QDate> monthStarts;
    for (const CarerMedicalMonth& m : f.months)
        monthStarts << m.month;
    section.charts << ReportSectionParts::monthChart(tr("Carers' medicals: days to sign-off"),
                                                     tr("Days"), monthStarts, {median, p90}, report)
                   << ReportSectionParts::monthChart(tr("Carers' medicals by month"),
                                                     tr("Medicals"), monthStarts,
                                                     {requested, signedOff, waiting}, report);

    ReportSectionParts::addAudit(section, s, [&](int cell) {
        const auto month = [&](const QList<int>& cells) {
            return ReportSectionParts::columnOf(cell, cells, report);
        };
        if (!month(c.requested).isEmpty())
            return tr("carers' medicals requested, %1").arg(month(c.requested));
        if (!month(c.signedOff).isEmpty())
            return tr("carers' medicals signed off, %1").arg(month(c.signedOff));
        if (!month(c.waiting).isEmpty())
            return tr("carers' medicals waiting at the end of %1").arg(month(c.waiting));
        if (!month(c.withdrawn).isEmpty())
            return tr("carers' medicals withdrawn, %1 (not printed)").arg(month(c.withdrawn));
        if (cell == c.onlyMedical)
            return tr("carer assessments waiting only for a medical");
        if (cell == c.waitingBefore)
            return tr("carers' medicals waiting before the first month (not printed)");
        if (!month(c.inflow).isEmpty())
            return tr("carers' medicals waiting or requested in %1 (not printed)")
                .arg(month(c.inflow));
        return tr("carers' medicals, a figure the paper implies (cell %1)").arg(cell);
    });
    return section;
}

} // namespace lac
