// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "oc2/core/Oc2Rules.h"

#include <optional>

namespace lac {

/// The health outcomes of one cohort, as counts: how many children, and how many of them had
/// their annual health assessment, immunisations up to date, teeth checked, development checks
/// up to date (under 5s), an SDQ score (aged 5 to 16) and a score of 17 or more. Counted from
/// the cohort's OC2 rows, so the board paper's figures are the year-end return's to the child
/// (a field the return leaves blank for want of a record counts as "no", as the return's gap
/// list says: nothing on record). Plain numbers, so tests check them on hand-built rows.
struct OutcomeCounts
{
    QDate asAt; ///< the span's last day, ages and statuses taken on it
    int children = 0;
    int healthAssessment = 0;
    int immunisations = 0;
    int teethChecked = 0;
    int underFive = 0;   ///< under 5 on asAt: the development checks' children
    int development = 0; ///< of those, checks up to date
    int fiveToSixteen = 0;
    int sdqReceived = 0; ///< of those aged 5 to 16, with an SDQ score
    int sdqConcern = 0;  ///< of those scores, 17 or over
    int sdqTotal = 0;    ///< the scores added up

    std::optional<double> sdqAverage() const
    {
        return sdqReceived > 0 ? std::optional<double>(double(sdqTotal) / sdqReceived)
                               : std::nullopt;
    }
    /// Counts the cohort \a rows (every row is a cohort child) over \a span.
    static OutcomeCounts count(const QList<Oc2Row>& rows, Oc2Span span);
};

} // namespace lac
