// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// An attacker for small hand-built tables, written apart from the product's solver, shared
// by the suppression tests: it tries every whole-number value of the hidden cells.

#include "reporting/SmallNumberSuppression.h"

#include <QMap>
#include <QPair>

#include <functional>

namespace lac::test {

/// An attacker written apart from the product's solver: every integer assignment of the
/// hidden cells that fits what is printed and every sum rule, by depth-first search. It knows
/// what the labels say: "<5" is 1 to 4 (0 to 4 when zeros are small too), and "*" is never
/// 1 to 4 (so 0, or 5 up to \a cap). Returns, for each hidden cell, the smallest and largest
/// value any fitting assignment gives.
struct Table
{
    QList<int> cells;                    ///< cell numbers in the suppression object
    QList<QPair<int, QList<int>>> rules; ///< total = sum(parts), indexes into cells
};

/// Adds a cell holding the sum of the cells \a parts (indexes into the table), with its rule.
inline void addTotalOf(SmallNumberSuppression& s, Table& t, const QList<int>& parts)
{
    int sum = 0;
    for (int p : parts)
        sum += s.value(t.cells.at(p));
    t.cells << s.addCell(sum);
    t.rules << qMakePair(int(t.cells.size()) - 1, parts);
}

/// Declares the table's rules to the suppression.
inline void addRules(SmallNumberSuppression& s, const Table& t)
{
    for (const auto& rule : t.rules) {
        QList<int> parts;
        for (int p : rule.second)
            parts << t.cells.at(p);
        s.addSumRule(t.cells.at(rule.first), parts);
    }
}

inline QMap<int, QPair<int, int>> exhaustiveAttack(const SmallNumberSuppression& s, const Table& t,
                                                   int cap)
{
    QList<int> hidden;
    for (int i = 0; i < t.cells.size(); ++i)
        if (s.isHidden(t.cells.at(i)))
            hidden << i;
    QMap<int, QPair<int, int>> range;
    QList<int> value(t.cells.size());
    for (int i = 0; i < t.cells.size(); ++i)
        value[i] = s.isHidden(t.cells.at(i)) ? -1 : s.value(t.cells.at(i));
    // A partial assignment is dropped as soon as a rule cannot hold any more.
    const auto fits = [&] {
        for (const auto& rule : t.rules) {
            int sum = 0;
            bool complete = true;
            for (int p : rule.second) {
                if (value.at(p) < 0)
                    complete = false;
                else
                    sum += value.at(p);
            }
            const int total = value.at(rule.first);
            if (total >= 0 && (sum > total || (complete && sum != total)))
                return false;
        }
        return true;
    };
    std::function<void(int)> search = [&](int k) {
        if (!fits())
            return;
        if (k == hidden.size()) {
            for (int i : std::as_const(hidden)) {
                auto it = range.find(i);
                if (it == range.end())
                    range.insert(i, {value.at(i), value.at(i)});
                else
                    *it = {std::min(it->first, value.at(i)), std::max(it->second, value.at(i))};
            }
            return;
        }
        const int i = hidden.at(k);
        const bool small =
            s.visibility(t.cells.at(i)) == SmallNumberSuppression::Visibility::Primary;
        const int from = small && !s.zerosAreSmall() ? 1 : 0;
        for (int v = from; v <= (small ? s.threshold() - 1 : cap); ++v) {
            if (!small && v > 0 && v < s.threshold())
                continue;
            value[i] = v;
            search(k + 1);
        }
        value[i] = -1;
    };
    search(0);
    return range;
}

} // namespace lac::test
