// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "incoming/core/IncomingDemo.h"

#include "data/SqlTransaction.h"
#include "demo/DemoDice.h"
#include "demo/DemoGenerator.h"
#include "demo/DemoNamePool.h"
#include "incoming/core/IncomingClock.h"
#include "incoming/core/RequestingAuthorities.h"
#include "incoming/data/IncomingStore.h"
#include "rules/WorkingDayCalendar.h"

#include <QSet>

#include <algorithm>

namespace lac {
namespace {

/// Authorities that place many children in a shire county, by GSS code, and their weights.
const QList<QPair<const char*, double>> bigSenders{
    {"E09000022", 6}, {"E09000028", 5}, {"E09000012", 5}, {"E09000008", 5}, // London
    {"E08000025", 6}, {"E08000003", 4}, {"E08000035", 3}, {"E08000012", 3}, // cities
    {"E10000016", 4}, {"E10000012", 4}, {"E10000014", 3}, {"E10000030", 3}, // counties
    {"E06000023", 3}, {"E06000043", 2}, {"E06000044", 2}, {"E06000045", 2},
    {"W06000015", 2}, {"W06000011", 1}, {"S12000049", 1}, {"S12000036", 1}};
const QStringList contacts{QStringLiteral("Social worker, children in care team"),
                           QStringLiteral("Business support, LAC health requests"),
                           QStringLiteral("IRO service"), QStringLiteral("Placement team")};
const QStringList areas{QStringLiteral("NS1"), QStringLiteral("NS2"), QStringLiteral("NS4"),
                        QStringLiteral("NS7"), QStringLiteral("NS9"), QStringLiteral("NS12")};
const QStringList problems{
    QStringLiteral("consent_missing"),   QStringLiteral("consent_unsigned"),
    QStringLiteral("part_a_incomplete"), QStringLiteral("referral_missing"),
    QStringLiteral("nhs_number_wrong"),  QStringLiteral("placement_details_missing")};

QString nhsNumber(DemoDice& dice, QSet<QString>& used)
{
    for (;;) {
        const QString nine =
            QStringLiteral("999%1").arg(dice.between(0, 999999), 6, 10, QLatin1Char('0'));
        const int check = DemoGenerator::nhsCheckDigit(nine);
        const QString n = nine + QString::number(check);
        if (check >= 0 && !used.contains(n)) {
            used << n;
            return n;
        }
    }
}

QString bigSender(DemoDice& dice)
{
    double total = 0;
    for (const auto& sender : bigSenders)
        total += sender.second;
    double r = dice.real(0, total);
    for (const auto& sender : bigSenders) {
        if (r < sender.second)
            return QString::fromLatin1(sender.first);
        r -= sender.second;
    }
    return QString::fromLatin1(bigSenders.last().first);
}

struct Story
{
    IncomingRequest request;
    QList<IncomingPaperworkIssue> issues;
    QList<IncomingChase> chases;
};

/// One review request walked forward from its arrival, stopping at \a today.
Story request(QDate requesterDue, const WorkingDayCalendar& calendar, QDate today, DemoDice& dice)
{
    Story s;
    IncomingRequest& r = s.request;
    r.requesterDue = requesterDue;
    r.requesterContact = dice.pick(contacts);
    r.commissioner = QStringLiteral("Originating ICB");
    // Most arrive three to eight weeks ahead; one in six late or nearly so.
    r.received = dice.chance(0.17) ? requesterDue.addDays(dice.between(-10, 25))
                                   : requesterDue.addDays(-dice.between(21, 56));
    const auto take = [&today](QDate& field, QDate on) {
        if (on <= today)
            field = on;
        return on <= today;
    };
    if (r.received > today)
        return s;
    QDate complete = calendar.addWorkingDays(r.received, dice.between(0, 2));
    if (dice.chance(0.33)) { // wrong paperwork goes back and waits on the requester
        IncomingPaperworkIssue i;
        i.problem = dice.pick(problems);
        i.found = calendar.addWorkingDays(r.received, dice.between(0, 3));
        i.returned = i.found;
        const QDate back =
            i.found.addDays(dice.chance(0.15) ? dice.between(40, 150) : dice.between(3, 35));
        if (i.found <= today) {
            if (back <= today)
                i.resolved = back;
            s.issues << i;
            for (QDate c = i.found.addDays(10); c < std::min(back, today); c = c.addDays(14))
                s.chases << IncomingChase{0, 0, c, QStringLiteral("lac.admin"),
                                          QStringLiteral("asked again for the missing paperwork")};
        }
        complete = back;
    }
    if (dice.chance(0.03)) { // the child moved on before it was done
        take(r.withdrawn, complete.addDays(dice.between(1, 20)));
        return s;
    }
    if (!take(r.complete, complete))
        return s;
    // Booked within the target mostly; the clinic's capacity makes one in five late.
    const int wait = dice.chance(0.2) ? dice.between(21, 45) : dice.between(5, 19);
    const QDate appointment = calendar.addWorkingDays(r.complete, wait);
    if (!take(r.booked, calendar.addWorkingDays(r.complete, dice.between(1, 4))))
        return s;
    r.booked = appointment; // the appointment day, possibly ahead of today
    if (!take(r.done, appointment))
        return s;
    if (!take(r.reportSent,
              appointment.addDays(dice.chance(0.15) ? dice.between(15, 40) : dice.between(2, 12))))
        return s;
    if (!take(r.invoiceRaised, r.reportSent.addDays(dice.between(0, 20))))
        return s;
    take(r.invoicePaid, r.invoiceRaised.addDays(dice.between(20, 90)));
    return s;
}

} // namespace

Result<qint64> IncomingDemo::fill(const Database& db, const DemoOptions& options)
{
    auto authorities = RequestingAuthorities::bundled();
    if (!authorities)
        return authorities.failure();
    DemoDice dice(options.seed ^ 0x1c0a1e5u);
    const QDate today = options.today;
    const WorkingDayCalendar calendar;
    const IncomingStore store(db);
    auto own = store.ownChildrenInCare(today);
    if (!own)
        return own.failure();
    QSet<QString> used;
    for (const OwnChildInCare& c : own.value())
        used << c.nhsNumber;
    // About 40% of the whole caseload: two placed here for every three of our own.
    const int current = std::max(10, int(own.value().size()) * 2 / 3);
    const int former = current / 2; // placements here that have ended
    const QList<RequestingAuthority>& all = authorities.value().all();

    SqlTransaction tx(db);
    if (!tx.begun())
        return tx.begun().failure();
    qint64 written = 0;
    const auto addRequests = [&](const HostChild& c, qint64 childId) -> Status {
        const QDate end = c.placedTo.isValid() ? c.placedTo : today.addDays(60);
        // Reviews every 6 months under 5, else every 12, from a first one after arrival.
        for (QDate due = c.placedFrom.addDays(dice.between(40, 300)); due < end;) {
            Story s = request(due, calendar, today, dice);
            if (!s.request.received.isValid() || s.request.received > today ||
                (c.placedTo.isValid() && s.request.received >= c.placedTo))
                break;
            s.request.hostChildId = childId;
            s.request.kind = IncomingKind::Rha;
            auto id = store.insertRequest(s.request);
            if (!id)
                return id.failure();
            ++written;
            for (IncomingPaperworkIssue i : s.issues) {
                i.requestId = id.value();
                if (auto issue = store.insertIssue(i); !issue)
                    return issue.failure();
            }
            for (IncomingChase ch : s.chases) {
                ch.requestId = id.value();
                if (auto chase = store.insertChase(ch); !chase)
                    return chase.failure();
            }
            due = due.addMonths(due < c.dateOfBirth.addYears(5) ? 6 : 12);
        }
        return {};
    };
    for (int i = 0; i < current + former; ++i) {
        HostChild c;
        c.authorityCode = dice.chance(0.6) ? bigSender(dice) : dice.pick(all).code;
        const Sex sex = dice.chance(0.5) ? Sex::Female : Sex::Male;
        const DemoIdentity who = DemoNamePool::child(dice, sex);
        c.givenName = who.givenName;
        c.familyName = who.familyName;
        c.theirCaseId =
            QStringLiteral("%1-%2").arg(c.authorityCode.right(3)).arg(dice.between(10000, 99999));
        c.nhsNumber = dice.chance(0.95) ? nhsNumber(dice, used) : QString();
        c.placementArea = dice.pick(areas);
        c.placedFrom = today.addDays(-dice.between(20, 4 * 365));
        c.dateOfBirth = c.placedFrom.addDays(-dice.between(200, 17 * 365 - 30));
        if (i >= current)
            c.placedTo = c.placedFrom.addDays(dice.between(60, int(c.placedFrom.daysTo(today))));
        if (c.placedTo.isValid() && c.placedTo > today)
            c.placedTo = today;
        auto id = store.insertChild(c);
        if (!id)
            return id.failure();
        if (auto s = addRequests(c, id.value()); !s)
            return s.failure();
    }
    // Known both ways: a few of our own children were placed here by another authority first.
    for (int i = 0; i < std::min<int>(5, int(own.value().size())); ++i) {
        auto c = store.ownChildAsHosted(own.value().at(i * 7 % own.value().size()).id);
        if (!c)
            return c.failure();
        HostChild h = c.value();
        if (!h.placedTo.isValid() || h.placedTo.addYears(-1) <= h.dateOfBirth)
            continue;
        h.authorityCode = QString::fromLatin1(bigSenders.at(i).first);
        h.theirCaseId = QStringLiteral("%1-%2").arg(h.authorityCode.right(3)).arg(50000 + i);
        h.placementArea = dice.pick(areas);
        h.placedFrom = h.placedTo.addDays(-dice.between(120, 360));
        h.notes = QStringLiteral("Came into our own care when the placing authority's care ended.");
        if (auto id = store.insertChild(h); !id)
            return id.failure();
    }
    if (auto s = tx.commit(); !s)
        return s.failure();
    return written;
}

} // namespace lac
