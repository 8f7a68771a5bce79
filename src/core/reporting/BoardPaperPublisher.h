// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "reporting/PublishedReport.h"
#include "reporting/ReportRequest.h"
#include "reporting/ReportSection.h"

#include <QCoreApplication>

namespace lac {

class AuditLog;
class TimelinessReportService;

/// The one way a board paper is made ready to publish, used by the window's export and by
/// `lachealth report` alike, so that both count, suppress, attack and audit a paper in the
/// same steps: the figures counted as the signed-in person may see them, suppression chosen
/// with the papers published before over the same months, the cover set, and the paper
/// attacked as an outsider would. Writing the bytes (PDF, HTML, CSV, JSON) stays with the
/// caller; recording the export here is what makes later papers safe.
class BoardPaperPublisher
{
    Q_DECLARE_TR_FUNCTIONS(lac::BoardPaperPublisher)

public:
    /// \a sections: what the kinds of record add to the paper (nullptr: none).
    BoardPaperPublisher(const TimelinessReportService& reports, const AuditLog& audit,
                        const ReportSections* sections = nullptr);

    /// A paper ready to write, with what the attack found.
    struct Paper
    {
        PublishedReport published;
        /// Empty when nothing is hidden (threshold ≤ 1); the sections' audits are in it too.
        PublishedReport::DisclosureAudit attack;
        QList<ReportSection> sections; ///< each kind of record's, suppressed like the table
    };

    /// Counts \a period and suppresses counts below \a threshold (-1: the installation's
    /// setting; 0 or 1: nothing hidden, only for papers that will not be published).
    Result<Paper> prepare(const ReportRequest& period, int threshold,
                          const BoardPaperCover& cover = {}) const;

    /// Refused with the reason when the attack worked out a hidden count: such a paper must
    /// never be written.
    static Status refuseLeak(const Paper& paper);

    /// Records in the audit trail that \a paper was written to \a destination as \a format
    /// ("pdf", "csv"…), with its cells when suppressed, so later papers are attacked with it.
    Status recordExport(const Paper& paper, const QString& format,
                        const QString& destination) const;

private:
    const TimelinessReportService& m_reports;
    const AuditLog& m_audit;
    const ReportSections* m_sections;
};

} // namespace lac
