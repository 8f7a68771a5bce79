// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reporting/TimelinessReport.h"

#include "domain/PlacementGroup.h"
#include "reporting/DelayOwner.h"

#include <QHash>

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

bool TimelinessReport::covers(QDate first, QDate last) const
{
    const QDate f(first.year(), first.month(), 1);
    const QDate l(last.year(), last.month(), 1);
    return !months.isEmpty() && f >= firstMonth && l <= lastMonth && f <= l;
}

TimelinessReport TimelinessReport::slice(QDate first, QDate last) const
{
    TimelinessReport r = *this;
    r.firstMonth = QDate(first.year(), first.month(), 1);
    r.lastMonth = QDate(last.year(), last.month(), 1);
    r.months.clear();
    for (const MonthFigures& m : months) {
        if (m.month >= r.firstMonth && m.month <= r.lastMonth)
            r.months << m;
    }
    r.groups = sumGroups(r.months);
    return r;
}

void TimelinessReport::takeExceptions(const TimelinessReport& other)
{
    if (!(other.parts & ReportPart::Exceptions))
        return;
    QHash<QDate, const MonthFigures*> theirs;
    for (const MonthFigures& m : other.months)
        theirs.insert(m.month, &m);
    for (MonthFigures& m : months) {
        if (const MonthFigures* o = theirs.value(m.month)) {
            m.missedAppointments = o->missedAppointments;
            m.openPaperworkIssues = o->openPaperworkIssues;
            m.outOfAreaWaits = o->outOfAreaWaits;
        }
    }
    if (other.firstMonth <= firstMonth && other.lastMonth >= lastMonth)
        parts |= ReportPart::Exceptions;
}

QList<GroupFigures> TimelinessReport::sumGroups(const QList<MonthFigures>& months)
{
    QStringList order = PlacementGroup::codes();
    QHash<QString, GroupFigures> sums;
    for (const MonthFigures& m : months) {
        for (const GroupFigures& g : m.groups) {
            auto it = sums.find(g.group);
            if (it == sums.end()) {
                sums.insert(g.group, g);
                if (!order.contains(g.group) && !g.group.isEmpty())
                    order << g.group;
                continue;
            }
            it->ihaInTime += g.ihaInTime;
            it->ihaLate += g.ihaLate;
            it->ihaPending += g.ihaPending;
            it->rhaInTime += g.rhaInTime;
            it->rhaLate += g.rhaLate;
            it->rhaPending += g.rhaPending;
        }
    }
    order << QString(); // placement not recorded, last
    QList<GroupFigures> ordered;
    for (const QString& code : std::as_const(order)) {
        if (const auto it = sums.constFind(code); it != sums.cend())
            ordered << *it;
    }
    return ordered;
}

std::optional<double> percentInTime(int inTime, int late)
{
    if (inTime + late <= 0)
        return std::nullopt;
    return 100.0 * inTime / (inTime + late);
}

} // namespace lac
