// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reporting/SmallNumberSuppression.h"

#include "reporting/LinkedTableLp.h"

#include <QSet>

#include <climits>
#include <cmath>
#include <deque>

namespace lac {

SmallNumberSuppression::SmallNumberSuppression(int threshold)
    : m_threshold(threshold)
{}

int SmallNumberSuppression::addCell(int value, bool printed, bool zeroIsSmall)
{
    m_cells << Cell{value, printed, Visibility::Shown, zeroIsSmall};
    return int(m_cells.size()) - 1;
}

int SmallNumberSuppression::addPublishedCell(int value, Visibility shownAs, int threshold,
                                             bool zeroIsSmall)
{
    m_cells << Cell{value, true, shownAs, zeroIsSmall, threshold, true};
    return int(m_cells.size()) - 1;
}

int SmallNumberSuppression::thresholdOf(int cell) const
{
    const Cell& c = m_cells.at(cell);
    return c.threshold > 0 ? c.threshold : m_threshold;
}

void SmallNumberSuppression::addSumRule(int total, const QList<int>& parts)
{
    // As for "at most": a sum the figures do not obey (late reasons not recorded for every
    // late assessment) is no relation a reader can use, and would make the attack wrong.
    int sum = 0;
    for (int p : parts)
        sum += value(p);
    if (sum == value(total))
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
        if (c.fixed)
            continue;
        c.zeroIsSmall = c.zeroIsSmall || (m_zerosAreSmall && c.printed);
        if (isSmall(c.value) || (c.zeroIsSmall && c.value == 0))
            c.visibility = Visibility::Primary;
    }
    m_memberOf.assign(m_cells.size(), {});
    for (int r = 0; r < m_rules.size(); ++r) {
        m_memberOf[m_rules.at(r).total] << r;
        for (int p : m_rules.at(r).parts)
            m_memberOf[p] << r;
    }
    auto lp = attackModel();
    m_method = Method::Optimised;
    if (chooseByOptimisation(*lp))
        return;
    m_method = Method::Greedy;
    protectEverySmallCount(*lp);
    releaseNeedlessSecondaries(*lp);
}

bool SmallNumberSuppression::isSmall(int value) const
{
    return value > 0 && value < m_threshold;
}

bool SmallNumberSuppression::needsProtection(int cell) const
{
    const Cell& c = m_cells.at(cell);
    return c.value > 0 && c.value < thresholdOf(cell) &&
           (!c.printed || c.visibility != Visibility::Shown);
}

