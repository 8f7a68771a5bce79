// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "incoming/core/CaseloadSplit.h"
#include "incoming/core/IncomingFigures.h"
#include "reporting/ReportSection.h"

#include <QCoreApplication>

namespace lac {

class Database;
class RequestingAuthorities;
class SettingsStore;

/// The host caseload's section of the report: a row per month of incoming requests received,
/// made complete, done (and done within the host target), still waiting on the requester, and
/// done late by whose delay (the requester's paperwork, or our capacity), with the median
/// turnaround; under it the caseload split on the report's as-of day (our own children and the
/// children placed here, by authority) and turnaround by requesting authority. The CSV
/// indicators host_requests_received, host_requests_complete, host_done_in_target and
/// host_waiting_requester (and host_requests_done, host_late_requester, host_late_host,
/// host_median_working_days) come from here.
///
/// Other authorities' children are counted only here, under their own title: never in the
/// paper's own-children figures. Counts only, no child. Suppressed with the paper's own
/// machinery (SmallNumberSuppression), with the relations a reader has: the period is the sum
/// of its months, waiting follows received less complete and withdrawn, those in target or late
/// are at most those done, the placed-here total is the sum of its authorities and the done of
/// the period the sum of the authorities' done.
class IncomingReport final : public ReportSectionSource
{
    Q_DECLARE_TR_FUNCTIONS(lac::IncomingReport)

public:
    IncomingReport(const Database& db, const SettingsStore& settings);

    /// Nothing for a role that may not read incoming requests (a viewer).
    Result<std::optional<ReportSection>> section(const PublishedReport& report,
                                                 const UserContext& user) const override;
    /// The section for \a figures and \a caseload, months titled as in \a report, suppressed at
    /// \a threshold (0 or 1: nothing hidden).
    static ReportSection section(const IncomingFigures& figures, const CaseloadSplit& caseload,
                                 const RequestingAuthorities& authorities,
                                 const PublishedReport& report, int threshold);

private:
    const Database& m_db;
    const SettingsStore& m_settings;
};

} // namespace lac
