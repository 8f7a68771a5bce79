// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QJsonObject>
#include <QString>

namespace lac {

/// The health visitor's development reviews of the Healthy Child Programme that OC2's
/// HEALTH_CHECK ("health surveillance checks up to date") counts for a child under 5.
enum class DevelopmentReview
{
    SixToEightWeeks, ///< the 6-8 week review
    OneYear,         ///< the 1 year review (9-12 months)
    TwoYears,        ///< the 2 to 2½ year review
};

/// How a review ended: done, or why not. A review not done is still worth recording: the
/// list then says why the child is behind, and whose move it is.
enum class DevelopmentOutcome
{
    Done,
    Declined,      ///< the carer or parent declined
    WasNotBrought, ///< the child was not brought to the appointment
    NotDoneOther,  ///< another reason, in the notes
};

/// One development review of a child (or an attempt that ended without one).
struct DevelopmentCheckRecord
{
    qint64 id = 0;
    qint64 childId = 0;
    DevelopmentReview review = DevelopmentReview::SixToEightWeeks;
    QDate date;
    DevelopmentOutcome outcome = DevelopmentOutcome::Done;
    QString reviewer; ///< health visitor or team, as on the record
    QString notes;
    int version = 0;

    bool done() const { return outcome == DevelopmentOutcome::Done; }
    QJsonObject toJson() const
    {
        return {{QStringLiteral("review"), int(review)},
                {QStringLiteral("date"), date.toString(Qt::ISODate)},
                {QStringLiteral("outcome"), int(outcome)},
                {QStringLiteral("reviewer"), reviewer},
                {QStringLiteral("notes"), notes}};
    }
};

} // namespace lac
