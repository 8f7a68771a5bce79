// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QJsonObject>
#include <QString>

namespace lac {

/// Why a child was not seen by a dentist when a check was due. Children in care often have no
/// dentist at all; the reason says whose problem it is (the NHS's, or the child's choice).
enum class DentalNotSeenReason
{
    Seen,          ///< a check took place
    NoNhsDentist,  ///< no NHS dentist would take the child
    Refused,       ///< the young person declined
    WasNotBrought, ///< the carer did not bring the child
    Other,
};

/// One dental check of a child in care, or one recorded attempt that ended without a check:
/// the date, the dentist or practice, and (when not seen) why. OC2 counts the checks.
struct DentalCheckRecord
{
    qint64 id = 0;
    qint64 childId = 0;
    QDate date;
    QString dentist; ///< practice or dentist's name, as on the letter
    DentalNotSeenReason reason = DentalNotSeenReason::Seen;
    QString notes;
    int version = 0;

    bool seen() const { return reason == DentalNotSeenReason::Seen; }
    QJsonObject toJson() const
    {
        return {{QStringLiteral("date"), date.toString(Qt::ISODate)},
                {QStringLiteral("dentist"), dentist},
                {QStringLiteral("seen"), seen()},
                {QStringLiteral("reason"), int(reason)},
                {QStringLiteral("notes"), notes}};
    }
};

/// A period of care of a child: when the report counts them in care, and when the demo
/// county gives them checks.
struct DentalCarePeriod
{
    qint64 childId = 0;
    QDate dateOfBirth;
    QDate start;
    QDate end; ///< invalid while the child is in care
};

/// Where one child in care stands: the last check and when the next is due.
struct DentalStatus
{
    qint64 childId = 0;
    QString caseId;
    QString childName;
    QDate dateOfBirth; ///< set by DentalCheckStore::childrenByCaseId
    QDate careStarted;
    QDate lastCheck; ///< invalid when no check is recorded
    QDate nextDue;
};

} // namespace lac
