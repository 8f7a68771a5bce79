// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reporting/TimelinessReportService.h"

#include "data/ReportRepository.h"
#include "domain/PlacementGroup.h"
#include "reporting/PublishedReport.h"
#include "security/AccessPolicy.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>

namespace lac {
namespace {

QString monthKey(QDate d)
{
    return d.toString(QStringLiteral("yyyy-MM"));
}

struct KindIndicators
{
    ReportIndicator due;
    ReportIndicator inTime;
    ReportIndicator late;
    ReportIndicator pending;
};

// Adds assessment rows to the months, the groups and the late reasons.
class Tally
{
public:
    Tally(TimelinessReport& report, const QList<LateReasonCount>& reasonList)
        : m_report(report)
        , m_reasonList(reasonList)
    {
        for (int i = 0; i < report.months.size(); ++i)
            m_monthIndex.insert(monthKey(report.months.at(i).month), i);
    }

    MonthFigures* month(const QString& key)
    {
        const auto it = m_monthIndex.constFind(key);
        return it == m_monthIndex.cend() ? nullptr : &m_report.months[*it];
    }

    GroupFigures& group(MonthFigures& m, const QString& code)
    {
        for (GroupFigures& g : m.groups) {
            if (g.group == code)
                return g;
        }
        m.groups << GroupFigures{code, 0, 0, 0, 0, 0, 0};
        return m.groups.last();
    }

    void addAssessments(const QList<ReportRepository::AssessmentRow>& rows, bool initial,
                        int toleranceDays)
    {
        const KindIndicators k =
            initial ? KindIndicators{ReportIndicator::IhaDue, ReportIndicator::IhaInTime,
                                     ReportIndicator::IhaLate, ReportIndicator::IhaPending}
                    : KindIndicators{ReportIndicator::RhaDue, ReportIndicator::RhaInTime,
                                     ReportIndicator::RhaLate, ReportIndicator::RhaPending};
        for (const auto& row : rows) {
            MonthFigures* m = month(row.month);
            if (!m)
                continue;
            const PlacementLocation where = row.location;
            DueOutcome outcome = row.outcome;
            if (outcome == DueOutcome::CompletedAfterDue)
                outcome = row.completed <= row.due.addDays(toleranceDays) ? DueOutcome::InTime
                                                                          : DueOutcome::Late;
            (*m)[k.due].add(where, row.count);
            if (initial && row.requestInTime)
                (*m)[ReportIndicator::IhaRequestsInTime].add(where, row.count);
            GroupFigures& g = group(*m, row.group);
            if (outcome == DueOutcome::InTime) {
                (*m)[k.inTime].add(where, row.count);
                (initial ? g.ihaInTime : g.rhaInTime) += row.count;
            } else if (outcome == DueOutcome::Late) {
                (*m)[k.late].add(where, row.count);
                (initial ? g.ihaLate : g.rhaLate) += row.count;
                addLateReason(*m, row.lateReason, row.count);
            } else {
                (*m)[k.pending].add(where, row.count);
                (initial ? g.ihaPending : g.rhaPending) += row.count;
            }
        }
    }

    // Late reasons of every month in list order, with unlisted codes and "none" at the end.
    void sortReasons()
    {
        for (MonthFigures& m : m_report.months) {
            QList<LateReasonCount> sorted;
            for (const LateReasonCount& known : m_reasonList) {
                for (const LateReasonCount& r : std::as_const(m.lateReasons)) {
                    if (r.code == known.code)
                        sorted << r;
                }
            }
            for (const LateReasonCount& r : std::as_const(m.lateReasons)) {
                if (!std::any_of(sorted.cbegin(), sorted.cend(),
                                 [&](const LateReasonCount& s) { return s.code == r.code; }))
                    sorted << r;
            }
            m.lateReasons = sorted;
        }
    }

private:
    void addLateReason(MonthFigures& m, const QString& code, int n)
    {
        for (LateReasonCount& r : m.lateReasons) {
            if (r.code == code) {
                r.count += n;
                return;
            }
        }
        LateReasonCount r{code, TimelinessReportService::tr("No reason recorded"), QString(), n};
        for (const LateReasonCount& known : m_reasonList) {
            if (known.code == code)
                r = LateReasonCount{code, known.description, known.owner, n};
        }
        if (!code.isEmpty() && r.owner.isEmpty()) {
            r.description = code;
            r.owner = QStringLiteral("other");
        }
        m.lateReasons << r;
    }

