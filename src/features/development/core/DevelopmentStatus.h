// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "development/core/DevelopmentCheck.h"

#include <QList>

namespace lac {

/// Whether a child under 5 is up to date with their development reviews on a date: OC2's
/// HEALTH_CHECK. A review is due by the age OHID's health visiting metrics count it by
/// (6-8 weeks by 8 weeks, 1 year by 15 months, 2-2½ years by 2½ years); up to date means every
/// review due by the date is recorded as done. Nothing recorded at all is not "behind": the
/// team does not know yet, and a return must not guess a 0.
struct DevelopmentStatus
{
    enum class State
    {
        NotApplicable,   ///< 5 or over on the date (or not born yet): no reviews asked for
        UpToDate,        ///< every review due by the date is done (or none is due yet)
        Behind,          ///< a review due by the date is not recorded as done
        NothingRecorded, ///< a review is due and nothing at all is recorded for the child
    };

    State state = State::NotApplicable;
    QList<DevelopmentReview> missing; ///< reviews due by the date and not done
    QDate nextDueBy; ///< the next review's due-by date after the date, invalid when none

    /// The age a review is due by: the day of \a dateOfBirth plus that age.
    static QDate dueBy(DevelopmentReview review, QDate dateOfBirth);
    static QList<DevelopmentReview> allReviews();
    static DevelopmentStatus compute(QDate dateOfBirth, const QList<DevelopmentCheckRecord>& checks,
                                     QDate on);
};

} // namespace lac
