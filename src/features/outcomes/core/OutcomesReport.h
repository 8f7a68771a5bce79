// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "oc2/core/Oc2Year.h"
#include "outcomes/core/EnglandOutcomes.h"
#include "outcomes/core/OutcomeCounts.h"
#include "reporting/ReportSection.h"

#include <QCoreApplication>

namespace lac {

class Database;

/// The health outcomes section of the report: the share of children looked after for 12
/// months who had their annual health assessment, immunisations up to date, teeth checked,
/// development checks (under 5s), an SDQ (5 to 16), the average SDQ and the share of scores
/// of concern (17+), for the last collection year (to 31 March) and for the 12 months to the
/// report's day, beside England's latest figures (EnglandOutcomes). Both cohorts are the OC2
/// return's (Oc2ReturnService::evaluate, Oc2Rules), so the paper agrees with the return sent
/// to the DfE; docs/oc2.md defines them. The CSV indicators outcomes_* come from here.
///
/// Suppressed with the paper's own machinery: each count of 1 to N−1 is "<N", and the
/// reader's relations are given to the attack (a cohort is those with a measure plus those
/// without, not printed; the under 5s and the 5 to 16s are parts of it; scores of concern are
/// some of the scores). A percentage or an average is printed only where its counts are shown.
class OutcomesReport final : public ReportSectionSource
{
    Q_DECLARE_TR_FUNCTIONS(lac::OutcomesReport)

public:
    /// \a englandFile: an administrator's newer England figures, if present (see
    /// EnglandOutcomes::overridePath()).
    OutcomesReport(const Database& db, QString englandFile);

    /// The section for the report's as-of day, if \a user may run reports.
    Result<std::optional<ReportSection>> section(const PublishedReport& report,
                                                 const UserContext& user) const override;
    /// The section for the counts of \a year (to 31 March) and \a today, beside \a england,
    /// suppressed at \a threshold (0 or 1: nothing hidden).
    static ReportSection section(const OutcomeCounts& year, const OutcomeCounts& today,
                                 const EnglandOutcomesLoaded& england, int threshold);
    /// The counts of the OC2 cohort of \a span, read from \a db (no permission check).
    static Result<OutcomeCounts> count(const Database& db, Oc2Span span);

private:
    const Database& m_db;
    QString m_englandFile;
};

} // namespace lac
