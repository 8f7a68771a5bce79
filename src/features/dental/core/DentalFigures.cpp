// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dental/core/DentalFigures.h"

#include <QHash>

#include <algorithm>

namespace lac {
namespace {

/// One child's periods of care and checks, each sorted by date.
struct ChildHistory
{
    QList<DentalCarePeriod> periods;
    QList<DentalCheckRecord> checks;

    /// The period of care the child is in on \a day, or nullptr.
    const DentalCarePeriod* periodOn(QDate day) const
    {
        for (const DentalCarePeriod& p : periods)
            if (p.start <= day && (!p.end.isValid() || p.end > day))
                return &p;
        return nullptr;
    }

    /// The last check seen on or before \a day, or an invalid date.
    QDate lastSeen(QDate day) const
    {
        QDate last;
        for (const DentalCheckRecord& c : checks)
            if (c.seen() && c.date <= day)
                last = std::max(last, c.date);
        return last;
    }
};

void countInto(DentalMonth& into, const QHash<qint64, ChildHistory>& children, QDate from, QDate to,
               DentalSchedule schedule)
{
    if (to < from)
        return;
    for (const ChildHistory& child : children) {
        if (const DentalCarePeriod* p = child.periodOn(to)) {
            ++into.inCare;
            if (schedule.nextDue(child.lastSeen(to), p->start) > to)
                ++into.upToDate;
        }
        for (const DentalCheckRecord& c : child.checks) {
            if (c.date < from || c.date > to || !child.periodOn(c.date))
                continue;
            if (c.seen())
                ++into.checks;
            else if (c.reason == DentalNotSeenReason::NoNhsDentist)
                ++into.noNhsDentist;
        }
    }
}

} // namespace

DentalFigures DentalFigures::count(const QList<DentalCarePeriod>& periods,
                                   const QList<DentalCheckRecord>& checks, QDate first, QDate last,
                                   QDate asOf, DentalSchedule schedule)
{
    QHash<qint64, ChildHistory> children;
    for (const DentalCarePeriod& p : periods)
        children[p.childId].periods << p;
    for (const DentalCheckRecord& c : checks)
        if (children.contains(c.childId))
            children[c.childId].checks << c;

    DentalFigures f;
    f.asOf = asOf;
    f.monthsBetweenChecks = schedule.monthsBetweenChecks;
    const QDate start(first.year(), first.month(), 1);
    const QDate end(last.year(), last.month(), 1);
    for (QDate month = start; month <= end; month = month.addMonths(1)) {
        DentalMonth m;
        m.month = month;
        // A month not over yet is counted to the as-of day; one after it has nothing.
        countInto(m, children, month, std::min(month.addMonths(1).addDays(-1), asOf), schedule);
        f.months << m;
    }
    f.period.month = start;
    for (int i = 0; i < f.months.size(); ++i) {
        const DentalMonth& m = f.months.at(i);
        f.period.checks += m.checks;
        f.period.noNhsDentist += m.noNhsDentist;
        if (m.month <= asOf) {
            f.periodMonth = i;
            f.period.inCare = m.inCare;
            f.period.upToDate = m.upToDate;
        }
    }
    return f;
}

} // namespace lac
