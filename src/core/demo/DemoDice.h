// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QList>
#include <QRandomGenerator>
#include <QStringList>

#include <initializer_list>

namespace lac {

/// The demo generator's only source of chance: one QRandomGenerator seeded once, so that a
/// seed always gives the same county. Small helpers keep the generator code readable.
class DemoDice
{
public:
    explicit DemoDice(quint32 seed)
        : m_rng(seed)
    {}

    /// True with probability \a p (0..1).
    bool chance(double p) { return m_rng.generateDouble() < p; }
    /// A whole number in [low, high], both included.
    int between(int low, int high)
    {
        return high <= low ? low : low + int(m_rng.bounded(quint32(high - low + 1)));
    }
    double real(double low, double high) { return low + (high - low) * m_rng.generateDouble(); }
    /// A date in [from, to], both included.
    QDate dateBetween(QDate from, QDate to)
    {
        return to <= from ? from : from.addDays(between(0, int(from.daysTo(to))));
    }
    /// The index chosen with the given relative weights.
    int weighted(std::initializer_list<double> weights)
    {
        double total = 0;
        for (double w : weights)
            total += w;
        double r = m_rng.generateDouble() * total;
        int i = 0;
        for (double w : weights) {
            if (r < w)
                return i;
            r -= w;
            ++i;
        }
        return i - 1;
    }
    template <typename T>
    const T& pick(const QList<T>& list)
    {
        return list.at(between(0, int(list.size()) - 1));
    }

private:
    QRandomGenerator m_rng;
};

} // namespace lac
