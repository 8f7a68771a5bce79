// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace lac {

/// One booking attempt for an assessment. Every attempt is kept: a rebook is a new row, so
/// the history of cancellations and non-attendance is never lost.
struct AppointmentRecord
{
    qint64 id = 0;
    qint64 assessmentId = 0;
    qint64 providerId = 0;
    QString providerName; ///< read only, joined
    QString clinician;
    QString venue;
    QDateTime scheduledAt; ///< local time, minutes
    QString mode = QStringLiteral("face_to_face");
    bool interpreterNeeded = false;
    QString interpreterLanguage;
    QString outcome = QStringLiteral("booked");
    QDate outcomeDate;
    QString notes;
    int version = 0;

    QJsonObject toJson() const
    {
        return {{QStringLiteral("provider_id"), providerId},
                {QStringLiteral("clinician"), clinician},
                {QStringLiteral("venue"), venue},
                {QStringLiteral("scheduled_at"),
                 scheduledAt.toString(QStringLiteral("yyyy-MM-ddTHH:mm"))},
                {QStringLiteral("mode"), mode},
                {QStringLiteral("interpreter_needed"), interpreterNeeded},
                {QStringLiteral("interpreter_language"), interpreterLanguage},
                {QStringLiteral("outcome"), outcome},
                {QStringLiteral("outcome_date"), outcomeDate.toString(Qt::ISODate)},
                {QStringLiteral("notes"), notes}};
    }
};

/// What earlier bookings used, most used first: offered as the user types a clinician, a
/// venue or an interpreter language, so that "Dr Okoye" is not spelt three ways.
struct BookingSuggestions
{
    QStringList clinicians;
    QStringList venues;
    QStringList interpreterLanguages;
    /// Provider ids as text, most booked first: the service's own provider, which does most
    /// of its assessments, comes to the top of the list.
    QStringList providers;
};

} // namespace lac
