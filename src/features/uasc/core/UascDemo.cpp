// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "uasc/core/UascDemo.h"

#include "data/SqlTransaction.h"
#include "demo/DemoDice.h"
#include "uasc/core/UascScreeningRule.h"
#include "uasc/data/UascStore.h"

namespace lac {
namespace {

QString referralFor(UascScreen s)
{
    switch (s) {
    case UascScreen::Tuberculosis:
        return QStringLiteral("TB clinic, Northshire General");
    case UascScreen::HepatitisB:
    case UascScreen::HepatitisC:
        return QStringLiteral("Hepatology, Northshire General");
    case UascScreen::Hiv:
        return QStringLiteral("Sexual health / HIV clinic");
    case UascScreen::Other:
        break;
    }
    return QStringLiteral("Infectious diseases clinic");
}

} // namespace

Result<qint64> UascDemo::fill(const Database& db, const DemoOptions& options)
{
    const UascStore store(db);
    auto periods = store.uascCarePeriods();
    if (!periods)
        return periods.failure();
    DemoDice dice(options.seed ^ 0x0a5cu);
    const QStringList languages = {QStringLiteral("Pashto"),         QStringLiteral("Dari"),
                                   QStringLiteral("Arabic"),         QStringLiteral("Tigrinya"),
                                   QStringLiteral("Kurdish Sorani"), QStringLiteral("Farsi"),
                                   QStringLiteral("Amharic"),        QStringLiteral("Vietnamese"),
                                   QStringLiteral("Oromo"),          QStringLiteral("Albanian")};
    const QStringList gps = {QStringLiteral("Riverside Medical Centre"),
                             QStringLiteral("Market Square Surgery"),
                             QStringLiteral("Northgate Health Centre")};
    const QStringList dentists = {QStringLiteral("Bridge Street Dental"),
                                  QStringLiteral("Northshire Community Dental Service")};
    const QStringList opticians = {QStringLiteral("High Street Opticians"),
                                   QStringLiteral("Specsavers Northshire")};
    qint64 written = 0;
    SqlTransaction tx(db);
    if (!tx.begun())
        return tx.begun().failure();
    for (const UascCarePeriod& p : periods.value()) {
        if (!p.start.isValid() || p.start > options.today)
            continue;
        const qint64 weeks = p.start.daysTo(options.today) / 7;
        UascProfile profile;
        profile.childId = p.childId;
        profile.arrivalDate = dice.chance(0.9) ? p.start.addDays(-dice.between(0, 10)) : QDate();
        profile.interpreterLanguage = dice.chance(0.92) ? dice.pick(languages) : QString();
        const int history = dice.weighted({70.0, 25.0, 5.0});
        profile.history = history == 0   ? UascImmunisationHistory::Unknown
                          : history == 1 ? UascImmunisationHistory::Partial
                                         : UascImmunisationHistory::Known;
        if (history != 2 && dice.chance(weeks > 4 ? 0.9 : 0.4))
            profile.catchUpPlan = history == 0
                                      ? QStringLiteral("Unknown history: catch-up at GP from "
                                                       "scratch per UKHSA, 4-weekly")
                                      : QStringLiteral("Resume from overseas record at GP; "
                                                       "do not restart courses");
        if (dice.chance(weeks > 2 ? 0.92 : 0.3))
            profile.gpPractice = dice.pick(gps);
        if (dice.chance(weeks > 8 ? 0.65 : 0.2))
            profile.dentist = dice.pick(dentists);
        if (dice.chance(weeks > 8 ? 0.45 : 0.1))
            profile.optician = dice.pick(opticians);
        if (auto id = store.insertProfile(profile); !id)
            return id.failure();
        ++written;

        // 0: all initial screens, 1: some, 2: none yet.
        const int how = dice.weighted({72.0, 18.0, 10.0});
        const QDate stop = p.end.isValid() ? std::min(p.end, options.today) : options.today;
        const QDate first = p.start.addDays(dice.between(5, 35));
        for (UascScreen s : UascScreeningRule::initialScreens()) {
            if (how == 2 || (how == 1 && dice.chance(0.5)))
                continue;
            UascScreening screening;
            screening.childId = p.childId;
            screening.screen = s;
            screening.date =
                s == UascScreen::Tuberculosis ? first : first.addDays(dice.between(0, 10));
            if (screening.date > stop)
                continue;
            const int outcome = dice.weighted({82.0, 6.0, 7.0, 5.0});
            screening.outcome = outcome == 0   ? UascScreenOutcome::NoFurtherAction
                                : outcome == 1 ? UascScreenOutcome::Referred
                                : outcome == 2 ? UascScreenOutcome::Declined
                                               : UascScreenOutcome::ResultAwaited;
            if (screening.outcome == UascScreenOutcome::ResultAwaited &&
                screening.date.daysTo(options.today) > 42)
                screening.outcome = UascScreenOutcome::NoFurtherAction;
            if (screening.outcome == UascScreenOutcome::Referred)
                screening.referral = referralFor(s);
            if (auto id = store.insertScreening(screening); !id)
                return id.failure();
            ++written;
        }
        if (how != 2 && dice.chance(0.25) && first.addDays(14) <= stop) {
            UascScreening other;
            other.childId = p.childId;
            other.screen = UascScreen::Other;
            other.otherName = dice.chance(0.6) ? QStringLiteral("Schistosomiasis")
                                               : QStringLiteral("Strongyloides");
            other.date = first.addDays(14);
            other.outcome = UascScreenOutcome::NoFurtherAction;
            if (auto id = store.insertScreening(other); !id)
                return id.failure();
            ++written;
        }
    }
    if (auto s = tx.commit(); !s)
        return s.failure();
    return written;
}

} // namespace lac
