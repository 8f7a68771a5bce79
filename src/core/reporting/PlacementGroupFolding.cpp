// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reporting/PlacementGroupFolding.h"

#include <algorithm>

namespace lac {
namespace {

int assessments(const GroupFigures& g)
{
    return g.ihaInTime + g.ihaLate + g.rhaInTime + g.rhaLate;
}

} // namespace

bool PlacementGroupFolding::hasSmallCount(const GroupFigures& group, int threshold)
{
    for (int v : {group.ihaInTime, group.ihaLate, group.rhaInTime, group.rhaLate})
        if (v >= 1 && v < threshold)
            return true;
    return false;
}

GroupFigures PlacementGroupFolding::sum(const QList<GroupFigures>& groups,
                                        const QList<int>& members)
{
    GroupFigures total;
    for (int i : members) {
        const GroupFigures& g = groups.at(i);
        total.ihaInTime += g.ihaInTime;
        total.ihaLate += g.ihaLate;
        total.ihaPending += g.ihaPending;
        total.rhaInTime += g.rhaInTime;
        total.rhaLate += g.rhaLate;
        total.rhaPending += g.rhaPending;
    }
    if (members.size() == 1)
        total.group = groups.at(members.first()).group;
    return total;
}

QList<QList<int>> PlacementGroupFolding::rows(const QList<GroupFigures>& groups, int threshold)
{
    if (threshold <= 1) {
        QList<QList<int>> out;
        for (int i = 0; i < groups.size(); ++i)
            out << QList<int>{i};
        return out;
    }
    // A measure whose total over every type is itself from 1 to N−1 has such a count in
    // whichever row holds it: it is left out of the rule (zeroed here), or it would stop any
    // combining at all (a quarter with 4 IHAs late kept every type alone).
    QList<int> all;
    for (int i = 0; i < groups.size(); ++i)
        all << i;
    const GroupFigures total = sum(groups, all);
    const auto judged = [&](GroupFigures g) {
        const auto drop = [threshold](int whole, int& part) {
            if (whole < threshold)
                part = 0;
        };
        drop(total.ihaInTime, g.ihaInTime);
        drop(total.ihaLate, g.ihaLate);
        drop(total.rhaInTime, g.rhaInTime);
        drop(total.rhaLate, g.rhaLate);
        return g;
    };
    return fold(
        int(groups.size()),
        [&](const QList<int>& members) {
            return hasSmallCount(judged(sum(groups, members)), threshold);
        },
        [&](int i) { return assessments(groups.at(i)); });
}

QList<QList<int>> PlacementGroupFolding::fold(int count,
                                              const std::function<bool(const QList<int>&)>& small,
                                              const std::function<int(int)>& size)
{
    QList<int> combined;
    QList<int> alone;
    for (int i = 0; i < count; ++i)
        (small({i}) ? combined : alone) << i;
    // A combined row with a count of 1 to N−1 would need a larger figure hidden beside it:
    // the smallest category left joins it until it has none (or nothing is left to join).
    while (!combined.isEmpty() && !alone.isEmpty() && small(combined)) {
        qsizetype smallest = 0;
        for (qsizetype k = 1; k < alone.size(); ++k)
            if (size(alone.at(k)) < size(alone.at(smallest)))
                smallest = k;
        combined << alone.takeAt(smallest);
    }
    QList<QList<int>> out;
    if (!combined.isEmpty() && small(combined)) {
        // Even every category together has a count of 1 to N−1: combining avoids no hiding,
        // so each keeps its row and suppression protects them as usual.
        for (int i = 0; i < count; ++i)
            out << QList<int>{i};
        return out;
    }
    std::sort(combined.begin(), combined.end());
    for (int i : std::as_const(alone))
        out << QList<int>{i};
    if (!combined.isEmpty())
        out << combined;
    return out;
}

} // namespace lac
