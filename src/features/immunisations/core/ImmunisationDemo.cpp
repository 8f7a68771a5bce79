// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "immunisations/core/ImmunisationDemo.h"

#include "data/SqlTransaction.h"
#include "demo/DemoDice.h"
#include "immunisations/core/ImmunisationStatus.h"
#include "immunisations/data/ImmunisationStore.h"

#include <algorithm>

namespace lac {
namespace {

enum class Story
{
    OnTime,       ///< every dose given close to when it fell due
    FellBehind,   ///< the last one or two appointments were missed
    CatchingUp,   ///< arrived (aged 10 or more) with no history; a catch-up course started
    NothingKnown, ///< no record found yet
};

/// Gives the doses the schedule plans, group by group, from \a from until \a stop.
Result<QList<ImmunisationDose>> history(const ImmunisationScheduleBook& book,
                                        const ImmunisationChild& child, QDate from, QDate stop,
                                        QDate today, DoseSource source, DemoDice& dice)
{
    QList<ImmunisationDose> given;
    QDate reference = from;
    for (int group = 0; group < 60; ++group) {
        auto status = ImmunisationStatus::compute(book, child.dateOfBirth, given, reference);
        if (!status)
            return status.failure();
        const QList<DoseStanding> next = status.value().nextDue();
        if (next.isEmpty() || next.first().plannedOn > stop)
            break;
        const QDate on = std::min(next.first().plannedOn.addDays(dice.between(0, 12)), today);
        for (const DoseStanding& d : next) {
            ImmunisationDose dose;
            dose.childId = child.childId;
            dose.vaccine = d.dose.vaccine;
            dose.date = on;
            dose.source = source;
            given << dose;
        }
        reference = on;
    }
    return given;
}

} // namespace

Result<qint64> ImmunisationDemo::fill(const Database& db, const DemoOptions& options)
{
    auto book = ImmunisationScheduleBook::bundled();
    if (!book)
        return book.failure();
    const ImmunisationStore store(db);
    // Every child on record, not only those in care today: a child who left since 31 March
    // is still in last year's OC2 return, and their history did not vanish when they left.
    auto byCaseId = store.childrenByCaseId();
    if (!byCaseId)
        return byCaseId.failure();
    QList<ImmunisationChild> children = byCaseId.value().values();
    std::sort(children.begin(), children.end(),
              [](const ImmunisationChild& a, const ImmunisationChild& b) {
                  return a.childId < b.childId;
              });
    DemoDice dice(options.seed ^ 0x1a2b3c4du);
    const QDate today = options.today;
    qint64 written = 0;
    SqlTransaction tx(db);
    if (!tx.begun())
        return tx.begun().failure();
    for (const ImmunisationChild& child : children) {
        if (!child.dateOfBirth.isValid() || child.dateOfBirth > today)
            continue;
        const bool older = child.dateOfBirth.addYears(10) <= today;
        auto story = Story(dice.weighted({78.0, 10.0, older ? 8.0 : 0.0, 6.0}));
        const DoseSource source = dice.weighted({75, 20, 5}) == 0 ? DoseSource::GpRecord
                                  : dice.chance(0.8)              ? DoseSource::RedBook
                                                                  : DoseSource::ParentsAccount;
        QDate from = child.dateOfBirth;
        if (story == Story::CatchingUp)
            from = today.addDays(-dice.between(7, 70));
        if (story == Story::NothingKnown)
            continue;
        auto doses = history(book.value(), child, from, today, today,
                             story == Story::CatchingUp ? DoseSource::GpRecord : source, dice);
        if (!doses)
            return Failure{doses.failure().message, child.caseId};
        if (story == Story::FellBehind) {
            // Drop the last one or two appointments (each gives its doses on one day).
            QList<QDate> days;
            for (const ImmunisationDose& d : doses.value())
                if (days.isEmpty() || days.last() != d.date)
                    days << d.date;
            const int missed = std::min(int(days.size()), dice.between(1, 2));
            if (missed > 0) {
                const QDate cut = days.at(days.size() - missed);
                doses.value().removeIf([cut](const ImmunisationDose& d) { return d.date >= cut; });
            }
        }
        for (const ImmunisationDose& d : doses.value()) {
            if (auto id = store.insert(d); !id)
                return id.failure();
            ++written;
        }
    }
    if (auto s = tx.commit(); !s)
        return s.failure();
    return written;
}

} // namespace lac
