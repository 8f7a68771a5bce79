// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The choice of secondary suppressions by optimisation: a mixed-integer program (GLPK's
// branch and bound) picks the cells to hide at least loss, and the attacker's linear programs
// tell it, round by round, which small count is still too exposed and which cells could
// widen its range (Fischetti and Salazar's protection cuts, as τ-ARGUS and sdcTable use).
// Kept apart from SmallNumberSuppression.cpp, which has the attack and the greedy fallback.
#include "reporting/SmallNumberSuppression.h"

#include "reporting/LinkedTableLp.h"

#include <glpk.h>

#include <algorithm>
#include <cmath>
#include <memory>

namespace lac {
namespace {

struct NodeCount
{
    int limit = 0;
    int nodes = 0;
};

/// Stops branch and bound after a fixed number of nodes: a limit that, unlike a time limit,
/// stops at the same point on every machine, so the same data always gives the same paper.
void countNodes(glp_tree* tree, void* info)
{
    auto* count = static_cast<NodeCount*>(info);
    if (glp_ios_reason(tree) == GLP_ISELECT && ++count->nodes > count->limit)
        glp_ios_terminate(tree);
}

struct ProblemDeleter
{
    void operator()(glp_prob* p) const { glp_delete_prob(p); }
};

/// How far a small count's range must reach: its protection interval (1..N−1), or as far as
/// hiding every linked cell would take it where the labels alone narrow it more.
struct Target
{
    int cell;
    double lowest;
    double highest;
};

} // namespace

double SmallNumberSuppression::loss(int cell) const
{
    // Counting figures first (the share of counts of N or more hidden is what a board
    // loses), then their size; a total, which boards read first, costs three figures.
    const bool total = std::any_of(m_memberOf.at(cell).cbegin(), m_memberOf.at(cell).cend(),
                                   [&](int r) { return m_rules.at(r).total == cell; });
    return (20.0 + m_cells.at(cell).value) * (total ? 3.0 : 1.0);
}

void SmallNumberSuppression::setHidden(LinkedTableLp& lp, int cell, bool hidden)
{
    m_cells[cell].visibility = hidden ? Visibility::Secondary : Visibility::Shown;
    setReaderBounds(lp, cell);
}

bool SmallNumberSuppression::chooseByOptimisation(LinkedTableLp& lp)
{
    constexpr double eps = 1e-6;
    m_required.assign(m_cells.size(), Requirement::None);
    m_witness.assign(m_cells.size(), {});
    m_hiddenFor.assign(m_cells.size(), -1);
    QList<int> candidates; // the cells that may be hidden: the program's binary variables
    for (int c = 0; c < m_cells.size(); ++c)
        if (canHide(c))
            candidates << c;
    const auto showAll = [&] {
        for (int c : std::as_const(candidates))
            setHidden(lp, c, false);
    };

    // What each small count's range would be with every candidate hidden: the aim, capped
    // at its protection interval (the labels alone may allow less).
    for (int c : std::as_const(candidates))
        setHidden(lp, c, true);
    QList<Target> targets;
    for (int c = 0; c < m_cells.size(); ++c) {
        if (!needsProtection(c))
            continue;
        const Exposure e = expose(lp, c);
        if (std::isnan(e.lowest) || std::isnan(e.highest)) {
            showAll();
            return false;
        }
        if (!e.protectedEnough)
            continue; // the labels alone give it away: nothing to hide helps; audit() says so
        m_required[c] = e.wholeInterval ? Requirement::WholeInterval : Requirement::NotExact;
        targets << Target{c, std::max(1.0, e.lowest),
                          std::min(double(thresholdOf(c) - 1), e.highest)};
    }
    showAll();

    const std::unique_ptr<glp_prob, ProblemDeleter> mip(glp_create_prob());
    glp_set_obj_dir(mip.get(), GLP_MIN);
    if (!candidates.isEmpty())
        glp_add_cols(mip.get(), int(candidates.size()));
    for (int j = 0; j < candidates.size(); ++j) {
        glp_set_col_kind(mip.get(), j + 1, GLP_BV);
        glp_set_obj_coef(mip.get(), j + 1, loss(candidates.at(j)));
    }

    for (int round = 0; round < m_roundLimit; ++round) {
        // Attack every small count under the current pattern; each end that falls short
        // becomes a constraint every pattern must meet: the reduced costs bound how far
        // hiding each cell can move that end, whatever else is hidden (weak duality).
        int cuts = 0;
        for (const Target& t : std::as_const(targets)) {
            for (const bool highest : {true, false}) {
                const LinkedTableLp::Extreme x = lp.extreme(t.cell, highest);
                if (std::isnan(x.value)) {
                    showAll();
                    return false;
                }
                const double reached = highest ? x.value : -x.value;
                const double aim = highest ? t.highest - eps : -(t.lowest + eps);
                if (reached >= aim)
                    continue;
                double need = aim - reached;
                std::vector<int> index{0};
                std::vector<double> widen{0.0};
                bool usable = true;
                for (int j = 0; j < candidates.size(); ++j) {
                    const int c = candidates.at(j);
                    const double d = x.reducedCost.at(std::size_t(c));
                    if (std::abs(d) < 1e-9)
                        continue;
                    // "*" allows N or more: no upper bound, a lower bound of N.
                    const double a =
                        d > 0 ? LinkedTableLp::unbounded : -d * (value(c) - thresholdOf(c));
                    if (visibility(c) == Visibility::Secondary) {
                        if (std::isinf(a))
                            usable = false; // cannot be at an optimum; a solver slip
                        need += a;          // already counted in what was reached
                    }
                    if (a > 1e-9) {
                        index.push_back(j + 1);
                        widen.push_back(a);
                    }
                }
                if (!usable || index.size() == 1) {
                    showAll();
                    return false;
                }
                // A binary variable with a coefficient past the right-hand side meets it alone.
                for (double& a : widen)
                    a = std::min(a, need);
                const int row = glp_add_rows(mip.get(), 1);
                glp_set_row_bnds(mip.get(), row, GLP_LO, need, 0.0);
                glp_set_mat_row(mip.get(), row, int(index.size()) - 1, index.data(), widen.data());
                ++cuts;
            }
        }
        if (cuts == 0) {
            // Every small count reaches its aim. A "*" a reader can work out protects
            // nothing: shown again (the program has no reason to keep one, but rounding may).
            m_cleanUpBudget = 30'000;
            showWorkedOutStars(lp);
            return true;
        }
        NodeCount count{m_nodeLimit, 0};
        glp_iocp parm;
        glp_init_iocp(&parm);
        parm.msg_lev = GLP_MSG_OFF;
        parm.presolve = GLP_ON;
        parm.cb_func = countNodes;
        parm.cb_info = &count;
        const int rc = glp_intopt(mip.get(), &parm);
        if (rc != 0 || glp_mip_status(mip.get()) != GLP_OPT) {
            showAll();
            return false;
        }
        for (int j = 0; j < candidates.size(); ++j) {
            const bool hide = glp_mip_col_val(mip.get(), j + 1) > 0.5;
            if (hide != (visibility(candidates.at(j)) == Visibility::Secondary))
                setHidden(lp, candidates.at(j), hide);
        }
    }
    showAll();
    return false;
}

} // namespace lac
