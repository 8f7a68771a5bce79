// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "oc2/core/Oc2Demo.h"

#include "data/SqlTransaction.h"
#include "demo/DemoDice.h"
#include "oc2/core/Oc2Rules.h"
#include "oc2/data/Oc2Store.h"
#include "sdq/data/SdqStore.h"

#include <QSet>

namespace lac {

Result<qint64> Oc2Demo::fill(const Database& db, const DemoOptions& options)
{
    auto periods = SdqStore(db).carePeriods();
    if (!periods)
        return periods.failure();
    const Oc2Store store(db);
    DemoDice dice(options.seed ^ 0x0c2f4c75u);
    QSet<QPair<qint64, int>> done;
    qint64 written = 0;
    SqlTransaction tx(db);
    if (!tx.begun())
        return tx.begun().failure();
    for (const SdqCarePeriod& p : periods.value()) {
        const QDate stop = p.end.isValid() ? std::min(p.end, options.today) : options.today;
        for (Oc2Year y = Oc2Year::containing(p.start); y.start() <= stop; ++y.firstYear) {
            if (done.contains({p.childId, y.firstYear}))
                continue;
            done.insert({p.childId, y.firstYear});
            if (dice.chance(0.01))
                continue; // social care has not answered yet
            const int age = p.dateOfBirth.daysTo(y.end()) / 365;
            Oc2YearFacts f;
            f.childId = p.childId;
            f.firstYear = y.firstYear;
            f.substanceMisuse = age >= 11 && dice.chance(age >= 14 ? 0.07 : 0.02);
            if (*f.substanceMisuse) {
                f.interventionReceived = dice.chance(0.6);
                if (!*f.interventionReceived)
                    f.interventionOffered = dice.chance(0.5);
            }
            if (Oc2Rules::asksConvicted(p.dateOfBirth, y))
                f.convicted = dice.chance(age >= 14 ? 0.04 : 0.01);
            if (auto id = store.insertFacts(f); !id)
                return id.failure();
            ++written;
        }
    }
    if (auto s = tx.commit(); !s)
        return s.failure();
    return written;
}

} // namespace lac
