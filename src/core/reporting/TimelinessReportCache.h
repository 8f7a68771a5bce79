// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reporting/TimelinessReportService.h"

#include <optional>

namespace lac {

/// One wide timeliness report shared by every view that shows one (the overview's quarter and
/// charts, the charts tab), so that the window computes it once, when the first of them is
/// shown, and a view's months are a slice of it, not another query. Every figure of the
/// report is per month, so a slice is exactly the report of its months.
///
/// The first report covers the months asked for and the last twelve months (the quarter
/// and the charts' default range in one query); one outside it widens to the last ten years.
/// The figures are as of the day asked for; a new day, user or clear() builds afresh.
/// Each request names the parts it shows: the exceptions part is read only when a view that
/// shows it asks, then added to the months held, so the overview's quarter never waits for it.
class TimelinessReportCache
{
public:
    /// \a service must outlive the cache.
    explicit TimelinessReportCache(const TimelinessReportService& service);

    /// The report of \a request's months as of its day, for \a user (RunReports checked by
    /// the service when it builds).
    Result<TimelinessReport> report(const ReportRequest& request, const UserContext& user) const;
    /// Forgets the kept report (the data or the settings changed).
    void clear() const;

    /// Whether report() would answer \a request from the kept report, without a query.
    bool covers(const ReportRequest& request, const UserContext& user) const;
    /// The months and parts report() would build for \a request (its own, the last twelve and
    /// those already kept; the last ten years once widened; only the missing part when the
    /// months are held), for building them on another thread.
    ReportRequest widened(const ReportRequest& request, const UserContext& user) const;
    /// Keeps \a wide, built elsewhere for \a user from widened(), as if report() had built it
    /// (an exceptions part alone is added to the months held).
    void adopt(TimelinessReport wide, const UserContext& user) const;

private:
    const TimelinessReportService& m_service;
    mutable std::optional<TimelinessReport> m_wide;
    mutable QString m_login; ///< whose report m_wide is
};

} // namespace lac
