// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "rules/IhaExemptionRule.h"

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
    }
    return {};
}

IhaExemptionRule::IhaExemptionRule(const AssessmentPolicy& policy)
    : m_policy(policy)
{}

bool IhaExemptionRule::isShortBreak(const QString& legalStatus)
{
    return legalStatus == QLatin1String("V3") || legalStatus == QLatin1String("V4");
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
