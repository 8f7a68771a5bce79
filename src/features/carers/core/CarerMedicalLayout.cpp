// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "carers/core/CarerMedicalLayout.h"

#include <algorithm>

namespace lac {

QList<QList<int>> CarerMedicalLayout::blocks(const CarerMedicalFigures& figures,
                                             const CarerMedicalLayout& layout)
{
    const int months = int(figures.months.size());
    const int size = layout.columns == Columns::Months     ? 1
                     : layout.columns == Columns::Quarters ? 3
                                                           : 0;
    QList<QList<int>> out;
    for (int m = 0; size > 0 && m < months; m += size) {
        QList<int> block;
        for (int k = m; k < std::min(months, m + size); ++k)
            block << k;
        out << block;
    }
    return out;
}

QList<CarerMedicalMonth> CarerMedicalLayout::columnFigures(const CarerMedicalFigures& figures,
                                                           const CarerMedicalLayout& layout)
{
    QList<CarerMedicalMonth> out;
    for (const QList<int>& block : blocks(figures, layout)) {
        CarerMedicalMonth c;
        c.month = figures.months.at(block.first()).month;
        for (int m : block) {
            const CarerMedicalMonth& f = figures.months.at(m);
            c.requested += f.requested;
            c.signedOff += f.signedOff;
            c.withdrawn += f.withdrawn;
            c.daysToSignOff << f.daysToSignOff;
            c.waiting = f.waiting;
            c.waitingOnlyForMedical = f.waitingOnlyForMedical;
        }
        std::sort(c.daysToSignOff.begin(), c.daysToSignOff.end());
        out << c;
    }
    return out;
}

bool CarerMedicalLayout::hasSmallCount(const CarerMedicalFigures& figures,
                                       const CarerMedicalLayout& layout, int threshold)
{
    const auto small = [threshold](int v) { return v >= 1 && v < threshold; };
    const QList<CarerMedicalMonth> columns = columnFigures(figures, layout);
    for (int c = 0; c < columns.size(); ++c) {
        const CarerMedicalMonth& f = columns.at(c);
        if (small(f.requested) || small(f.signedOff))
            return true;
        // The withdrawn follow from two printed waiting lists (the one before the first
        // column is not printed).
        if (layout.waitingEachColumn && (small(f.waiting) || (c > 0 && small(f.withdrawn))))
            return true;
    }
    return false;
}

CarerMedicalLayout CarerMedicalLayout::choose(const CarerMedicalFigures& figures, int threshold)
{
    if (threshold <= 1)
        return {};
    QList<CarerMedicalLayout> ladder{{Columns::Months, true}};
    if (figures.months.size() > 3)
        ladder << CarerMedicalLayout{Columns::Quarters, true}
               << CarerMedicalLayout{Columns::Quarters, false};
    for (const CarerMedicalLayout& layout : std::as_const(ladder))
        if (!hasSmallCount(figures, layout, threshold))
            return layout;
    return {Columns::Period, false};
}

} // namespace lac
