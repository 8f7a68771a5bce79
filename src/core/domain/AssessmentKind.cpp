// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/AssessmentKind.h"

namespace lac {

QString assessmentKindCode(AssessmentKind kind)
{
    return kind == AssessmentKind::Initial ? QStringLiteral("IHA") : QStringLiteral("RHA");
}

std::optional<AssessmentKind> assessmentKindFromCode(const QString& code)
{
    const QString c = code.trimmed().toUpper();
    if (c == QLatin1String("IHA"))
        return AssessmentKind::Initial;
    if (c == QLatin1String("RHA"))
        return AssessmentKind::Review;
    return std::nullopt;
}

} // namespace lac
