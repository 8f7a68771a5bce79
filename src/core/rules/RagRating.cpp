// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "rules/RagRating.h"

#include <QCoreApplication>

#include <algorithm>

namespace lac {

RagRating::RagRating(int redWithinDays, int amberWithinDays)
    : m_red(std::max(0, redWithinDays))
    , m_amber(std::max(m_red, amberWithinDays))
{}

RagRating::Rating RagRating::rate(QDate due, QDate today) const
{
    if (!due.isValid() || !today.isValid())
        return None;
    const qint64 days = today.daysTo(due);
    if (days < 0 || (m_red > 0 && days <= m_red))
        return Red;
    if (days <= m_amber)
        return Amber;
    return Green;
}

QString RagRating::label(Rating r)
{
    switch (r) {
    case Red:
        return tr("Red");
    case Amber:
        return tr("Amber");
    case Green:
        return tr("Green");
    case None:
        break;
    }
    return {};
}

} // namespace lac
