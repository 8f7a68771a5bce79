// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/Ssda903Codes.h"

namespace lac {

QString Ssda903Codes::sex(const QString& code)
{
    const QString c = code.trimmed().toUpper();
    if (c == QLatin1String("1") || c == QLatin1String("M"))
        return QStringLiteral("M");
    if (c == QLatin1String("2") || c == QLatin1String("F"))
        return QStringLiteral("F");
    if (c == QLatin1String("U"))
        return QStringLiteral("U");
    return {};
}

bool Ssda903Codes::isReasonNewEpisode(const QString& code)
{
    static const QString valid = QStringLiteral("SLPTBU");
    return code.size() == 1 && valid.contains(code.at(0));
}

} // namespace lac