void SmallNumberSuppression::setReaderBounds(LinkedTableLp& lp, int cell) const
{
    const Cell& c = m_cells.at(cell);
    if (!c.printed) // not in the paper: the reader knows only what the relations imply
        lp.setBounds(cell, 0, LinkedTableLp::unbounded);
    else if (c.visibility == Visibility::Shown)
        lp.setBounds(cell, c.value, c.value);
    else if (c.visibility == Visibility::Primary) // "<5": 1 to 4 (0 to 4 where zeros are too)
        lp.setBounds(cell, c.zeroIsSmall ? 0 : 1, thresholdOf(cell) - 1);
    else // "*": never a small count (that would be "<5") and never a zero (none is hidden)
        lp.setBounds(cell, thresholdOf(cell), LinkedTableLp::unbounded);
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

SmallNumberSuppression::Exposure SmallNumberSuppression::expose(LinkedTableLp& lp, int cell,
                                                                Witness* witness) const
{
    // Counts are whole numbers, and the reader knows it: the range is rounded inwards.
    constexpr double eps = 1e-6;
    const auto [lo, hi] =
        witness ? lp.range(cell, witness->atLowest, witness->atHighest) : lp.range(cell);
    if (witness) {
        // Cells the solver left out (not linked to this one) keep their true values: those
        // fit every relation they share with the rest, so the solutions stay solutions.
        for (auto* at : {&witness->atLowest, &witness->atHighest})
            for (std::size_t i = 0; i < at->size(); ++i)
                if (std::isnan((*at)[i]))
                    (*at)[i] = value(int(i));
    }
    Exposure e{cell, lo, hi, false, false};
    if (std::isnan(lo) || std::isnan(hi))
        return e;
    e.lowest = std::ceil(lo - eps);
    e.highest = std::isinf(hi) ? hi : std::floor(hi + eps);
    e.protectedEnough = e.highest - e.lowest >= 1;
    e.wholeInterval = value(cell) > 0 && value(cell) < thresholdOf(cell)
                          ? e.lowest <= 1 && e.highest >= thresholdOf(cell) - 1
                          : e.protectedEnough;
    return e;
}

QList<SmallNumberSuppression::Exposure> SmallNumberSuppression::audit() const
{
    QList<Exposure> out;
    if (!enabled())
        return out;
    const auto lp = attackModel();
    for (int c = 0; c < m_cells.size(); ++c) {
        if (needsProtection(c) || visibility(c) == Visibility::Secondary)
            out << expose(*lp, c);
    }
    return out;
}

bool SmallNumberSuppression::isProtected() const
{
    const auto exposures = audit();
    return std::all_of(exposures.cbegin(), exposures.cend(),
                       [](const Exposure& e) { return e.protectedEnough; });
}

qint64 SmallNumberSuppression::cost(int cell) const
{
    // The information a hidden cell takes from the reader: its count, and a total (which
    // boards read first) ten times over.
    const bool total = std::any_of(m_memberOf.at(cell).cbegin(), m_memberOf.at(cell).cend(),
                                   [&](int r) { return m_rules.at(r).total == cell; });
    return qint64(m_cells.at(cell).value) * (total ? 10 : 1);
}

bool SmallNumberSuppression::canHide(int cell) const
{
    // Zeros are never hidden, so that "*" tells the reader "5 or more"; small counts are
    // already "<5"; cells not printed cannot be hidden.
    const Cell& c = m_cells.at(cell);
    return c.printed && !c.fixed && c.visibility == Visibility::Shown && c.value >= m_threshold;
}

QList<int> SmallNumberSuppression::sharingARule(int cell) const
{
    QList<int> members;
    for (int r : m_memberOf.at(cell))
        members << m_rules.at(r).parts << m_rules.at(r).total;
    for (const auto& [smaller, larger] : m_atMost)
        if (smaller == cell || larger == cell)
            members << smaller << larger;
    return members;
}

int SmallNumberSuppression::cheapestLinkedCell(int cell) const
{
    // Widen the search one rule at a time from the exposed cell: first the cells sharing a
    // rule with it, then those sharing a rule with a hidden cell reached so far.
    QSet<int> reached{cell};
    QList<int> frontier{cell};
    while (!frontier.isEmpty()) {
        int best = -1;
        QList<int> next;
        for (int f : std::as_const(frontier)) {
            const QList<int> members = sharingARule(f);
            for (int c : members) {
                if (reached.contains(c))
                    continue;
                reached.insert(c);
                if (canHide(c)) {
                    if (best < 0 || cost(c) < cost(best) || (cost(c) == cost(best) && c < best))
                        best = c;
                } else if (!m_cells.at(c).printed || isHidden(c)) {
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

void SmallNumberSuppression::protectEverySmallCount(LinkedTableLp& lp)
{
    // Each small count in turn, until the paper tells the reader nothing about it beyond its
    // label (its range is the whole of 1..N−1): hide the cheapest linked cell, attack again.
    // Hiding only widens ranges, so a count once protected stays protected.
    m_required.assign(m_cells.size(), Requirement::None);
    m_witness.assign(m_cells.size(), {});
    m_hiddenFor.assign(m_cells.size(), -1);
    // Every solution found stays a solution while cells are only hidden (each hide widens a
    // bound), so a count that two of the latest already take to both ends of 1..N−1 has its
    // whole interval without being attacked: on a ten-year paper most small counts are.
    std::deque<std::vector<double>> found;
    const auto keep = [&found](const std::vector<double>& solution) {
        if (solution.empty())
            return;
        found.push_front(solution);
        if (found.size() > 48)
            found.pop_back();
    };
    for (int c = 0; c < m_cells.size(); ++c) {
        if (!needsProtection(c))
            continue;
        if (Witness w = coveringSolutions(found, c); !w.atLowest.empty()) {
            m_witness[c] = std::move(w);
            m_required[c] = Requirement::WholeInterval;
            continue;
        }
        for (;;) {
            Witness w;
            const Exposure e = expose(lp, c, &w);
            keep(w.atLowest);
            keep(w.atHighest);
            m_witness[c] = std::move(w);
            if (std::isnan(e.lowest))
                break; // the solver failed: audit() reports the cell, and exports refuse
            if (e.wholeInterval) {
                m_required[c] = Requirement::WholeInterval;
                break;
            }
            const int hide = cheapestLinkedCell(c);
            if (hide < 0) { // nothing linked is left: what remains is what the labels say
                m_required[c] = e.protectedEnough ? Requirement::NotExact : Requirement::None;
                break;
            }
            m_cells[hide].visibility = Visibility::Secondary;
            m_hiddenFor[hide] = c;
            setReaderBounds(lp, hide);
        }
    }
}

SmallNumberSuppression::Witness
SmallNumberSuppression::coveringSolutions(const std::deque<std::vector<double>>& solutions,
                                          int cell) const
{
    // Rounded inwards as expose() does: a solution at 1.0000001 still shows 1.
    constexpr double eps = 1e-6;
    const double low = 1 + eps;
    const double high = thresholdOf(cell) - 1 - eps;
    Witness w;
    for (const std::vector<double>& s : solutions) {
        const double x = s.at(std::size_t(cell));
        if (w.atLowest.empty() && x <= low)
            w.atLowest = s;
        if (w.atHighest.empty() && x >= high)
            w.atHighest = s;
    }
    if (w.atLowest.empty() || w.atHighest.empty())
        return {};
    return w;
}

QList<int> SmallNumberSuppression::countsLinkedTo(int cell) const
{
    // The small counts whose range can change when \a cell is shown: those joined to it by
    // rules through cells the reader does not know.
    QList<int> found;
    QSet<int> reached{cell};
    QList<int> frontier{cell};
    while (!frontier.isEmpty()) {
        const int f = frontier.takeFirst(); // nearest first: those most likely to narrow
        if (needsProtection(f))
            found << f;
        const QList<int> members = sharingARule(f);
        for (int c : members) {
            if (reached.contains(c) || (m_cells.at(c).printed && !isHidden(c)))
                continue;
            reached.insert(c);
            frontier << c;
        }
    }
    return found;
}

bool SmallNumberSuppression::meets(int cell, const Exposure& e) const
{
    switch (m_required.at(cell)) {
    case Requirement::WholeInterval:
        return e.wholeInterval;
    case Requirement::NotExact:
        return e.protectedEnough;
    case Requirement::None:
        break;
    }
    return true;
}

bool SmallNumberSuppression::stillProtected(LinkedTableLp& lp, const QList<int>& counts, int shown)
{
    // A count whose lowest and highest solutions both already have the shown cell at its
    // true value keeps its range: both stay feasible. Only the others are attacked again.
    constexpr double eps = 1e-6;
    const double v = value(shown);
    QList<std::pair<int, Witness>> renewed;
    for (int c : counts) {
        if (m_required.at(c) == Requirement::None)
            continue;
        const Witness& w = m_witness.at(c);
        if (!w.atLowest.empty() && !w.atHighest.empty() &&
            std::abs(w.atLowest.at(std::size_t(shown)) - v) < eps &&
            std::abs(w.atHighest.at(std::size_t(shown)) - v) < eps)
            continue;
        Witness fresh;
        --m_cleanUpBudget;
        if (!meets(c, expose(lp, c, &fresh)))
            return false;
        renewed << std::pair{c, std::move(fresh)};
    }
    // Solutions found with the cell shown are solutions with it hidden too: keep them.
    for (auto& [c, w] : renewed)
        m_witness[c] = std::move(w);
    return true;
}

void SmallNumberSuppression::releaseNeedlessSecondaries(LinkedTableLp& lp)
{
    // The greedy pass hides cells on the way to protecting a count that later hides made
    // needless. Each hidden cell is shown again, the costliest first, and kept shown if every
    // small count linked to it keeps the protection it had; repeated until nothing changes
    // (a cell kept hidden in one pass may be freed by one shown later). A "*" the reader
    // could work out exactly protects nothing, and is always shown again. The attacks are
    // counted, not timed, so that a long paper stops at the same point on every machine:
    // a year's paper of a small county needs about 18,000.
    m_cleanUpBudget = 30'000;
    for (bool changed = true; changed;) {
        changed = false;
        QList<int> hidden;
        for (int c = 0; c < m_cells.size(); ++c)
            if (visibility(c) == Visibility::Secondary)
                hidden << c;
        std::stable_sort(hidden.begin(), hidden.end(),
                         [this](int a, int b) { return cost(a) > cost(b); });
        for (int c : std::as_const(hidden)) {
            if (m_cleanUpBudget <= 0)
                return showWorkedOutStars(lp); // a long paper: the rest stay hidden
            QList<int> linked = countsLinkedTo(c);
            // The count it was hidden for is the likeliest to lose out: attacked first.
            if (const qsizetype at = linked.indexOf(m_hiddenFor.at(c)); at > 0)
                linked.move(at, 0);
            m_cells[c].visibility = Visibility::Shown;
            setReaderBounds(lp, c);
            if (stillProtected(lp, linked, c)) {
                changed = true;
                continue;
            }
            m_cells[c].visibility = Visibility::Secondary;
            setReaderBounds(lp, c);
        }
    }
}

void SmallNumberSuppression::showWorkedOutStars(LinkedTableLp& lp)
{
    // A "*" the reader can work out tells them nothing new when shown (unless showing it
    // narrows a small count the rounding had spared, so that is checked too).
    for (int c = 0; c < m_cells.size(); ++c) {
        if (visibility(c) != Visibility::Secondary || expose(lp, c).protectedEnough)
            continue;
        const QList<int> linked = countsLinkedTo(c);
        m_cells[c].visibility = Visibility::Shown;
        setReaderBounds(lp, c);
        if (!stillProtected(lp, linked, c)) {
            m_cells[c].visibility = Visibility::Secondary;
            setReaderBounds(lp, c);
        }
    }
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
