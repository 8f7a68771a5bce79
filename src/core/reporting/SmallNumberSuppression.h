// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include <deque>
#include <memory>
#include <utility>
#include <vector>

namespace lac {

/// Small-number suppression for published tables (board papers are public).
///
/// Primary suppression hides every count from 1 to threshold−1 (shown as "<N"); zero is
/// shown. Secondary suppression then hides further cells ("*") until no small count can be
/// narrowed by a reader beyond its label: every count from 1 to N−1 is attacked as an outsider
/// would, with every relation the paper shows (totals are sums of parts, one count is at most
/// another), that counts are whole numbers, and that "*" is never 1 to N−1 (a zero is never
/// hidden, so "*" means N or more). The smallest and largest value it can take are found by
/// linear programming (LinkedTableLp). Where even hiding every linked cell leaves a range
/// narrower than 1..N−1 (the labels alone narrow it), the range that hiding everything gives
/// is the aim, and it must at least not be exact.
///
/// The cells to hide are chosen by optimisation (SmallNumberSuppressionMip.cpp): the fewest,
/// smallest figures whose hiding protects every small count, found by a mixed-integer program
/// (GLPK) whose constraints are made from the attacks themselves, as τ-ARGUS and sdcTable
/// choose a pattern. Where that program does not finish within fixed limits (counted, not
/// timed, so that every machine stops at the same point), the older greedy choice is used:
/// while a range is too narrow the cheapest linked cell is hidden (a count is its cost, a
/// total ten times its count), then every hidden cell is shown again, the costliest first,
/// and kept shown if every linked small count keeps its protection. Either way the result is
/// deterministic: the same table gives the same paper, and method() says which chose it.
///
/// Some cells are not printed but can still be worked out by a reader (requests not sent in
/// time = IHAs due − requests in time): add them with `printed = false`. They are protected
/// like any small count, but never hidden to protect another.
class SmallNumberSuppression
{
public:
    enum class Visibility
    {
        Shown,
        Primary,   ///< a small number: "<N"
        Secondary, ///< hidden so that a small number cannot be worked out: "*"
    };

    /// How the secondary suppression was chosen.
    enum class Method
    {
        Optimised, ///< the least loss, proved by the mixed-integer program
        Greedy,    ///< the program did not finish within its limits: the greedy fallback
    };

    explicit SmallNumberSuppression(int threshold);

    /// Adds a count and returns its cell number. With \a zeroIsSmall a zero is hidden as
    /// "<N" too (the label then means 0 to N−1): for breakdowns so fine that most counts are
    /// small (late by reason, by month), where "<N" meaning 1 to N−1 lets a reader add small
    /// counts up to their small total and pin each one, whatever else is hidden.
    int addCell(int value, bool printed = true, bool zeroIsSmall = false);
    /// Adds a figure another paper already published, as it was printed (\a shownAs, its own
    /// \a threshold, zeros "<N" or not): what a reader of both knows of it. Nothing here can
    /// hide it more; a small count it hides is protected like this paper's own.
    int addPublishedCell(int value, Visibility shownAs, int threshold, bool zeroIsSmall);
    /// Declares that \a total is the sum of \a parts (cell numbers); ignored where the
    /// figures do not add up, as no reader could rely on it.
    void addSumRule(int total, const QList<int>& parts);
    /// Declares that \a smaller can never exceed \a larger (IHAs due <= children entering care).
    void addAtMostRule(int smaller, int larger);
    /// Shows every printed zero as "<N" too, so that "<N" means 0 to N−1 throughout: for a
    /// paper whose small counts the labels alone would pin (PublishedReport decides).
    void setZerosAreSmall(bool on) { m_zerosAreSmall = on; }
    bool zerosAreSmall() const { return m_zerosAreSmall; }
    /// Applies primary then secondary suppression to every cell added so far.
    void apply();
    /// After apply(): how the cells hidden as "*" were chosen.
    Method method() const { return m_method; }
    /// Limits for the optimisation, in branch-and-bound nodes per solve and rounds of
    /// attacks (tests set them low to exercise the fallback).
    void setOptimisationLimits(int nodes, int rounds)
    {
        m_nodeLimit = nodes;
        m_roundLimit = rounds;
    }

