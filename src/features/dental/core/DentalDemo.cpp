// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dental/core/DentalDemo.h"

#include "data/SqlTransaction.h"
#include "demo/DemoDice.h"
#include "dental/data/DentalCheckStore.h"

namespace lac {

Result<qint64> DentalDemo::fill(const Database& db, const DemoOptions& options)
{
    const DentalCheckStore store(db);
    auto periods = store.carePeriods();
    if (!periods)
        return periods.failure();
    DemoDice dice(options.seed ^ 0xde47a1u);
    const QStringList practices = {
        QStringLiteral("Bridge Street Dental"), QStringLiteral("Market Square Dental Practice"),
        QStringLiteral("Northshire Community Dental Service"), QStringLiteral("Riverside Smiles")};
    qint64 written = 0;
    SqlTransaction tx(db);
    if (!tx.begun())
        return tx.begun().failure();
    for (const DentalCarePeriod& p : periods.value()) {
        if (!p.dateOfBirth.isValid() || dice.chance(0.01))
            continue; // nothing recorded yet
        const QDate stop = p.end.isValid() ? std::min(p.end, options.today) : options.today;
        const QString practice = dice.pick(practices);
        // The first check a few weeks into care (from age 1), then about yearly.
        QDate on = std::max(p.start, p.dateOfBirth.addYears(1)).addDays(dice.between(10, 80));
        while (on <= stop) {
            DentalCheckRecord c;
            c.childId = p.childId;
            c.date = on;
            const int what = dice.weighted({78.0, 10.0, 6.0, 6.0});
            if (what == 0)
                c.dentist = practice;
            else
                c.reason = what == 1   ? DentalNotSeenReason::NoNhsDentist
                           : what == 2 ? DentalNotSeenReason::Refused
                                       : DentalNotSeenReason::WasNotBrought;
            if (auto id = store.insert(c); !id)
                return id.failure();
            ++written;
            on = on.addDays(what == 0 ? dice.between(330, 470) : dice.between(40, 120));
        }
    }
    if (auto s = tx.commit(); !s)
        return s.failure();
    return written;
}

} // namespace lac
