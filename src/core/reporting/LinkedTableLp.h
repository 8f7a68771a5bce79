// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>

#include <limits>
#include <memory>
#include <utility>
#include <vector>

namespace lac {

/// What an outsider can work out from a published table: every cell a variable, the cells
/// shown fixed at their value, the hidden ones within what their text says ("<5": 1 to 4),
/// and every relation a reader can see between them (a total is the sum of its parts, one
/// count is at most another). The smallest and largest value a hidden cell can take is found
/// by linear programming (GLPK's simplex), as τ-ARGUS and sdcTable audit a suppressed table.
/// GLPK is used rather than a hand-written solver: it is exact enough for counts, in Debian,
/// and fast with a warm start. A range depends only on the cells the reader does not know that
/// are linked to the cell through such cells, so that part is solved on its own, and kept with
/// its warm start while it holds every cell linked to the one attacked (the whole table is used
/// when the part is most of it).
class LinkedTableLp
{
public:
    static constexpr double unbounded = std::numeric_limits<double>::infinity();

    explicit LinkedTableLp(int cellCount);
    ~LinkedTableLp();
    LinkedTableLp(const LinkedTableLp&) = delete;
    LinkedTableLp& operator=(const LinkedTableLp&) = delete;

    /// total = sum of parts.
    void addSum(int total, const QList<int>& parts);
    /// smaller <= larger.
    void addAtMost(int smaller, int larger);
    /// What a reader knows of a cell: [lo, hi] (hi may be `unbounded`).
    void setBounds(int cell, double lo, double hi);

    /// The smallest and largest value \a cell can take; {nan, nan} if the relations contradict
    /// the bounds (a bug in the caller: the true values always satisfy them).
    std::pair<double, double> range(int cell);
    /// As range(), and also every cell's value in the solutions that reach the smallest and
    /// the largest: if fixing another cell keeps both solutions, the range cannot narrow, so
    /// a caller can skip re-solving (the suppression's clean-up relies on this). A cell the
    /// reader does not know and that is not linked to \a cell is NaN: any values that fit the
    /// relations it shares with others (the true ones) complete the solution.
    std::pair<double, double> range(int cell, std::vector<double>& atLowest,
                                    std::vector<double>& atHighest);

    /// One end of a cell's range, and what each cell's bound is worth to it: the reduced
    /// costs of the attacker's optimum, signed so that raising a cell's upper bound by one
    /// moves the end outwards by at most max(cost, 0) and lowering its lower bound by at most
    /// max(−cost, 0). They hold for any bounds (the dual stays feasible), so a chooser of
    /// suppressions can turn a range that is too narrow into a constraint on which cells to
    /// hide (Fischetti and Salazar's protection cuts, as τ-ARGUS uses).
    struct Extreme
    {
        double value = 0;                ///< the lowest or highest value; NaN if unsolved
        std::vector<double> reducedCost; ///< by cell; empty if unsolved or unbounded
    };
    Extreme extreme(int cell, bool highest);

private:
    struct Problem;
    std::unique_ptr<Problem> m_p;
};

} // namespace lac
