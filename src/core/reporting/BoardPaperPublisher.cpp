// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reporting/BoardPaperPublisher.h"

#include "data/AuditLog.h"
#include "reporting/TimelinessReportService.h"

namespace lac {

BoardPaperPublisher::BoardPaperPublisher(const TimelinessReportService& reports,
                                         const AuditLog& audit, const ReportSections* sections)
    : m_reports(reports)
    , m_audit(audit)
    , m_sections(sections)
{}

Result<BoardPaperPublisher::Paper> BoardPaperPublisher::prepare(const ReportRequest& period,
                                                                int threshold,
                                                                const BoardPaperCover& cover) const
{
    auto report = m_reports.build(period, m_audit.user());
    if (!report)
        return report.failure();
    if (threshold < 0)
        threshold = report->settings.suppressionThreshold;
    // Choosing the suppression reads every paper published before over the same months, as a
    // reader holding them all could.
    auto published = m_reports.paper(std::move(report.value()), threshold);
    if (!published)
        return published.failure();
    published.value().setCover(cover);
    PublishedReport::DisclosureAudit attack =
        threshold > 1 ? published.value().audit() : PublishedReport::DisclosureAudit{};
    QList<ReportSection> sections;
    if (m_sections) {
        auto built = m_sections->build(published.value(), m_audit.user());
        if (!built)
            return built.failure();
        sections = std::move(built.value());
        for (const ReportSection& s : std::as_const(sections)) {
            attack.lines << s.auditLines;
            if (attack.leak.isEmpty())
                attack.leak = s.leak;
        }
    }
    return Paper{std::move(published.value()), std::move(attack), std::move(sections)};
}

Status BoardPaperPublisher::refuseLeak(const Paper& paper)
{
    if (paper.attack.leak.isEmpty())
        return {};
    return Failure{tr("the report was not written: %1").arg(paper.attack.leak), {}};
}

Status BoardPaperPublisher::recordExport(const Paper& paper, const QString& format,
                                         const QString& destination) const
{
    const int threshold = paper.published.threshold();
    const QString described =
        threshold > 1 ? QStringLiteral("%1 (suppressed <%2)").arg(format).arg(threshold) : format;
    return TimelinessReportService::recordExport(m_audit, paper.published.report(), described,
                                                 destination, &paper.published);
}

} // namespace lac
