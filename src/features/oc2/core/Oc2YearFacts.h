// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

namespace lac {

/// What OC2 asks about a child's year that no health record answers: a substance misuse
/// problem identified, an intervention received or offered for it, and a conviction or youth
/// caution (which social care supplies). Each is unknown until someone says: a return must
/// not read "nobody told us" as "no".
struct Oc2YearFacts
{
    qint64 id = 0;
    qint64 childId = 0;
    int firstYear = 0; ///< the collection year, 2025 for 2025-26
    std::optional<bool> substanceMisuse;
    std::optional<bool> interventionReceived;
    std::optional<bool> interventionOffered;
    std::optional<bool> convicted;
    QString notes;
    int version = 0;

    QJsonObject toJson() const
    {
        const auto flag = [](std::optional<bool> b) {
            return b ? QJsonValue(*b ? 1 : 0) : QJsonValue();
        };
        return {{QStringLiteral("year"), firstYear},
                {QStringLiteral("substance_misuse"), flag(substanceMisuse)},
                {QStringLiteral("intervention_received"), flag(interventionReceived)},
                {QStringLiteral("intervention_offered"), flag(interventionOffered)},
                {QStringLiteral("convicted"), flag(convicted)},
                {QStringLiteral("notes"), notes}};
    }
};

} // namespace lac
