// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "incoming/core/IncomingReport.h"

#include "incoming/core/IncomingCommandServices.h"
#include "incoming/core/IncomingService.h"
#include "incoming/data/IncomingStore.h"
#include "reporting/PublishedReport.h"
#include "reporting/ReportSectionParts.h"
#include "reporting/SmallNumberSuppression.h"
#include "security/AccessPolicy.h"

#include <QHash>
#include <QLocale>

#include <functional>

namespace lac {
namespace {

/// The printed rows of the monthly table, in order, with their CSV indicators.
enum Measure
{
    Received,
    Complete,
    Done,
    InTarget,
    Waiting,
    LateRequester,
    LateHost,
    MeasureCount,
};

int measureOf(const IncomingMonth& m, int measure)
{
    switch (measure) {
    case Received:
        return m.received;
    case Complete:
        return m.complete;
    case Done:
        return m.done;
    case InTarget:
        return m.doneInTarget;
    case Waiting:
        return m.waitingRequester;
    case LateRequester:
        return m.lateRequester;
    default:
        return m.lateHost;
    }
}

} // namespace

IncomingReport::IncomingReport(const Database& db, const SettingsStore& settings)
    : m_db(db)
    , m_settings(settings)
{}

Result<std::optional<ReportSection>> IncomingReport::section(const PublishedReport& report,
                                                             const UserContext& user) const
{
    if (!AccessPolicy::allows(user.role, Permission::ReadHostRequests))
        return std::optional<ReportSection>();
    if (auto s = AccessPolicy::require(user, Permission::RunReports); !s)
        return s.failure();
    auto authorities = RequestingAuthorities::bundled();
    if (!authorities)
        return authorities.failure();
    auto calendar = installationCalendar(m_db, m_settings);
    if (!calendar)
        return calendar.failure();
    const TimelinessReport& r = report.report();
    auto rows = IncomingStore(m_db).rows();
    if (!rows)
        return rows.failure();
    const IncomingFigures f = IncomingFigures::count(rows.value(), calendar.value(),
                                                     IncomingService::turnaroundDays(m_settings),
                                                     r.firstMonth, r.lastMonth, r.asOf);
    auto split = CaseloadSplit::read(m_db, m_settings, authorities.value(), r.asOf);
    if (!split)
        return split.failure();
    return std::optional<ReportSection>(
        section(f, split.value(), authorities.value(), report, report.threshold()));
}

ReportSection IncomingReport::section(const IncomingFigures& f, const CaseloadSplit& caseload,
                                      const RequestingAuthorities& authorities,
                                      const PublishedReport& report, int threshold)
{
    SmallNumberSuppression s(threshold);
    QHash<int, QString> about; // cell → what it counts, for the disclosure audit
    const auto cell = [&](int value, const QString& what, bool printed = true) {
        const int c = s.addCell(value, printed);
        about.insert(c, what);
        return c;
    };
    const int months = int(f.months.size());
    static const char* const codes[MeasureCount] = {
        "host_requests_received", "host_requests_complete", "host_requests_done",
        "host_done_in_target",    "host_waiting_requester", "host_late_requester",
        "host_late_host"};
    // Short, so that nine columns fit a page; the paragraph under the title says what they are.
    const QStringList labels{tr("Received"), tr("Complete"),   tr("Done"),    tr("In target"),
                             tr("Waiting"),  tr("Late, them"), tr("Late, us")};
    QList<QList<int>> cells(MeasureCount); // [measure][month, then period (not Waiting)]
    int previous =
        cell(f.waitingBefore, tr("incoming requests waiting before the first month"), false);
    for (int m = 0; m < months; ++m) {
        const IncomingMonth& month = f.months.at(m);
        for (int k = 0; k < MeasureCount; ++k)
            cells[k] << cell(measureOf(month, k),
                             tr("%1, %2").arg(labels.at(k).toLower(), report.columnTitle(m)));
        const int withdrawn = cell(
            month.withdrawnWaiting,
            tr("incoming requests withdrawn while waiting, %1").arg(report.columnTitle(m)), false);
        s.addAtMostRule(cells[InTarget].last(), cells[Done].last());
        s.addAtMostRule(cells[LateRequester].last(), cells[Done].last());
        s.addAtMostRule(cells[LateHost].last(), cells[Done].last());
        // waiting(m) + complete(m) + withdrawn(m) = waiting(m−1) + received(m)
        const int flow = cell(month.waitingRequester + month.complete + month.withdrawnWaiting,
                              tr("incoming requests waiting or received, %1 (not printed)")
                                  .arg(report.columnTitle(m)),
                              false);
        s.addSumRule(flow, {previous, cells[Received].last()});
        s.addSumRule(flow, {cells[Waiting].last(), cells[Complete].last(), withdrawn});
        previous = cells[Waiting].last();
    }
    for (int k = 0; k < MeasureCount; ++k) {
        if (k == Waiting)
            continue;
        const QList<int> parts = cells[k];
        cells[k] << cell(measureOf(f.period, k), tr("%1, the period").arg(labels.at(k).toLower()));
        s.addSumRule(cells[k].last(), parts);
    }
    // The caseload on the as-of day: our own, those placed here, by authority.
    const int own = cell(caseload.ownChildren, tr("our own children in care"));
    const int placed = cell(caseload.placedHere, tr("children placed here by other authorities"));
    const int total = cell(caseload.total(), tr("the team's caseload"));
    s.addSumRule(total, {own, placed});
    QList<int> byAuthority;
    for (int i = 1; i < caseload.lines.size(); ++i)
        byAuthority << cell(caseload.lines.at(i).placedHere,
                            tr("children placed here by %1").arg(caseload.lines.at(i).authority));
    if (!byAuthority.isEmpty())
        s.addSumRule(placed, byAuthority);
    // Turnaround by requesting authority over the period.
    QList<int> doneBy, inTargetBy;
    for (const IncomingAuthorityFigures& a : f.byAuthority) {
        const QString name = authorities.name(a.code);
        doneBy << cell(a.figures.done, tr("requests from %1 done in the period").arg(name));
        inTargetBy << cell(a.figures.doneInTarget,
                           tr("requests from %1 done within target").arg(name));
        s.addAtMostRule(inTargetBy.last(), doneBy.last());
    }
    if (!doneBy.isEmpty()) {
        s.addSumRule(cells[Done].last(), doneBy);
        s.addSumRule(cells[InTarget].last(), inTargetBy);
    }
    if (s.enabled())
        s.apply();
    const auto text = [&s](int c) { return s.text(c); };
    const auto shownAtLeastN = [&s](int c) {
        return !s.isHidden(c) && (!s.enabled() || s.value(c) >= s.threshold());
    };
    const auto medianText = [&](int doneCell, const QList<int>& days) {
        if (days.isEmpty())
            return QStringLiteral("–");
        return shownAtLeastN(doneCell) ? IncomingFigures::medianText(days)
                                       : SmallNumberSuppression::secondaryText();
    };

    ReportSection section;
    section.title = tr("Children placed here by other authorities (host caseload)");
    for (int k = 0; k < MeasureCount; ++k) {
        ReportSectionRow row{QLatin1String(codes[k]), labels.at(k), {}};
        for (int m = 0; m <= months; ++m) {
            if (k == Waiting) // the period's waiting is its last month's
                row.cells << (months > 0 ? text(cells[k].at(std::min(m, months - 1)))
                                         : QStringLiteral("–"));
            else
                row.cells << text(cells[k].at(m));
        }
        section.rows << row;
    }
    ReportSectionRow days{QStringLiteral("host_median_working_days"), tr("Median"), {}};
    for (int m = 0; m <= months; ++m)
        days.cells << medianText(cells[Done].at(m),
                                 m < months ? f.months.at(m).turnaround : f.period.turnaround);
    section.rows << days;

    const QLocale uk(QLocale::English, QLocale::UnitedKingdom);
    section.paragraphs
        << tr("Other authorities place children in our area and ask the team, as the host "
              "area's health service, for their health assessments. These children are the "
              "other authorities' responsibility and are counted only in this section, never in "
              "the figures for our own children. The host clock starts when a request is complete "
              "(every paper right) and the target is %1 working days to the assessment; time "
              "before that is the requester's. Waiting: requests waiting on the requester's "
              "paperwork at the month's end. Late: done after the requester's due date, for "
              "their paperwork (them) or our capacity (us). Median: working days from complete "
              "to done.")
               .arg(f.targetDays)
        << tr("On %1 the team's caseload was %2 children: %3 of %4's own children in care and "
              "%5 placed here by other authorities.")
               .arg(uk.toString(caseload.asOf, QStringLiteral("d MMMM yyyy")), text(total),
                    text(own),
                    caseload.lines.isEmpty() ? tr("our") : caseload.lines.first().authority,
                    text(placed));
    // An authority whose figure is hidden is not named one by one (a public paper would list
    // dozens of "<5"): they are counted together, by how many authorities, not children.
    const auto listed = [&s](const QList<int>& figures, const std::function<QString(int)>& item) {
        QStringList shown;
        int hidden = 0;
        for (int i = 0; i < figures.size(); ++i) {
            if (s.isHidden(figures.at(i)))
                ++hidden;
            else
                shown << item(i);
        }
        if (hidden > 0)
            shown << tr("%1 other authorities with small or hidden numbers").arg(hidden);
        return shown.join(QStringLiteral("; "));
    };
    QStringList placers;
    for (int i = 1; i < caseload.lines.size(); ++i)
        placers << caseload.lines.at(i).authority;
    if (!byAuthority.isEmpty())
        section.paragraphs
            << tr("Placed here, by responsible authority: %1.").arg(listed(byAuthority, [&](int i) {
                   return tr("%1 %2").arg(placers.at(i), text(byAuthority.at(i)));
               }));
    QStringList requesters;
    for (const IncomingAuthorityFigures& a : f.byAuthority)
        requesters << authorities.name(a.code);
    if (!doneBy.isEmpty())
        section.paragraphs << tr("Turnaround in the period, by requesting authority: %1.")
                                  .arg(listed(doneBy, [&](int i) {
                                      return tr("%1 %2 done, %3 within target, median %4 "
                                                "working days")
                                          .arg(requesters.at(i), text(doneBy.at(i)),
                                               text(inTargetBy.at(i)),
                                               medianText(doneBy.at(i),
                                                          f.byAuthority.at(i).figures.turnaround));
                                  }));

    QList<QDate> monthStarts;
    for (const IncomingMonth& m : f.months)
        monthStarts << m.month;
    section.charts << ReportSectionParts::monthChart(
        tr("Requests from other authorities by month"), tr("Requests"), monthStarts,
        {section.rows.at(Received), section.rows.at(Done), section.rows.at(InTarget)}, report);
    ReportSectionParts::addAudit(
        section, s, [&about](int c) { return about.value(c, tr("a figure the paper implies")); });
    return section;
}

} // namespace lac
