// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reporting/LinkedTableLp.h"

#include <glpk.h>

#include <algorithm>
#include <cmath>
#include <vector>

namespace lac {

struct LinkedTableLp::Problem
{
    struct Row
    {
        std::vector<std::pair<int, double>> terms;
        int type = GLP_FX;
    };

    glp_prob* lp = nullptr;
    int cells = 0;
    // Coefficients collected before the first solve (GLPK's arrays are 1-based).
    std::vector<int> ia{0}, ja{0};
    std::vector<double> ar{0.0};
    bool loaded = false;
    // The same relations by cell, and what the reader knows of each cell: a range is found
    // on the part of the table a cell is linked to through cells the reader does not know.
    std::vector<Row> rows;
    std::vector<std::vector<int>> rowsOf;
    std::vector<double> lo, hi;
    quint64 generation = 0; ///< counts changes of what the reader knows
    // The last part solved on its own, kept while nothing changes (warm starts).
    glp_prob* part = nullptr;
    std::vector<int> partCells;  ///< part column - 1 -> cell
    std::vector<int> partColumn; ///< cell -> part column, 0 if not in it
    std::vector<int> partRows;   ///< part row - 1 -> row
    quint64 partGeneration = 0;

    bool known(int cell) const { return lo[std::size_t(cell)] == hi[std::size_t(cell)]; }

    void addRow(const std::vector<std::pair<int, double>>& terms, int type)
    {
        const int row = glp_add_rows(lp, 1);
        glp_set_row_bnds(lp, row, type, 0.0, 0.0);
        for (const auto& [cell, coef] : terms) {
            ia.push_back(row);
            ja.push_back(cell + 1);
            ar.push_back(coef);
            rowsOf[std::size_t(cell)].push_back(int(rows.size()));
        }
        rows.push_back(Row{terms, type});
        loaded = false;
    }

    void dropPart()
    {
        if (part)
            glp_delete_prob(part);
        part = nullptr;
        for (int c : partCells)
            partColumn[std::size_t(c)] = 0;
        partCells.clear();
        partRows.clear();
    }

    /// The cells the reader does not know that are linked to \a cell through such cells,
    /// and the relations between them.
    void linkedPart(int cell, std::vector<int>& members, std::vector<int>& touched) const
    {
        std::vector<char> seen(std::size_t(cells), 0), rowSeen(rows.size(), 0);
        members = {cell};
        seen[std::size_t(cell)] = 1;
        for (std::size_t i = 0; i < members.size(); ++i) {
            for (int r : rowsOf[std::size_t(members[i])]) {
                if (rowSeen[std::size_t(r)])
                    continue;
                rowSeen[std::size_t(r)] = 1;
                touched.push_back(r);
                for (const auto& [c, coef] : rows[std::size_t(r)].terms) {
                    if (!seen[std::size_t(c)] && !known(c)) {
                        seen[std::size_t(c)] = 1;
                        members.push_back(c);
                    }
                }
            }
        }
    }

    /// What the reader knows of each cell of the part, as it is now.
    void setPartBounds()
    {
        for (std::size_t i = 0; i < partCells.size(); ++i) {
            const double l = lo[std::size_t(partCells[i])], h = hi[std::size_t(partCells[i])];
            const int col = int(i) + 1;
            if (std::isinf(h))
                glp_set_col_bnds(part, col, GLP_LO, l, 0.0);
            else if (l == h)
                glp_set_col_bnds(part, col, GLP_FX, l, h);
            else
                glp_set_col_bnds(part, col, GLP_DB, l, h);
        }
    }

    /// Makes the part of \a cell ready to solve: the kept one while it still holds every cell
    /// linked to \a cell (a cell of it the reader now knows is a fixed column, and its warm
    /// start is kept), else a new one, or none when the part is most of the table.
    void preparePart(int cell)
    {
        const bool inPart = part && partColumn[std::size_t(cell)] > 0;
        if (inPart && partGeneration == generation)
            return;
        std::vector<int> members, touched;
        linkedPart(cell, members, touched);
        if (inPart && std::all_of(members.cbegin(), members.cend(),
                                  [this](int c) { return partColumn[std::size_t(c)] > 0; })) {
            setPartBounds();
            partGeneration = generation;
        } else if (members.size() * 2 <= std::size_t(cells)) {
            buildPart(members, touched);
        } else {
            dropPart();
        }
    }

