// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "development/core/DevelopmentStatus.h"

#include <algorithm>

namespace lac {

QList<DevelopmentReview> DevelopmentStatus::allReviews()
{
    return {DevelopmentReview::SixToEightWeeks, DevelopmentReview::OneYear,
            DevelopmentReview::TwoYears};
}

QDate DevelopmentStatus::dueBy(DevelopmentReview review, QDate dateOfBirth)
{
    switch (review) {
    case DevelopmentReview::SixToEightWeeks:
        return dateOfBirth.addDays(8 * 7);
    case DevelopmentReview::OneYear:
        return dateOfBirth.addMonths(15);
    case DevelopmentReview::TwoYears:
        break;
    }
    return dateOfBirth.addMonths(30);
}

DevelopmentStatus DevelopmentStatus::compute(QDate dateOfBirth,
                                             const QList<DevelopmentCheckRecord>& checks, QDate on)
{
    DevelopmentStatus s;
    if (!dateOfBirth.isValid() || on < dateOfBirth || on >= dateOfBirth.addYears(5))
        return s;
    bool anyDue = false;
    for (DevelopmentReview review : allReviews()) {
        const QDate due = dueBy(review, dateOfBirth);
        if (due > on) {
            if (!s.nextDueBy.isValid())
                s.nextDueBy = due;
            continue;
        }
        anyDue = true;
        const bool done = std::any_of(checks.begin(), checks.end(), [&](const auto& c) {
            return c.review == review && c.done() && c.date <= on;
        });
        if (!done)
            s.missing << review;
    }
    const bool anyRecorded =
        std::any_of(checks.begin(), checks.end(), [on](const auto& c) { return c.date <= on; });
    if (anyDue && !anyRecorded)
        s.state = State::NothingRecorded;
    else
        s.state = s.missing.isEmpty() ? State::UpToDate : State::Behind;
    return s;
}

} // namespace lac
