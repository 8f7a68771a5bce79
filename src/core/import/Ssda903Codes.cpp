// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/Ssda903Codes.h"

#include "domain/Ssda903Vocabulary.h"

#include <QHash>

namespace lac {

QString Ssda903Codes::sex(const QString& code)
{
    // SSDA903 gives 1 and 2; people's spreadsheets often give the letters we store.
    static const QHash<QString, QString> stored{{QStringLiteral("1"), QStringLiteral("M")},
                                                {QStringLiteral("M"), QStringLiteral("M")},
                                                {QStringLiteral("2"), QStringLiteral("F")},
                                                {QStringLiteral("F"), QStringLiteral("F")},
                                                {QStringLiteral("U"), QStringLiteral("U")}};
    return stored.value(code.trimmed().toUpper());
}

bool Ssda903Codes::isReasonNewEpisode(const QString& code)
{
    return episodeReasonFromCode(code) != EpisodeReason::Change;
}

} // namespace lac
