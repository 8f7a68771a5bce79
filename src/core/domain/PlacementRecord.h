// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QJsonObject>
#include <QString>

namespace lac {

/// One placement (an SSDA903 episode): where the child lived, under which legal status, and
/// whether that was inside the council's own area (and if not, which host authority).
struct PlacementRecord
{
    qint64 id = 0;
    qint64 carePeriodId = 0;
    qint64 childId = 0;
    QDate start;
    QDate end; ///< invalid for the current placement
    QString rne = QStringLiteral("P");
    QString legalStatus;
    QString placementType;
    QString placementProvider;
    QString location = QStringLiteral("UNKNOWN"); ///< IN, OUT, UNKNOWN
    qint64 hostAuthorityId = 0;
    QString hostAuthorityName; ///< read only, joined
    QString postcode;
    int version = 0;

    QJsonObject toJson() const
    {
        return {{QStringLiteral("start_date"), start.toString(Qt::ISODate)},
                {QStringLiteral("end_date"), end.toString(Qt::ISODate)},
                {QStringLiteral("rne"), rne},
                {QStringLiteral("legal_status"), legalStatus},
                {QStringLiteral("placement_type"), placementType},
                {QStringLiteral("placement_provider"), placementProvider},
                {QStringLiteral("location"), location},
                {QStringLiteral("host_authority_id"), hostAuthorityId},
                {QStringLiteral("postcode"), postcode}};
    }
};

} // namespace lac
