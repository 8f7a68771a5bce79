// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "rules/IhaExemptionRule.h"

#include "domain/Ssda903Vocabulary.h"

#include <QStringList>

namespace lac {

QString exemptionKey(Exemption e)
{
    switch (e) {
    case Exemption::None:
        return {};
    case Exemption::IhaBeforeCare:
        return QStringLiteral("iha_before_care");
    case Exemption::ShortBreak:
        return QStringLiteral("short_break");
    case Exemption::LeftCare:
        return QStringLiteral("left_care");
    case Exemption::Other:
        return QStringLiteral("other");
    }
    return {};
}

Exemption exemptionFromKey(const QString& key)
{
    if (key.isEmpty())
        return Exemption::None;
    for (Exemption e : {Exemption::IhaBeforeCare, Exemption::ShortBreak, Exemption::LeftCare})
        if (exemptionKey(e) == key)
            return e;
    return Exemption::Other;
}

IhaExemptionRule::IhaExemptionRule(const AssessmentPolicy& policy)
    : m_policy(policy)
{}

bool IhaExemptionRule::isShortBreak(const QString& legalStatus)
{
    return lac::isShortBreak(legalStatusFromCode(legalStatus));
}

Exemption IhaExemptionRule::evaluate(QDate careStart, const QString& legalStatusAtStart,
                                     QDate previousIha, QDate leftCare, QDate completed,
                                     QDate due) const
{
    if (isShortBreak(legalStatusAtStart))
        return Exemption::ShortBreak;
    if (previousIha.isValid() && previousIha <= careStart &&
        previousIha >= careStart.addMonths(-m_policy.priorIhaExemptionMonths))
        return Exemption::IhaBeforeCare;
    // Left care before the due date without an IHA: "not required", not "late".
    if (!completed.isValid() && leftCare.isValid() && leftCare < due)
        return Exemption::LeftCare;
    return Exemption::None;
}

} // namespace lac
