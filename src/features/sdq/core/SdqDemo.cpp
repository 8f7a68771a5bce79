// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sdq/core/SdqDemo.h"

#include "data/SqlTransaction.h"
#include "demo/DemoDice.h"
#include "sdq/data/SdqStore.h"

#include <algorithm>
#include <cmath>

namespace lac {
namespace {

/// A total difficulties score around England's mean for children in care (14.9), spread
/// as the published distribution is (about a third at 17 or more, "cause for concern").
int score(DemoDice& dice)
{
    // The sum of uniforms is near enough to normal for a demo: mean 14.9, sd about 7.
    double sum = 0;
    for (int i = 0; i < 4; ++i)
        sum += dice.real(-1.0, 1.0);
    return std::clamp(int(std::lround(14.9 + sum * 7.0 * std::sqrt(3.0) / 2.0)), 0, 40);
}

} // namespace

Result<qint64> SdqDemo::fill(const Database& db, const DemoOptions& options)
{
    const SdqStore store(db);
    auto periods = store.carePeriods();
    if (!periods)
        return periods.failure();
    DemoDice dice(options.seed ^ 0x50d0c0deu);
    qint64 written = 0;
    SqlTransaction tx(db);
    if (!tx.begun())
        return tx.begun().failure();
    for (const SdqCarePeriod& p : periods.value()) {
        const QDate stop = p.end.isValid() ? std::min(p.end, options.today) : options.today;
        QDate last;
        for (int year = 0; year < 20; ++year) {
            const QDate due = SdqSchedule::nextDue(p.dateOfBirth, p.start, last);
            if (!due.isValid())
                break;
            // Done around when it falls due, so that each year has its questionnaire.
            QDate on = due.addDays(dice.between(-30, 10));
            if (!last.isValid())
                on = std::max(on, due); // not before care, nor before the 4th birthday
            if (on > stop)
                break;
            last = on;
            const int what = dice.weighted({80.0, 18.0, 2.0}); // score, reason, missing
            if (what == 2)
                continue;
            SdqRecord s;
            s.childId = p.childId;
            s.date = on;
            if (what == 0) {
                s.score = score(dice);
            } else {
                s.reason = dice.weighted({45.0, 15.0, 40.0}) == 0 ? SdqReason::CarerRefused
                           : dice.chance(0.5)                     ? SdqReason::DisabilityTooSevere
                                                                  : SdqReason::YoungPersonRefused;
            }
            if (auto id = store.insert(s); !id)
                return id.failure();
            ++written;
        }
    }
    if (auto s = tx.commit(); !s)
        return s.failure();
    return written;
}

} // namespace lac
