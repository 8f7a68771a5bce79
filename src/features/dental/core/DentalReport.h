// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dental/core/DentalFigures.h"
#include "reporting/ReportSection.h"

#include <QCoreApplication>

namespace lac {

class Database;
class SettingsStore;

/// The dental section of the report: by month, the children in care, how many had a check
/// within the local standard (count and %), the checks done, and the checks that did not
/// happen because no NHS dentist would take the child; a chart of each. The CSV indicators
/// dental_in_care, dental_up_to_date, dental_up_to_date_pct, dental_checks and
/// dental_no_nhs_dentist come from here. Counts only, no child: what a board paper may show.
///
/// Suppressed with the paper's own machinery: a count of 1 to N−1 is "<N", and the reader's
/// relations are given to the attack — children in care are those up to date plus those not
/// (not printed, but a small number of children without a check is protected too), and the
/// period's checks are the sum of its months — so that no small count can be worked out. A
/// percentage is printed only where both its counts are shown.
class DentalReport final : public ReportSectionSource
{
    Q_DECLARE_TR_FUNCTIONS(lac::DentalReport)

public:
    DentalReport(const Database& db, const SettingsStore& settings);

    /// The figures, if \a user may run reports.
    Result<DentalFigures> figures(QDate first, QDate last, QDate asOf,
                                  const UserContext& user) const;
    Result<std::optional<ReportSection>> section(const PublishedReport& report,
                                                 const UserContext& user) const override;
    /// The section for \a figures, with the months titled as in \a report, suppressed at
    /// \a threshold (0 or 1: nothing hidden).
    static ReportSection section(const DentalFigures& figures, const PublishedReport& report,
                                 int threshold);

private:
    const Database& m_db;
    const SettingsStore& m_settings;
};

} // namespace lac
