// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "carers/core/CarerMedicalFigures.h"

#include <QList>

namespace lac {

/// How a public paper lays out the carers' medicals: by month, by three months at a time, or
/// for the whole period only, chosen from the figures before any number is hidden.
///
/// Why: carers' medicals are a few a month. Beside a month of 1 to N−1 ("<N") the period's
/// sum, or the waiting list's flow, would give it back, so secondary suppression hid counts of
/// 6 to 16 on a 100,000-children county. National statistics combine categories (here, months)
/// before suppressing instead. The rule, printed under the table: the first of these layouts in
/// which no printed count and no count that follows from printed ones (the medicals withdrawn,
/// from one waiting list to the next) is from 1 to N−1 — by month with the waiting list at
/// each month's end; by three months (from the paper's first month) with the waiting list at
/// each one's end; by three months with the waiting list at the period's end only; otherwise
/// the whole period only. Deterministic: the same figures give the same layout.
struct CarerMedicalLayout
{
    enum class Columns
    {
        Months,
        Quarters, ///< three months at a time from the paper's first month (the last may be shorter)
        Period,   ///< the whole period only
    };
    Columns columns = Columns::Months;
    /// The waiting list is printed at the end of each column; otherwise at the period's end only.
    bool waitingEachColumn = true;

    /// The layout for \a figures at \a threshold (≤ 1: nothing is suppressed, by month).
    static CarerMedicalLayout choose(const CarerMedicalFigures& figures, int threshold);
    /// The figures of each column of \a layout (not the period): months summed, the waiting
    /// list and its days as at the column's last month.
    static QList<CarerMedicalMonth> columnFigures(const CarerMedicalFigures& figures,
                                                  const CarerMedicalLayout& layout);
    /// The months of \a figures in each column of \a layout (indices), the period not included.
    static QList<QList<int>> blocks(const CarerMedicalFigures& figures,
                                    const CarerMedicalLayout& layout);
    /// True when a column of \a layout would print, or imply, a count of 1 to \a threshold − 1.
    static bool hasSmallCount(const CarerMedicalFigures& figures, const CarerMedicalLayout& layout,
                              int threshold);
};

} // namespace lac
