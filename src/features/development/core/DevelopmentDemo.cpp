// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "development/core/DevelopmentDemo.h"

#include "data/SqlTransaction.h"
#include "demo/DemoDice.h"
#include "development/core/DevelopmentStatus.h"
#include "development/data/DevelopmentCheckStore.h"

namespace lac {

Result<qint64> DevelopmentDemo::fill(const Database& db, const DemoOptions& options)
{
    const DevelopmentCheckStore store(db);
    auto children = store.childrenBornFrom(options.today.addYears(-8));
    if (!children)
        return children.failure();
    DemoDice dice(options.seed ^ 0x5eed0d3eu);
    const QStringList teams = {QStringLiteral("Northshire Health Visiting, North"),
                               QStringLiteral("Northshire Health Visiting, South"),
                               QStringLiteral("Riverside Health Visiting Team")};
    qint64 written = 0;
    SqlTransaction tx(db);
    if (!tx.begun())
        return tx.begun().failure();
    for (const DevelopmentChild& child : children.value()) {
        // About one child in five misses a review (not always one already due): some recorded as
        // not done with the reason, the rest simply not there.
        const bool missesOne = dice.chance(0.18);
        const int missed = missesOne ? dice.between(0, 2) : -1;
        const QString team = dice.pick(teams);
        int index = 0;
        for (DevelopmentReview review : DevelopmentStatus::allReviews()) {
            const QDate dueBy = DevelopmentStatus::dueBy(review, child.dateOfBirth);
            const QDate on = dueBy.addDays(-dice.between(3, 40));
            if (on > options.today)
                break;
            DevelopmentCheckRecord c;
            c.childId = child.childId;
            c.review = review;
            c.date = on;
            c.reviewer = team;
            if (index++ == missed) {
                // The first review is never silently missing: a child with nothing at all
                // recorded is a gap in the return, not a child behind.
                if (missed > 0 && !dice.chance(0.4))
                    continue;
                c.outcome = dice.chance(0.5) ? DevelopmentOutcome::WasNotBrought
                                             : DevelopmentOutcome::Declined;
            }
            if (auto id = store.insert(c); !id)
                return id.failure();
            ++written;
        }
    }
    if (auto s = tx.commit(); !s)
        return s.failure();
    return written;
}

} // namespace lac
