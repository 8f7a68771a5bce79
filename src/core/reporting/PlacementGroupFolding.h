// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reporting/GroupFigures.h"

#include <QList>

#include <functional>

namespace lac {

/// Which placement types a public paper prints on their own and which it counts together in
/// one combined row, decided from the figures before any suppression.
///
/// Why: the placement types add up to the period's totals, so a type whose count is 1 to N−1
/// ("<N") beside types that are all shown can be worked out by subtraction, and protecting it
/// means hiding a larger figure ("*"): on a 100,000-children county, 248 IHAs in time in
/// "Other residential" were hidden to protect 2 in "Temporary". National statistics
/// (ONS, τ-ARGUS) combine categories before suppressing instead. The rule, stated in the
/// paper's method box: every type with a count from 1 to N−1 goes into the combined row; while
/// that row still has such a count, the type with the fewest assessments left joins it (the
/// earlier in report order on a tie); if even every type together still has one, nothing is
/// combined (it would avoid no hiding). A measure (IHAs or RHAs, in time or late) whose total
/// over every type is itself from 1 to N−1 is left out of the rule, as no row can avoid a
/// small count in it. Deterministic: the same figures give the same rows.
class PlacementGroupFolding
{
public:
    /// The groups a paper prints, each as the indices into \a groups it sums: single types in
    /// report order, then the combined row (if any) last. \a threshold ≤ 1 (nothing
    /// suppressed) keeps every type on its own.
    static QList<QList<int>> rows(const QList<GroupFigures>& groups, int threshold);
    /// The figures of \a members of \a groups added up (the code of a single one kept).
    static GroupFigures sum(const QList<GroupFigures>& groups, const QList<int>& members);
    /// True when one of the counts a paper prints for \a group is from 1 to \a threshold − 1.
    static bool hasSmallCount(const GroupFigures& group, int threshold);
    /// The rule itself, for any \a count categories (late reasons and whose delay they were
    /// use it too, LateReasonFolding): \a small(members) is true when the categories
    /// \a members added up still have a count from 1 to N−1, \a size(i) is how many category
    /// \a i holds (the smallest joins first). The rows as rows() gives them.
    static QList<QList<int>> fold(int count, const std::function<bool(const QList<int>&)>& small,
                                  const std::function<int(int)>& size);
};

} // namespace lac
