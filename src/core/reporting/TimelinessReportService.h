// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "data/AuditLog.h"
#include "data/Database.h"
#include "data/SettingsStore.h"
#include "reporting/EarlierPaper.h"
#include "reporting/ReportRequest.h"
#include "reporting/TimelinessReport.h"

#include <QCoreApplication>

namespace lac {

class PublishedReport;
class ReportRepository;

/// Computes the timeliness report (docs/reporting.md has the definitions): per month, in
/// area / out of area / all, the children who entered care, their IHAs in time, late and not
/// yet due, IHA requests in time, RHAs due in the month in time, late and not yet due; the
/// same by placement group; late assessments by reason and owner; month-end backlogs.
/// The only place these numbers are made, so every table, chart and paper agrees.
class TimelinessReportService
{
    Q_DECLARE_TR_FUNCTIONS(lac::TimelinessReportService)

public:
    /// The longest range one report covers (twenty years of months).
    static constexpr int maxMonths = 240;

    TimelinessReportService(const Database& db, const SettingsStore& settings);

    /// The report for \a request, if \a user may run reports: only the parts it asks for are
    /// read (the figures of the others are zero and the report's parts say so).
    Result<TimelinessReport> build(const ReportRequest& request, const UserContext& user) const;
    /// The report with settings given by the caller (tests, benchmarks, the dashboard cache).
    Result<TimelinessReport> build(const ReportRequest& request,
                                   const ReportSettings& settings) const;

    /// The suppressed papers exported before whose months overlap \a report's (at most the
    /// 24 latest), each with its figures counted again as of the day it was counted then.
    Result<QList<EarlierPaper>> earlierPapers(const TimelinessReport& report) const;
    /// \a report as a paper to publish at \a threshold, its suppression chosen with the
    /// papers exported before over the same months: what the board-paper window and
    /// `lachealth report` both write (each then audits it before writing).
    Result<PublishedReport> paper(TimelinessReport report, int threshold) const;

    /// Audit entry for a report that was run or exported: what period, in what format, where;
    /// for a suppressed paper (\a published), the text of its cells, so that later papers
    /// can be attacked together with it.
    static Status recordExport(const AuditLog& audit, const TimelinessReport& report,
                               const QString& format, const QString& destination,
                               const PublishedReport* published = nullptr);

private:
    /// The timeliness part: entries, IHAs, RHAs, late reasons, placement groups.
    static Status readTimeliness(const ReportRepository& repo, TimelinessReport& report);
    /// The exceptions part: missed appointments and the month-end backlogs.
    static Status readExceptions(const ReportRepository& repo, TimelinessReport& report);

    const Database& m_db;
    const SettingsStore& m_settings;
};

} // namespace lac
