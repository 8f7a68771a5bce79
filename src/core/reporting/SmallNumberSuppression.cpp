// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reporting/SmallNumberSuppression.h"

#include <climits>

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

void SmallNumberSuppression::apply()
{
    if (!enabled())
        return;
    for (Cell& c : m_cells) {
        if (c.value > 0 && c.value < m_threshold)
            c.visibility = Visibility::Primary;
    }
    // Each pass hides at least one more cell or stops, so this ends.
    bool changed = true;
    while (changed) {
        changed = false;
        for (const SumRule& rule : std::as_const(m_rules))
            changed = hideOneMore(rule) || changed;
    }
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
