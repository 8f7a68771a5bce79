// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reporting/TimelinessReport.h"

#include "reporting/DelayOwner.h"

#include <algorithm>

namespace lac {

LocationCounts TimelinessReport::periodTotal(ReportIndicator indicator) const
{
    LocationCounts sum;
    for (const MonthFigures& m : months)
        sum += m[indicator];
    return sum;
}

QList<LateReasonCount> TimelinessReport::periodLateReasons() const
{
    QList<LateReasonCount> all;
    for (const MonthFigures& m : months) {
        for (const LateReasonCount& r : m.lateReasons) {
            auto it = std::find_if(all.begin(), all.end(),
                                   [&](const LateReasonCount& a) { return a.code == r.code; });
            if (it == all.end())
                all << r;
            else
                it->count += r.count;
        }
    }
    // In the order of the reference list; unlisted codes and "no reason" after it.
    const auto rank = [this](const LateReasonCount& r) {
        for (int i = 0; i < lateReasonList.size(); ++i) {
            if (lateReasonList.at(i).code == r.code)
                return i;
        }
        return r.code.isEmpty() ? int(lateReasonList.size()) + 1 : int(lateReasonList.size());
    };
    std::stable_sort(
        all.begin(), all.end(),
        [&](const LateReasonCount& x, const LateReasonCount& y) { return rank(x) < rank(y); });
    return all;
}

QList<QPair<QString, int>> TimelinessReport::byOwner(const QList<LateReasonCount>& reasons)
{
    QList<QPair<QString, int>> owners;
    for (const QString& owner : DelayOwner::codes()) {
        int n = 0;
        for (const LateReasonCount& r : reasons) {
            if (r.owner == owner)
                n += r.count;
        }
        if (n > 0)
            owners << qMakePair(owner, n);
    }
    return owners;
}

std::optional<double> percentInTime(int inTime, int late)
{
    if (inTime + late <= 0)
        return std::nullopt;
    return 100.0 * inTime / (inTime + late);
}

} // namespace lac
