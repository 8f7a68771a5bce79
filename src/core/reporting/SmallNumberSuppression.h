// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include <memory>
#include <utility>

namespace lac {

/// Small-number suppression for published tables (board papers are public).
///
/// Primary suppression hides every count from 1 to threshold−1 (shown as "<N"); zero is
/// shown. Secondary suppression then hides more cells wherever a hidden cell could be worked
/// out from a total: for every rule "total = sum of parts", if exactly one of its cells is
/// hidden, the smallest non-zero cell still shown (a part, or else the total) is hidden too
/// (shown as "*"), repeated until no rule has a single hidden cell. A threshold of 0 or 1
/// turns suppression off.
///
/// The rule-by-rule pass protects each sum on its own, not the linked table as a whole (two
/// "<5" cells that must add up to 8 are both 4). So every count from 1 to threshold−1 is then
/// attacked as an outsider would: the smallest and largest value it can take given everything
/// shown and every relation (linear programming, LinkedTableLp). While a small count can be
/// worked out exactly, one more cell linked to it is hidden (the smallest count that is not a
/// total, so totals and splits stay visible), and it is attacked again. The
/// result is deterministic: the same table gives the same paper.
///
/// Some cells are not printed but can still be worked out by a reader (the children whose
/// placement location is unknown = total − in area − out of area): add them with
/// `printed = false`. They take part in the rules and are primary-suppressed like any count,
/// but are never chosen to hide another cell, because hiding them would protect nothing.
class SmallNumberSuppression
{
public:
    enum class Visibility
    {
        Shown,
        Primary,   ///< a small number: "<N"
        Secondary, ///< hidden so that a small number cannot be worked out: "*"
    };

    explicit SmallNumberSuppression(int threshold);

    /// Adds a count and returns its cell number.
    int addCell(int value, bool printed = true);
    /// Declares that \a total is the sum of \a parts (cell numbers).
    void addSumRule(int total, const QList<int>& parts);
    /// Declares that \a smaller can never exceed \a larger (IHAs due <= children entering care).
    void addAtMostRule(int smaller, int larger);
    /// Applies primary then secondary suppression to every cell added so far.
    void apply();

    /// What an outsider can work out of one hidden (or unprinted) small count.
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
    /// Attacks every small count that is not shown, after apply(): what the method box and
    /// `lachealth report --audit` print, and what an export checks before writing.
    QList<Exposure> audit() const;
    /// True if no small count can be worked out exactly.
    bool isProtected() const;

    int threshold() const { return m_threshold; }
    bool enabled() const { return m_threshold > 1; }
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
    };
    struct SumRule
    {
        int total;
        QList<int> parts;
    };

    bool hideOneMore(const SumRule& rule);
    /// Hides cells until no small count can be narrowed; true if it hid any.
    bool protectLinkedTable();
    bool isSmall(int cell) const;
    int cheapestLinkedCell(int cell) const;
    void setReaderBounds(class LinkedTableLp& lp, int cell) const;
    std::unique_ptr<class LinkedTableLp> attackModel() const;

    int m_threshold;
    QList<Cell> m_cells;
    QList<SumRule> m_rules;
    QList<std::pair<int, int>> m_atMost;
};

} // namespace lac
