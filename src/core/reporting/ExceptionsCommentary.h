// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace lac {

/// The exceptions under each month of the board report, in plain words made from the
/// recorded late reasons and missed appointments, e.g. "Late: 3 cancelled by carer; 1 was
/// not brought. Appointments missed: 1 was not brought." Counts arrive as text so that a
/// published paper can pass "<5" instead of a small number.
class ExceptionsCommentary
{
    Q_DECLARE_TR_FUNCTIONS(lac::ExceptionsCommentary)

public:
    struct Item
    {
        QString words;     ///< reasonPhrase() or appointmentPhrase()
        QString countText; ///< "3", "<5", "*"
    };

    /// The sentence for one month; "No late assessments." when both lists are empty.
    static QString describe(const QList<Item>& lateReasons, const QList<Item>& missedAppointments);
    /// The sentence for a month of a public paper, which gives late reasons for the whole
    /// period only: the missed appointments, or "No appointments missed."
    static QString describeMissed(const QList<Item>& missedAppointments);
    /// Short plain words for a late reason code: "cancelled by carer".
    static QString reasonPhrase(const QString& code, const QString& description = {});
    /// Plain words for an appointment outcome: "was not brought".
    static QString appointmentPhrase(const QString& outcome);
};

} // namespace lac
