// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QJsonObject>
#include <QString>

namespace lac {

/// An assessment asked of the host area's provider for a child placed out of area, where
/// waits are long: what was asked, of whom, when, the wait they gave, and any escalation.
struct OutOfAreaRequestRecord
{
    qint64 id = 0;
    qint64 assessmentId = 0;
    qint64 childId = 0;
    qint64 hostAuthorityId = 0;
    qint64 providerId = 0;
    QDate requestedDate;
    int statedWaitWeeks = -1; ///< -1 when the provider gave none
    bool escalated = false;
    QDate escalatedDate;
    QString escalatedTo;    ///< who it went to (a name and role, e.g. "J. Patel, head of service")
    QString escalationNote; ///< what was asked or agreed
    QDate resolvedDate;
    QString notes;
    int version = 0;

    bool isOpen() const { return !resolvedDate.isValid(); }
    QJsonObject toJson() const
    {
        return {{QStringLiteral("host_authority_id"), hostAuthorityId},
                {QStringLiteral("provider_id"), providerId},
                {QStringLiteral("requested_date"), requestedDate.toString(Qt::ISODate)},
                {QStringLiteral("stated_wait_weeks"), statedWaitWeeks},
                {QStringLiteral("escalated"), escalated},
                {QStringLiteral("escalated_date"), escalatedDate.toString(Qt::ISODate)},
                {QStringLiteral("escalated_to"), escalatedTo},
                {QStringLiteral("escalation_note"), escalationNote},
                {QStringLiteral("resolved_date"), resolvedDate.toString(Qt::ISODate)},
                {QStringLiteral("notes"), notes}};
    }
};

/// One chase of an out-of-area provider: when, by whom, and what they said.
struct OutOfAreaChase
{
    qint64 id = 0;
    qint64 requestId = 0;
    QDate date;
    QString chasedBy;
    QString response;
};

} // namespace lac
