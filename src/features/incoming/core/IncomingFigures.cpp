// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "incoming/core/IncomingFigures.h"

#include "incoming/core/IncomingClock.h"

#include <QHash>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace lac {
namespace {

bool within(QDate d, QDate from, QDate to)
{
    return d.isValid() && d >= from && d <= to;
}

/// The day the request stopped waiting on the requester, and whether by completion.
QDate leftRequester(const IncomingRequest& r, bool* byCompletion)
{
    const bool completeFirst =
        r.complete.isValid() && (!r.withdrawn.isValid() || r.complete <= r.withdrawn);
    *byCompletion = completeFirst;
    return completeFirst ? r.complete : r.withdrawn;
}

void countInto(IncomingMonth& into, const IncomingRequest& r, const WorkingDayCalendar& calendar,
               int days, QDate from, QDate to)
{
    if (to < from)
        return;
    if (within(r.received, from, to))
        ++into.received;
    bool byCompletion = false;
    if (within(leftRequester(r, &byCompletion), from, to))
        ++(byCompletion ? into.complete : into.withdrawnWaiting);
    if (within(r.done, from, to)) {
        ++into.done;
        if (IncomingClock::doneInTarget(r, calendar, days))
            ++into.doneInTarget;
        into.turnaround << IncomingClock::turnaround(r, calendar);
        switch (IncomingClock::delay(r, calendar, days, r.done)) {
        case IncomingDelay::RequesterPaperwork:
            ++into.lateRequester;
            break;
        case IncomingDelay::HostCapacity:
            ++into.lateHost;
            break;
        case IncomingDelay::None:
            break;
        }
    }
    if (IncomingClock::waitingOnRequester(r, to))
        ++into.waitingRequester;
}

QDate monthStart(QDate d)
{
    return QDate(d.year(), d.month(), 1);
}

} // namespace

IncomingFigures IncomingFigures::count(const QList<IncomingRequestRow>& requests,
                                       const WorkingDayCalendar& calendar, int targetDays,
                                       QDate first, QDate last, QDate asOf)
{
    IncomingFigures f;
    f.asOf = asOf;
    f.targetDays = targetDays;
    const QDate start = monthStart(first);
    const QDate end = monthStart(last);
    const QDate periodEnd = std::min(end.addMonths(1).addDays(-1), asOf);
    for (const IncomingRequestRow& row : requests)
        if (IncomingClock::waitingOnRequester(row.request, std::min(start.addDays(-1), asOf)))
            ++f.waitingBefore;
    for (QDate month = start; month <= end; month = month.addMonths(1)) {
        IncomingMonth m;
        m.month = month;
        const QDate to = std::min(month.addMonths(1).addDays(-1), asOf);
        for (const IncomingRequestRow& row : requests)
            countInto(m, row.request, calendar, targetDays, month, to);
        std::sort(m.turnaround.begin(), m.turnaround.end());
        f.months << m;
    }
    f.period.month = start;
    QHash<QString, IncomingMonth> byAuthority;
    for (const IncomingRequestRow& row : requests) {
        countInto(f.period, row.request, calendar, targetDays, start, periodEnd);
        if (within(row.request.done, start, periodEnd)) {
            IncomingMonth& a = byAuthority[row.child.authorityCode];
            a.month = start;
            countInto(a, row.request, calendar, targetDays, start, periodEnd);
        }
    }
    std::sort(f.period.turnaround.begin(), f.period.turnaround.end());
    for (auto it = byAuthority.begin(); it != byAuthority.end(); ++it) {
        std::sort(it->turnaround.begin(), it->turnaround.end());
        f.byAuthority << IncomingAuthorityFigures{it.key(), it.value()};
    }
    std::sort(f.byAuthority.begin(), f.byAuthority.end(),
              [](const IncomingAuthorityFigures& a, const IncomingAuthorityFigures& b) {
                  return a.figures.done != b.figures.done ? a.figures.done > b.figures.done
                                                          : a.code < b.code;
              });
    return f;
}

QString IncomingFigures::medianText(const QList<int>& sorted)
{
    const qsizetype n = sorted.size();
    if (n == 0)
        return {};
    const double m =
        n % 2 == 1 ? sorted.at(n / 2) : (sorted.at(n / 2 - 1) + sorted.at(n / 2)) / 2.0;
    return QLocale::c().toString(m, 'f', std::floor(m) == m ? 0 : 1);
}

} // namespace lac
