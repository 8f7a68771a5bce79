// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reporting/LateReasonCount.h"

#include <QList>
#include <QStringList>

namespace lac {

/// Which late reasons, and whose delay they were, a public paper prints on their own and which
/// it counts together, decided from the period's figures before any suppression.
///
/// Why: the owners of delay add up to the period's late assessments and each owner's reasons
/// add up to the owner, so one late assessment with no reason recorded (a "<5" owner and a
/// "<5" reason) could only be protected by hiding a larger owner and one of its reasons: on a
/// 100,000-children county's quarter, 182 late because of health and 24 of them for one reason.
/// As with placement types (PlacementGroupFolding, whose rule this applies), the categories
/// are combined instead, from the top down so that every sum the paper shows still adds up:
/// - owners: every owner with a count from 1 to N−1 goes into one combined owner row; while
///   that row is itself from 1 to N−1, the owner with the fewest late assessments left joins
///   it (the earlier on a tie); if even every owner together is, nothing is combined;
/// - reasons: within each owner row printed, the same rule on its reasons (counts from 0 to
///   N−1, as these figures show zeros as "<N" too), into one combined reason row per owner row.
/// Deterministic: the same figures give the same rows.
class LateReasonFolding
{
public:
    struct Rows
    {
        /// The owner codes each printed owner row adds up, in DelayOwner order, the combined
        /// row (if any) last. Only owners with a late assessment.
        QList<QStringList> owners;
        /// The indices into the reasons each printed reason row adds up: single reasons in
        /// their order, then each owner row's combined reason row (if any) in owner row order.
        QList<QList<int>> reasons;
        /// The owner row (index into owners) each reason row belongs to; -1 for a reason whose
        /// owner is not a known owner of delay.
        QList<int> reasonOwner;
    };

    /// The rows of a paper whose late reasons over the period are \a reasons (in report order,
    /// TimelinessReport::periodLateReasons). \a threshold ≤ 1 (nothing suppressed) keeps every
    /// owner and reason on its own.
    static Rows fold(const QList<LateReasonCount>& reasons, int threshold);
};

} // namespace lac
