// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reporting/LinkedTableLp.h"

#include <glpk.h>

#include <cmath>
#include <vector>

namespace lac {

struct LinkedTableLp::Problem
{
    glp_prob* lp = nullptr;
    int cells = 0;
    // Coefficients collected before the first solve (GLPK's arrays are 1-based).
    std::vector<int> ia{0}, ja{0};
    std::vector<double> ar{0.0};
    bool loaded = false;

    void addRow(const std::vector<std::pair<int, double>>& terms, int type)
    {
        const int row = glp_add_rows(lp, 1);
        glp_set_row_bnds(lp, row, type, 0.0, 0.0);
        for (const auto& [cell, coef] : terms) {
            ia.push_back(row);
            ja.push_back(cell + 1);
            ar.push_back(coef);
        }
        loaded = false;
    }
};

LinkedTableLp::LinkedTableLp(int cellCount)
    : m_p(std::make_unique<Problem>())
{
    glp_term_out(GLP_OFF);
    m_p->lp = glp_create_prob();
    m_p->cells = cellCount;
    if (cellCount > 0)
        glp_add_cols(m_p->lp, cellCount);
    for (int c = 1; c <= cellCount; ++c)
        glp_set_col_bnds(m_p->lp, c, GLP_LO, 0.0, 0.0);
}

LinkedTableLp::~LinkedTableLp()
{
    glp_delete_prob(m_p->lp);
}

void LinkedTableLp::addSum(int total, const QList<int>& parts)
{
    std::vector<std::pair<int, double>> terms{{total, 1.0}};
    for (int p : parts)
        terms.emplace_back(p, -1.0);
    m_p->addRow(terms, GLP_FX); // total - sum(parts) = 0
}

void LinkedTableLp::addAtMost(int smaller, int larger)
{
    m_p->addRow({{smaller, 1.0}, {larger, -1.0}}, GLP_UP); // smaller - larger <= 0
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
}

std::pair<double, double> LinkedTableLp::range(int cell)
{
    std::vector<double> unused;
    return range(cell, unused, unused);
}

std::pair<double, double> LinkedTableLp::range(int cell, std::vector<double>& atLowest,
                                               std::vector<double>& atHighest)
{
    Problem& p = *m_p;
    if (!p.loaded) {
        glp_load_matrix(p.lp, int(p.ia.size()) - 1, p.ia.data(), p.ja.data(), p.ar.data());
        p.loaded = true;
    }
    glp_smcp parm;
    glp_init_smcp(&parm);
    parm.msg_lev = GLP_MSG_OFF;
    const double nan = std::nan("");
    const auto solve = [&](int direction, std::vector<double>& at) -> double {
        glp_set_obj_dir(p.lp, direction);
        glp_set_obj_coef(p.lp, cell + 1, 1.0);
        int rc = glp_simplex(p.lp, &parm);
        if (rc != 0) { // a lost warm start: build a fresh basis and try once more
            glp_adv_basis(p.lp, 0);
            rc = glp_simplex(p.lp, &parm);
        }
        const int status = glp_get_status(p.lp);
        const double value = glp_get_obj_val(p.lp);
        at.clear();
        if (rc == 0 && status == GLP_OPT && &atLowest != &atHighest) {
            at.resize(std::size_t(p.cells));
            for (int c = 0; c < p.cells; ++c)
                at[std::size_t(c)] = glp_get_col_prim(p.lp, c + 1);
        }
        glp_set_obj_coef(p.lp, cell + 1, 0.0);
        if (rc != 0)
            return nan;
        if (status == GLP_UNBND)
            return direction == GLP_MAX ? unbounded : -unbounded;
        if (status != GLP_OPT)
            return nan;
        return value;
    };
    const double lo = solve(GLP_MIN, atLowest);
    const double hi = solve(GLP_MAX, atHighest);
    return {lo, hi};
}

} // namespace lac