    void buildPart(const std::vector<int>& members, const std::vector<int>& touched)
    {
        dropPart();
        part = glp_create_prob();
        partCells = members;
        partRows = touched;
        glp_add_cols(part, int(members.size()));
        for (std::size_t i = 0; i < members.size(); ++i)
            partColumn[std::size_t(members[i])] = int(i) + 1;
        setPartBounds();
        std::vector<int> pi{0}, pj{0};
        std::vector<double> pa{0.0};
        if (!touched.empty())
            glp_add_rows(part, int(touched.size()));
        for (std::size_t k = 0; k < touched.size(); ++k) {
            const Row& row = rows[std::size_t(touched[k])];
            double known = 0; // the cells the reader knows move to the right-hand side
            for (const auto& [c, coef] : row.terms) {
                if (const int col = partColumn[std::size_t(c)]; col > 0) {
                    pi.push_back(int(k) + 1);
                    pj.push_back(col);
                    pa.push_back(coef);
                } else {
                    known += coef * lo[std::size_t(c)];
                }
            }
            glp_set_row_bnds(part, int(k) + 1, row.type, -known, -known);
        }
        glp_load_matrix(part, int(pi.size()) - 1, pi.data(), pj.data(), pa.data());
        glp_adv_basis(part, 0);
        partGeneration = generation;
    }
};

LinkedTableLp::LinkedTableLp(int cellCount)
    : m_p(std::make_unique<Problem>())
{
    glp_term_out(GLP_OFF);
    m_p->lp = glp_create_prob();
    m_p->cells = cellCount;
    m_p->rowsOf.resize(std::size_t(cellCount));
    m_p->lo.assign(std::size_t(cellCount), 0.0);
    m_p->hi.assign(std::size_t(cellCount), unbounded);
    m_p->partColumn.assign(std::size_t(cellCount), 0);
    if (cellCount > 0)
        glp_add_cols(m_p->lp, cellCount);
    for (int c = 1; c <= cellCount; ++c)
        glp_set_col_bnds(m_p->lp, c, GLP_LO, 0.0, 0.0);
}

LinkedTableLp::~LinkedTableLp()
{
    m_p->dropPart();
    glp_delete_prob(m_p->lp);
}

void LinkedTableLp::addSum(int total, const QList<int>& parts)
{
    std::vector<std::pair<int, double>> terms{{total, 1.0}};
    for (int p : parts)
        terms.emplace_back(p, -1.0);
    m_p->addRow(terms, GLP_FX); // total - sum(parts) = 0
    ++m_p->generation;
}

void LinkedTableLp::addAtMost(int smaller, int larger)
{
    m_p->addRow({{smaller, 1.0}, {larger, -1.0}}, GLP_UP); // smaller - larger <= 0
    ++m_p->generation;
}

void LinkedTableLp::setBounds(int cell, double lo, double hi)
{
    const int c = cell + 1;
    if (std::isinf(hi))
        glp_set_col_bnds(m_p->lp, c, GLP_LO, lo, 0.0);
    else if (lo == hi)
        glp_set_col_bnds(m_p->lp, c, GLP_FX, lo, hi);
    else
        glp_set_col_bnds(m_p->lp, c, GLP_DB, lo, hi);
    double& l = m_p->lo[std::size_t(cell)];
    double& h = m_p->hi[std::size_t(cell)];
    if (l != lo || h != hi) {
        l = lo;
        h = hi;
        ++m_p->generation;
    }
}

std::pair<double, double> LinkedTableLp::range(int cell)
{
    std::vector<double> unused;
    return range(cell, unused, unused);
}

namespace {

/// Minimises and maximises column \a column of \a lp (warm-started from its last basis);
/// \a read copies a solution out.
template <typename Read>
std::pair<double, double> minMax(glp_prob* lp, int column, Read read)
{
    glp_smcp parm;
    glp_init_smcp(&parm);
    parm.msg_lev = GLP_MSG_OFF;
    const double nan = std::nan("");
    const auto solve = [&](int direction, bool highest) -> double {
        glp_set_obj_dir(lp, direction);
        glp_set_obj_coef(lp, column, 1.0);
        int rc = glp_simplex(lp, &parm);
        if (rc != 0) { // a lost warm start: build a fresh basis and try once more
            glp_adv_basis(lp, 0);
            rc = glp_simplex(lp, &parm);
        }
        const int status = glp_get_status(lp);
        const double value = glp_get_obj_val(lp);
        read(highest, rc == 0 && status == GLP_OPT);
        glp_set_obj_coef(lp, column, 0.0);
        if (rc != 0)
            return nan;
        if (status == GLP_UNBND)
            return direction == GLP_MAX ? LinkedTableLp::unbounded : -LinkedTableLp::unbounded;
        if (status != GLP_OPT)
            return nan;
        return value;
    };
    const double lo = solve(GLP_MIN, false);
    const double hi = solve(GLP_MAX, true);
    return {lo, hi};
}

} // namespace

std::pair<double, double> LinkedTableLp::range(int cell, std::vector<double>& atLowest,
                                               std::vector<double>& atHighest)
{
    Problem& p = *m_p;
    const bool wanted = &atLowest != &atHighest;
    // A cell is linked only to the cells the reader does not know that share a relation with
    // it, through others of those: the rest of the table is fixed and cannot move its range.
    // That part is solved on its own (a ten-year paper is hundreds of such parts), and kept
    // for the next cell while nothing changes; a part of most of the table uses the whole.
    p.preparePart(cell);
    const bool onPart =
        p.part && p.partGeneration == p.generation && p.partColumn[std::size_t(cell)] > 0;
    if (!onPart && !p.loaded) {
        glp_load_matrix(p.lp, int(p.ia.size()) - 1, p.ia.data(), p.ja.data(), p.ar.data());
        p.loaded = true;
    }
    // On a part, the cells outside it are the known ones at their value and the others
    // unknown here (NaN; a caller fills in any values that fit, e.g. the true ones).
    const auto valueOf = [&p, onPart](int c) {
        if (!onPart)
            return glp_get_col_prim(p.lp, c + 1);
        if (const int col = p.partColumn[std::size_t(c)]; col > 0)
            return glp_get_col_prim(p.part, col);
        return p.known(c) ? p.lo[std::size_t(c)] : std::nan("");
    };
    const auto read = [&](bool highest, bool ok) {
        std::vector<double>& at = highest ? atHighest : atLowest;
        at.clear();
        if (!wanted || !ok)
            return;
        at.resize(std::size_t(p.cells));
        for (int c = 0; c < p.cells; ++c)
            at[std::size_t(c)] = valueOf(c);
    };
    return onPart ? minMax(p.part, p.partColumn[std::size_t(cell)], read)
                  : minMax(p.lp, cell + 1, read);
}

LinkedTableLp::Extreme LinkedTableLp::extreme(int cell, bool highest)
{
    Problem& p = *m_p;
    p.preparePart(cell);
    const bool onPart =
        p.part && p.partGeneration == p.generation && p.partColumn[std::size_t(cell)] > 0;
    if (!onPart && !p.loaded) {
        glp_load_matrix(p.lp, int(p.ia.size()) - 1, p.ia.data(), p.ja.data(), p.ar.data());
        p.loaded = true;
    }
    glp_prob* lp = onPart ? p.part : p.lp;
    const int column = onPart ? p.partColumn[std::size_t(cell)] : cell + 1;
    glp_smcp parm;
    glp_init_smcp(&parm);
    parm.msg_lev = GLP_MSG_OFF;
    glp_set_obj_dir(lp, highest ? GLP_MAX : GLP_MIN);
    glp_set_obj_coef(lp, column, 1.0);
    int rc = glp_simplex(lp, &parm);
    if (rc != 0) {
        glp_adv_basis(lp, 0);
        rc = glp_simplex(lp, &parm);
    }
    const int status = glp_get_status(lp);
    Extreme e{std::nan(""), {}};
    if (rc == 0 && status == GLP_UNBND)
        e.value = highest ? unbounded : -unbounded;
    if (rc == 0 && status == GLP_OPT) {
        e.value = glp_get_obj_val(lp);
        // As a maximisation (of −x for the lowest): then a positive cost is an upper bound
        // that holds the end in, a negative one a lower bound.
        const double sign = highest ? 1.0 : -1.0;
        e.reducedCost.assign(std::size_t(p.cells), 0.0);
        if (onPart) {
            for (std::size_t i = 0; i < p.partCells.size(); ++i)
                e.reducedCost[std::size_t(p.partCells[i])] =
                    sign * glp_get_col_dual(lp, int(i) + 1);
            // The cells the reader knows were moved to the right-hand side: their reduced
            // cost is what the rows' duals charge them (their objective coefficient is 0).
            for (std::size_t k = 0; k < p.partRows.size(); ++k) {
                const double pi = glp_get_row_dual(lp, int(k) + 1);
                if (pi == 0.0)
                    continue;
                for (const auto& [c, coef] : p.rows[std::size_t(p.partRows[k])].terms)
                    if (p.partColumn[std::size_t(c)] == 0)
                        e.reducedCost[std::size_t(c)] -= sign * pi * coef;
            }
        } else {
            for (int c = 0; c < p.cells; ++c)
                e.reducedCost[std::size_t(c)] = sign * glp_get_col_dual(lp, c + 1);
        }
    }
    glp_set_obj_coef(lp, column, 0.0);
    return e;
}

} // namespace lac