    TimelinessReport& m_report;
    const QList<LateReasonCount>& m_reasonList;
    QHash<QString, int> m_monthIndex;
};

// Month-end counts of things open from startMonth until endMonth (exclusive; "" = open).
void countOpenAtMonthEnd(QList<MonthFigures>& months, const QList<ReportRepository::SpanRow>& rows,
                         int MonthFigures::*field)
{
    for (MonthFigures& m : months) {
        const QString key = monthKey(m.month);
        int open = 0;
        for (const auto& r : rows) {
            if (r.startMonth <= key && (r.endMonth.isEmpty() || r.endMonth > key))
                open += r.count;
        }
        m.*field = open;
    }
}

} // namespace

TimelinessReportService::TimelinessReportService(const Database& db, const SettingsStore& settings)
    : m_db(db)
    , m_settings(settings)
{}

Result<TimelinessReport> TimelinessReportService::build(const ReportRequest& request,
                                                        const UserContext& user) const
{
    if (Status allowed = AccessPolicy::require(user, Permission::RunReports); !allowed)
        return allowed.failure();
    return build(request, ReportSettings::load(m_settings));
}

Result<TimelinessReport> TimelinessReportService::build(const ReportRequest& request,
                                                        const ReportSettings& settings) const
{
    if (!request.firstMonth.isValid() || !request.lastMonth.isValid())
        return Failure{tr("the report needs a first and a last month"), tr("report period")};
    const QDate first(request.firstMonth.year(), request.firstMonth.month(), 1);
    const QDate last(request.lastMonth.year(), request.lastMonth.month(), 1);
    if (last < first)
        return Failure{tr("the last month (%1) is before the first month (%2)")
                           .arg(monthKey(last), monthKey(first)),
                       tr("report period")};
    const int monthCount = (last.year() - first.year()) * 12 + last.month() - first.month() + 1;
    if (monthCount > maxMonths)
        return Failure{tr("a report covers at most %1 months; this range has %2")
                           .arg(maxMonths)
                           .arg(monthCount),
                       tr("report period")};

    TimelinessReport report;
    report.settings = settings;
    report.firstMonth = first;
    report.lastMonth = last;
    report.asOf = request.asOf.isValid() ? request.asOf : QDate::currentDate();
    report.produced = QDateTime::currentDateTimeUtc();
    for (QDate m = first; m <= last; m = m.addMonths(1)) {
        MonthFigures figures;
        figures.month = m;
        report.months << figures;
    }
    report.parts = request.parts;
    const ReportRepository repo(m_db);
    if (request.parts & ReportPart::Timeliness) {
        if (Status read = readTimeliness(repo, report); !read)
            return read.failure();
    }
    if (request.parts & ReportPart::Exceptions) {
        if (Status read = readExceptions(repo, report); !read)
            return read.failure();
    }
    return report;
}

Status TimelinessReportService::readTimeliness(const ReportRepository& repo,
                                               TimelinessReport& report)
{
    const QDate first = report.firstMonth;
    const QDate lastDay = report.lastMonth.addMonths(1).addDays(-1);
    const int tolerance = std::max(0, report.settings.policy.rhaToleranceDays);
    auto reasons = repo.lateReasons();
    if (!reasons)
        return reasons.failure();
    report.lateReasonList = reasons.value();
    Tally tally(report, report.lateReasonList);

    auto entries = repo.careEntries(first, lastDay);
    if (!entries)
        return entries.failure();
    for (const auto& e : entries.value()) {
        if (MonthFigures* m = tally.month(e.month))
            (*m)[ReportIndicator::EnteredCare].add(e.location, e.count);
    }

    auto ihas = repo.initialAssessments(first, lastDay, report.asOf);
    if (!ihas)
        return ihas.failure();
    tally.addAssessments(ihas.value(), true, 0);

    auto rhas = repo.reviewAssessments(first, lastDay, report.asOf, report.asOf.addDays(-tolerance),
                                       tolerance == 0);
    if (!rhas)
        return rhas.failure();
    tally.addAssessments(rhas.value(), false, tolerance);
    tally.sortReasons();
    report.groups = TimelinessReport::sumGroups(report.months);
    return {};
}

Status TimelinessReportService::readExceptions(const ReportRepository& repo,
                                               TimelinessReport& report)
{
    const QDate first = report.firstMonth;
    const QDate lastDay = report.lastMonth.addMonths(1).addDays(-1);
    QHash<QString, int> monthIndex;
    for (int i = 0; i < report.months.size(); ++i)
        monthIndex.insert(monthKey(report.months.at(i).month), i);

    auto missed = repo.missedAppointments(first, lastDay);
    if (!missed)
        return missed.failure();
    for (const auto& row : missed.value()) {
        if (const auto it = monthIndex.constFind(row.month); it != monthIndex.cend())
            report.months[*it].missedAppointments[row.code] += row.count;
    }

    auto paperwork = repo.paperworkIssueSpans(first, lastDay);
    if (!paperwork)
        return paperwork.failure();
    countOpenAtMonthEnd(report.months, paperwork.value(), &MonthFigures::openPaperworkIssues);
    auto waits = repo.outOfAreaWaitSpans(first, lastDay);
    if (!waits)
        return waits.failure();
    countOpenAtMonthEnd(report.months, waits.value(), &MonthFigures::outOfAreaWaits);
    return {};
}

Result<QList<EarlierPaper>>
TimelinessReportService::earlierPapers(const TimelinessReport& report) const
{
    auto rows = ReportRepository(m_db).publishedPapers();
    if (!rows)
        return rows.failure();
    const QDate first(report.firstMonth.year(), report.firstMonth.month(), 1);
    const QDate last(report.lastMonth.year(), report.lastMonth.month(), 1);
    QList<EarlierPaper> papers;
    for (auto it = rows.value().crbegin(); it != rows.value().crend() && papers.size() < 24; ++it) {
        auto paper =
            EarlierPaper::fromAuditEntry(QJsonDocument::fromJson(it->second).object(), it->first);
        if (!paper || paper->firstMonth > last || paper->lastMonth < first)
            continue;
        auto figures =
            build(ReportRequest{paper->firstMonth, paper->lastMonth, paper->asOf}, report.settings);
        if (!figures)
            return figures.failure();
        paper->figures = std::move(figures).value();
        papers.prepend(std::move(*paper));
    }
    return papers;
}

Result<PublishedReport> TimelinessReportService::paper(TimelinessReport report, int threshold) const
{
    QList<EarlierPaper> earlier;
    if (threshold > 1) {
        auto before = earlierPapers(report);
        if (!before)
            return before.failure();
        earlier = std::move(before).value();
    }
    return PublishedReport(std::move(report), threshold, std::move(earlier));
}

Status TimelinessReportService::recordExport(const AuditLog& audit, const TimelinessReport& report,
                                             const QString& format, const QString& destination,
                                             const PublishedReport* published)
{
    AuditEntry entry;
    entry.action = QStringLiteral("report");
    entry.entity = QStringLiteral("timeliness_report");
    entry.summary = tr("Timeliness report %1 to %2 (as of %3) produced as %4%5")
                        .arg(monthKey(report.firstMonth), monthKey(report.lastMonth),
                             report.asOf.toString(Qt::ISODate), format,
                             destination.isEmpty() ? QString() : tr(" to %1").arg(destination));
    entry.after = QJsonObject{{QStringLiteral("from"), monthKey(report.firstMonth)},
                              {QStringLiteral("to"), monthKey(report.lastMonth)},
                              {QStringLiteral("as_of"), report.asOf.toString(Qt::ISODate)},
                              {QStringLiteral("format"), format},
                              {QStringLiteral("destination"), destination}};
    if (published && published->suppressing())
        entry.after.insert(QStringLiteral("published"), published->publishedCells());
    return audit.append(entry);
}

} // namespace lac
