// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "carers/core/CarerMedicalFigures.h"

#include "carers/core/CarerMedicalClock.h"

#include <algorithm>
#include <cmath>

namespace lac {
namespace {

QDate monthStart(QDate d)
{
    return QDate(d.year(), d.month(), 1);
}

/// The day the medical stopped waiting by sign-off, or invalid (withdrawn first, or not yet).
QDate leftBySignOff(const CarerMedical& m)
{
    const QDate s = m.signedOff();
    return s.isValid() && (!m.withdrawn.isValid() || s < m.withdrawn) ? s : QDate();
}

/// The day the medical stopped waiting by withdrawal, or invalid.
QDate leftByWithdrawal(const CarerMedical& m)
{
    const QDate s = m.signedOff();
    return m.withdrawn.isValid() && (!s.isValid() || m.withdrawn <= s) ? m.withdrawn : QDate();
}

bool within(QDate d, QDate from, QDate to)
{
    return d.isValid() && d >= from && d <= to;
}

void countInto(CarerMedicalMonth& into, const QList<CarerMedical>& medicals,
               const QHash<qint64, QDate>& ready, QDate from, QDate to)
{
    for (const CarerMedical& m : medicals) {
        if (within(m.requested, from, to))
            ++into.requested;
        if (within(leftBySignOff(m), from, to)) {
            ++into.signedOff;
            into.daysToSignOff << CarerMedicalClock::daysToSignOff(m);
        }
        if (within(leftByWithdrawal(m), from, to))
            ++into.withdrawn;
        if (to >= from && CarerMedicalClock::waitingOn(m, to)) {
            ++into.waiting;
            const QDate r = ready.value(m.applicantId);
            if (r.isValid() && r <= to)
                ++into.waitingOnlyForMedical;
        }
    }
    std::sort(into.daysToSignOff.begin(), into.daysToSignOff.end());
}

} // namespace

CarerMedicalFigures CarerMedicalFigures::count(const QList<CarerMedical>& medicals,
                                               const QHash<qint64, QDate>& ready, QDate first,
                                               QDate last, QDate asOf)
{
    CarerMedicalFigures f;
    f.asOf = asOf;
    const QDate start = monthStart(first);
    const QDate end = monthStart(last);
    for (const CarerMedical& m : medicals)
        if (CarerMedicalClock::waitingOn(m, std::min(start.addDays(-1), asOf)))
            ++f.waitingBefore;
    for (QDate month = start; month <= end; month = month.addMonths(1)) {
        CarerMedicalMonth figures;
        figures.month = month;
        // A month not over yet is counted to the as-of day; one after it has nothing.
        countInto(figures, medicals, ready, month, std::min(month.addMonths(1).addDays(-1), asOf));
        f.months << figures;
    }
    f.period.month = start;
    countInto(f.period, medicals, ready, start, std::min(end.addMonths(1).addDays(-1), asOf));
    return f;
}

std::optional<double> CarerMedicalFigures::median(const QList<int>& days)
{
    if (days.isEmpty())
        return std::nullopt;
    const qsizetype n = days.size();
    if (n % 2 == 1)
        return double(days.at(n / 2));
    return (days.at(n / 2 - 1) + days.at(n / 2)) / 2.0;
}

std::optional<int> CarerMedicalFigures::percentile(const QList<int>& days, int percent)
{
    if (days.isEmpty() || percent <= 0 || percent > 100)
        return std::nullopt;
    const auto rank = qsizetype(std::ceil(percent / 100.0 * double(days.size())));
    return days.at(std::max<qsizetype>(rank, 1) - 1);
}

} // namespace lac
