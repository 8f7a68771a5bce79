// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

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
    /// Applies primary then secondary suppression to every cell added so far.
    void apply();

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

    int m_threshold;
    QList<Cell> m_cells;
    QList<SumRule> m_rules;
};

} // namespace lac