    /// What an outsider can work out of one hidden cell or unprinted small count (the range
    /// rounded to whole numbers).
    struct Exposure
    {
        int cell = 0;
        double lowest = 0;  ///< the smallest value the published table allows
        double highest = 0; ///< the largest
        /// Not worked out: at least two values remain possible. The method aims for
        /// the whole interval 1..threshold−1 and hides cells until it is reached or nothing
        /// linked is left to hide (two "<5" parts of a "<5" total are narrowed by the labels
        /// alone).
        bool protectedEnough = false;
        bool wholeInterval = false; ///< the range covers 1..threshold−1
    };
    /// Attacks every small count that is not shown, and every "*", after apply(): what the
    /// method box and
    /// `lachealth report --audit` print, and what an export checks before writing.
    QList<Exposure> audit() const;
    /// Takes a cell out of the paper, as if it had never been printed (what a reader knew
    /// before this paper: PublishedReport's audit with earlier papers).
    void setUnprinted(int cell) { m_cells[cell].printed = false; }
    /// Shows a hidden cell again (what-if tests: would a small count be narrowed?).
    void show(int cell) { m_cells[cell].visibility = Visibility::Shown; }
    /// True if no small count can be worked out exactly.
    bool isProtected() const;

    int threshold() const { return m_threshold; }
    bool enabled() const { return m_threshold > 1; }
    int cellCount() const { return int(m_cells.size()); }
    bool isPrinted(int cell) const { return m_cells.at(cell).printed; }
    int value(int cell) const { return m_cells.at(cell).value; }
    Visibility visibility(int cell) const { return m_cells.at(cell).visibility; }
    bool isHidden(int cell) const { return visibility(cell) != Visibility::Shown; }
    /// "12", "<5" or "*".
    QString text(int cell) const;
    /// The text for a primary-suppressed count, e.g. "<5".
    QString primaryText() const;
    static QString secondaryText() { return QStringLiteral("*"); }

private:
    struct Cell
    {
        int value = 0;
        bool printed = true;
        Visibility visibility = Visibility::Shown;
        bool zeroIsSmall = false;
        int threshold = 0;  ///< another paper's threshold (0: this one's)
        bool fixed = false; ///< another paper's figure: never hidden here
    };
    struct SumRule
    {
        int total;
        QList<int> parts;
    };
    /// What a small count kept after the greedy pass, and must keep while cells are freed.
    enum class Requirement
    {
        None,          ///< the solver failed; the audit reports it
        NotExact,      ///< at least two values (the labels alone narrow it more)
        WholeInterval, ///< nothing beyond its label: 1..N−1
    };

    /// The solutions that reach a count's lowest and highest values (LinkedTableLp::range).
    struct Witness
    {
        std::vector<double> atLowest, atHighest;
    };

    bool isSmall(int value) const;
    int thresholdOf(int cell) const;
    bool meets(int cell, const Exposure& e) const;
    bool needsProtection(int cell) const;
    bool canHide(int cell) const;
    qint64 cost(int cell) const;
    /// What hiding a cell loses, for the optimisation: one figure, plus its size, and a total
    /// (read first by boards) three times over.
    double loss(int cell) const;
    /// Chooses the "*" cells by the mixed-integer program; false (and nothing hidden) if it
    /// did not finish within the limits.
    bool chooseByOptimisation(class LinkedTableLp& lp);
    void setHidden(class LinkedTableLp& lp, int cell, bool hidden);
    /// Every cell in a rule with \a cell (itself included).
    QList<int> sharingARule(int cell) const;
    int cheapestLinkedCell(int cell) const;
    QList<int> countsLinkedTo(int cell) const;
    Exposure expose(class LinkedTableLp& lp, int cell, Witness* witness = nullptr) const;
    /// Two of \a solutions (feasible for the current attack) that take \a cell to 1 or less
    /// and to N−1 or more, or an empty witness.
    Witness coveringSolutions(const std::deque<std::vector<double>>& solutions, int cell) const;
    bool stillProtected(class LinkedTableLp& lp, const QList<int>& counts, int shown);
    void protectEverySmallCount(class LinkedTableLp& lp);
    void releaseNeedlessSecondaries(class LinkedTableLp& lp);
    void showWorkedOutStars(class LinkedTableLp& lp);
    void setReaderBounds(class LinkedTableLp& lp, int cell) const;
    std::unique_ptr<class LinkedTableLp> attackModel() const;

    int m_threshold;
    bool m_zerosAreSmall = false;
    QList<Cell> m_cells;
    QList<SumRule> m_rules;
    QList<std::pair<int, int>> m_atMost;
    std::vector<QList<int>> m_memberOf; ///< the rules each cell is in
    std::vector<Requirement> m_required;
    std::vector<Witness> m_witness;
    std::vector<int> m_hiddenFor; ///< the small count each "*" was first hidden for
    int m_cleanUpBudget = 0;      ///< attacks left for showing "*" cells again
    Method m_method = Method::Optimised;
    int m_nodeLimit = 20'000;
    int m_roundLimit = 200;
};

} // namespace lac
