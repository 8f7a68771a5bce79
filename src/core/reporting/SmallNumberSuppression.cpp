// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reporting/SmallNumberSuppression.h"

#include "reporting/LinkedTableLp.h"

#include <QSet>

#include <climits>
#include <cmath>

namespace lac {

SmallNumberSuppression::SmallNumberSuppression(int threshold)
    : m_threshold(threshold)
{}

int SmallNumberSuppression::addCell(int value, bool printed)
{
    m_cells << Cell{value, printed, Visibility::Shown};
    return int(m_cells.size()) - 1;
}

void SmallNumberSuppression::addSumRule(int total, const QList<int>& parts)
{
    m_rules << SumRule{total, parts};
}

void SmallNumberSuppression::addAtMostRule(int smaller, int larger)
{
    // A relation the figures do not obey (a child counted in one month and another) is not
    // one a reader can rely on either; it would only make the attack model contradict itself.
    if (value(smaller) <= value(larger))
        m_atMost << std::pair{smaller, larger};
}

void SmallNumberSuppression::apply()
{
    if (!enabled())
        return;
    for (Cell& c : m_cells) {
        if (c.value > 0 && c.value < m_threshold)
            c.visibility = Visibility::Primary;
    }
    // Each pass hides at least one more cell or stops, so this ends. The linked-table pass
    // may leave a rule with a single hidden cell (pinned, though not small); the rule pass
    // then hides its partner, which only widens every range.
    for (bool changed = true; changed;) {
        changed = false;
        for (const SumRule& rule : std::as_const(m_rules))
            changed = hideOneMore(rule) || changed;
        changed = protectLinkedTable() || changed;
    }
}

bool SmallNumberSuppression::isSmall(int cell) const
{
    const int v = m_cells.at(cell).value;
    return v > 0 && v < m_threshold;
}

void SmallNumberSuppression::setReaderBounds(LinkedTableLp& lp, int cell) const
{
    const Cell& c = m_cells.at(cell);
    if (!c.printed) // not in the paper: the reader knows only what the relations imply
        lp.setBounds(cell, 0, LinkedTableLp::unbounded);
    else if (c.visibility == Visibility::Shown)
        lp.setBounds(cell, c.value, c.value);
    else if (c.visibility == Visibility::Primary) // "<5": 1 to 4
        lp.setBounds(cell, 1, m_threshold - 1);
    else // "*": any count
        lp.setBounds(cell, 0, LinkedTableLp::unbounded);
}

std::unique_ptr<LinkedTableLp> SmallNumberSuppression::attackModel() const
{
    auto lp = std::make_unique<LinkedTableLp>(int(m_cells.size()));
    for (const SumRule& rule : m_rules)
        lp->addSum(rule.total, rule.parts);
    for (const auto& [smaller, larger] : m_atMost)
        lp->addAtMost(smaller, larger);
    for (int c = 0; c < m_cells.size(); ++c)
        setReaderBounds(*lp, c);
    return lp;
}

QList<SmallNumberSuppression::Exposure> SmallNumberSuppression::audit() const
{
    QList<Exposure> out;
    if (!enabled())
        return out;
    const auto lp = attackModel();
    constexpr double eps = 1e-6;
    for (int c = 0; c < m_cells.size(); ++c) {
        if (!isSmall(c) || (m_cells.at(c).printed && !isHidden(c)))
            continue;
        const auto [lo, hi] = lp->range(c);
        const bool solved = !std::isnan(lo) && !std::isnan(hi);
        out << Exposure{c, lo, hi, solved && hi - lo >= 1 - eps,
                        solved && lo <= 1 + eps && hi >= m_threshold - 1 - eps};
    }
    return out;
}

bool SmallNumberSuppression::isProtected() const
{
    const auto exposures = audit();
    return std::all_of(exposures.cbegin(), exposures.cend(),
                       [](const Exposure& e) { return e.protectedEnough; });
}

int SmallNumberSuppression::cheapestLinkedCell(int cell) const
{
    // Widen the search one rule at a time from the exposed cell: first the cells sharing a
    // rule with it, then those sharing a rule with a hidden cell reached so far.
    QSet<int> reached{cell};
    QList<int> frontier{cell};
    QList<QList<int>> members;
    for (const SumRule& r : m_rules)
        members << (QList<int>(r.parts) << r.total);
    for (const auto& [smaller, larger] : m_atMost)
        members << QList<int>{smaller, larger};
    QSet<int> totals;
    for (const SumRule& r : m_rules)
        totals.insert(r.total);
    while (!frontier.isEmpty()) {
        int best = -1;
        const auto cost = [&](int c) {
            // The smallest count that is not a total; a zero or a total only when nothing
            // else is left (hiding a total or a zero tells the reader least).
            const int v = m_cells.at(c).value;
            return qint64(totals.contains(c) ? 1 : 0) * 1'000'000'000LL +
                   (v == 0 ? 500'000'000LL : v);
        };
        QList<int> next;
        for (const QList<int>& rule : std::as_const(members)) {
            bool touches = false;
            for (int f : std::as_const(frontier))
                touches = touches || rule.contains(f);
            if (!touches)
                continue;
            for (int c : rule) {
                if (reached.contains(c))
                    continue;
                reached.insert(c);
                if (!isHidden(c) && m_cells.at(c).printed) {
                    if (best < 0 || cost(c) < cost(best) || (cost(c) == cost(best) && c < best))
                        best = c;
                } else {
                    next << c;
                }
            }
        }
        if (best >= 0)
            return best;
        frontier = next;
    }
    return -1;
}

bool SmallNumberSuppression::protectLinkedTable()
{
    bool hidAny = false;
    auto lp = attackModel();
    constexpr double eps = 1e-6;
    for (int c = 0; c < m_cells.size(); ++c) {
        if (!isSmall(c) || (m_cells.at(c).printed && !isHidden(c)))
            continue;
        // Hiding a cell only widens every range, so a cell once protected stays protected:
        // each exposed cell is fixed in turn, re-attacked after every cell hidden for it.
        for (;;) {
            const auto [lo, hi] = lp->range(c);
            if (std::isnan(lo) || std::isnan(hi))
                break; // the solver failed: audit() reports the cell, and exports refuse
            // Worked out exactly: hide the cheapest linked cell, however far it is.
            // A range narrower than 1..N−1 but not a single value is left as it is: what is
            // left is mostly what the "<N" labels themselves say, and chasing it hid nine
            // cells in ten of an 800-child county's paper.
            if (hi - lo >= 1 - eps)
                break;
            const int hide = cheapestLinkedCell(c);
            if (hide < 0)
                break;
            m_cells[hide].visibility = Visibility::Secondary;
            setReaderBounds(*lp, hide);
            hidAny = true;
        }
    }
    return hidAny;
}

bool SmallNumberSuppression::hideOneMore(const SumRule& rule)
{
    QList<int> members = rule.parts;
    members << rule.total; // parts first: on a tie a part is hidden rather than the total
    int hidden = 0;
    for (int c : members)
        hidden += isHidden(c) ? 1 : 0;
    if (hidden != 1)
        return false;
    int best = -1;
    for (int c : std::as_const(members)) {
        const Cell& cell = m_cells.at(c);
        if (isHidden(c) || !cell.printed)
            continue;
        // Prefer the smallest non-zero count; a zero only if nothing else is left.
        const auto rank = [](int v) { return v == 0 ? INT_MAX : v; };
        if (best < 0 || rank(cell.value) < rank(m_cells.at(best).value))
            best = c;
    }
    if (best < 0)
        return false; // every other cell is unprinted: nothing printed reveals the hidden one
    m_cells[best].visibility = Visibility::Secondary;
    return true;
}

QString SmallNumberSuppression::text(int cell) const
{
    switch (visibility(cell)) {
    case Visibility::Shown:
        return QString::number(value(cell));
    case Visibility::Primary:
        return primaryText();
    case Visibility::Secondary:
        break;
    }
    return secondaryText();
}

QString SmallNumberSuppression::primaryText() const
{
    return QStringLiteral("<%1").arg(m_threshold);
}

} // namespace lac
