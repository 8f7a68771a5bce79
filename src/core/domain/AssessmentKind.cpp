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
    for (AssessmentKind kind : {AssessmentKind::Initial, AssessmentKind::Review})
        if (assessmentKindCode(kind) == c)
            return kind;
    return std::nullopt;
}

} // namespace lac
