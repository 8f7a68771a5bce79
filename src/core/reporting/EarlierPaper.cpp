// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reporting/EarlierPaper.h"

namespace lac {

std::optional<EarlierPaper> EarlierPaper::fromAuditEntry(const QJsonObject& after,
                                                         const QString& at)
{
    const QJsonObject published = after.value(QStringLiteral("published")).toObject();
    if (published.isEmpty())
        return std::nullopt;
    EarlierPaper e;
    const auto month = [&](const char* key) {
        return QDate::fromString(after.value(QLatin1String(key)).toString() + QStringLiteral("-01"),
                                 Qt::ISODate);
    };
    e.firstMonth = month("from");
    e.lastMonth = month("to");
    e.asOf = QDate::fromString(after.value(QStringLiteral("as_of")).toString(), Qt::ISODate);
    e.threshold = published.value(QStringLiteral("threshold")).toInt();
    e.zerosAreSmall = published.value(QStringLiteral("zeros_small")).toBool();
    e.columns = published.value(QStringLiteral("columns")).toObject();
    e.publishedAt = at;
    if (!e.firstMonth.isValid() || !e.lastMonth.isValid() || !e.asOf.isValid() ||
        e.firstMonth > e.lastMonth || e.threshold < 2 || e.columns.isEmpty())
        return std::nullopt;
    return e;
}

} // namespace lac
