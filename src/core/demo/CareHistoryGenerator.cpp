// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/CareHistoryGenerator.h"
#include "demo/DemoCareCodes.h"

#include "demo/DemoCountyBuilder.h"
#include "rules/ChildAge.h"

#include <QMap>

#include <optional>

namespace lac {

using namespace democare;

struct CareHistoryGenerator::Placement
{
    PlacementType type = PlacementType::NotKnown;
    PlacementProvider provider = PlacementProvider::NotKnown;
    PlacementLocation location = PlacementLocation::InArea;
    qint64 host = 0;
    QString postcode;
    QString urn;
};

CareHistoryGenerator::CareHistoryGenerator(const DemoReferenceData& reference, QDate today)
    : m_reference(reference)
    , m_today(today)
    , m_windowStart(today.addYears(-3))
{}

CareHistoryGenerator::Placement
CareHistoryGenerator::placementFor(DemoDice& dice, const DemoChild& child, QDate on,
                                   LegalStatus legalStatus,
                                   std::optional<PlacementType> forcedType) const
{
    Placement p;
    p.type = forcedType
                 ? *forcedType
                 : placementType(dice, ageOn(child.dateOfBirth, on), on, legalStatus, child.uasc);
    p.provider = providerFor(dice, p.type);
    const double ooa = outOfAreaChance(p.type, p.provider) * (child.uasc ? 1.3 : 1.0);
    if (dice.chance(0.004)) {
        p.location = PlacementLocation::Unknown;
    } else if (dice.chance(ooa)) {
        p.location = PlacementLocation::OutOfArea;
        QList<const DemoAuthority*> candidates;
        const bool neighbour = dice.chance(0.7);
        for (const auto& a : m_reference.authorities) {
            if (a.id != 1 && a.neighbour == neighbour)
                candidates << &a;
        }
        const DemoAuthority* host = dice.pick(candidates);
        p.host = host->id;
        p.postcode = DemoCountyBuilder::postcode(dice, host->postcodeArea, 30);
    } else {
        p.postcode = DemoCountyBuilder::postcode(dice, QStringLiteral("NH"),
                                                 int(m_reference.ownPostcodeDistricts.size()));
    }
    // Ofsted registers children's homes (URN "SC…") and, from 2024, supported accommodation.
    using T = PlacementType;
    if (p.type == T::SecureChildrensHome || p.type == T::ChildrensHome ||
        p.type == T::ResidentialCareHome || p.type == T::ResidentialSchool)
        p.urn = QStringLiteral("SC%1").arg(dice.between(100000, 999999));
    else if (p.type == T::SupportedAccommodation)
        p.urn = QStringLiteral("2%1").arg(dice.between(1000000, 9999999));
    return p;
}

void CareHistoryGenerator::generate(DemoDice& dice, DemoIds& ids, DemoChild& child,
                                    bool preWindow) const
{
    const QDate eighteenth = ChildAge::birthday(child.dateOfBirth, 18);
    QDate start;
    if (preWindow) {
        const QDate earliest = qMax(child.dateOfBirth.addDays(20), m_windowStart.addYears(-7));
        start = dice.dateBetween(earliest, m_windowStart.addDays(-60));
    } else {
        const QDate latest = qMin(m_today.addDays(-1), eighteenth.addDays(-30));
        start = dice.dateBetween(qMax(m_windowStart, child.dateOfBirth), latest);
    }
    addPeriod(dice, ids, child, start, !preWindow, true);
}

void CareHistoryGenerator::addPeriod(DemoDice& dice, DemoIds& ids, DemoChild& child, QDate start,
                                     bool inWindow, bool allowReturn) const
{
    const QDate eighteenth = ChildAge::birthday(child.dateOfBirth, 18);
    const int ageAtStart = ageOn(child.dateOfBirth, start);
    DemoCarePeriod period;
    period.id = DemoIds::next(ids.carePeriod);
    period.start = start;
    period.startedInWindow = inWindow;

    Path path = Path::Standard;
    if (!child.uasc && ageAtStart >= 5 && ageAtStart <= 16 && dice.chance(0.02))
        path = Path::ShortBreak;
    else if (!child.uasc && inWindow && ageAtStart >= 12 && dice.chance(0.025))
        path = Path::YouthJustice;
    else if (!child.uasc && ageAtStart <= 3 && dice.chance(ageAtStart <= 1 ? 0.5 : 0.3))
        path = Path::Adoption;

    // Legal statuses over time: (date, status), the first at the start.
    using L = LegalStatus;
    QMap<QDate, LegalStatus> legal;
    QMap<QDate, PlacementType> forcedPlacements;
    QDate end;
    bool endsWithAdoption = false;
    L first = L::NotKnown;
    switch (path) {
    case Path::ShortBreak:
        first = dice.chance(0.5) ? L::ShortBreakEpisodes : L::ShortBreakAgreement;
        end = start.addDays(dice.between(180, 1100));
        break;
    case Path::YouthJustice:
        first = pick(
            dice, {L::RemandedToLocalAuthority, L::DetainedUnderPace, L::YouthRehabilitationOrder},
            {50, 30, 20});
        end = start.addDays(first == L::DetainedUnderPace          ? dice.between(1, 3)
                            : first == L::RemandedToLocalAuthority ? dice.between(7, 150)
                                                                   : dice.between(60, 300));
        break;
    case Path::Standard:
    case Path::Adoption:
        if (child.uasc)
            first = L::Accommodated;
        else if (!inWindow)
            first = pick(dice,
                         {L::FullCareOrder, L::Accommodated, L::InterimCareOrder, L::PlacementOrder,
                          L::FreedForAdoption},
                         {62, 24, 8, ageAtStart < 6 ? 5.0 : 0.0, 0.6});
        else if (ageAtStart < 1)
            first = pick(
                dice,
                {L::InterimCareOrder, L::Accommodated, L::EmergencyProtection, L::PoliceProtection},
                {50, 32, 10, 8});
        else
            first = pick(
                dice,
                {L::Accommodated, L::InterimCareOrder, L::PoliceProtection, L::EmergencyProtection},
                {50, 40, 6, 4});
        break;
    }
    legal.insert(start, first);

    QDate cursor = start;
    L current = first;
    if (current == L::PoliceProtection || current == L::EmergencyProtection) {
        cursor = cursor.addDays(dice.between(1, 14));
        current = dice.chance(0.6) ? L::InterimCareOrder : L::Accommodated;
        legal.insert(cursor, current);
    }
    if (path == Path::Adoption) {
        if (current != L::InterimCareOrder && current != L::FullCareOrder) {
            cursor = cursor.addDays(dice.between(7, 60));
            current = L::InterimCareOrder;
            legal.insert(cursor, current);
        }
        if (current == L::InterimCareOrder) {
            cursor = cursor.addDays(dice.between(90, 300));
            legal.insert(cursor, L::FullCareOrder);
        }
        cursor = cursor.addDays(dice.between(30, 200));
        legal.insert(cursor, L::PlacementOrder);
        cursor = cursor.addDays(dice.between(30, 240));
        const bool withCarer = dice.chance(0.4);
        forcedPlacements.insert(cursor, withCarer ? PlacementType::AdoptionOrderedFosterCarer
                                                  : PlacementType::AdoptionOrdered);
        end = cursor.addDays(dice.between(150, 400));
        endsWithAdoption = true;
    } else if (path == Path::Standard) {
        if (current == L::InterimCareOrder && dice.chance(0.75)) {
            cursor = cursor.addDays(dice.between(90, 300));
            legal.insert(cursor, L::FullCareOrder);
        } else if (current == L::Accommodated && !child.uasc && dice.chance(0.12)) {
            cursor = cursor.addDays(dice.between(60, 400));
            legal.insert(cursor, L::InterimCareOrder);
            if (dice.chance(0.7))
                legal.insert(cursor.addDays(dice.between(90, 300)), L::FullCareOrder);
        }
        if (inWindow) {
            const int kind = dice.weighted({27, 30, 43});
            if (kind == 0)
                end = start.addDays(dice.between(2, 120));
            else if (kind == 1)
                end = start.addDays(dice.between(121, 900));
        } else if (dice.chance(0.3)) {
            end = dice.dateBetween(m_windowStart, m_today);
        }
        if (child.uasc && dice.chance(0.05))
            end = start.addDays(dice.between(20, 200)); // age assessed as an adult
    }

    // Many young people move to supported accommodation at 16 or 17.
    if (path == Path::Standard && !child.uasc && dice.chance(0.4)) {
        const QDate move = ChildAge::birthday(child.dateOfBirth, 16).addDays(dice.between(0, 600));
        if (move > start)
            forcedPlacements.insert(move, supportedAccommodation(dice, move));
    }

    bool atEighteen = false;
    if ((!end.isValid() || end > eighteenth) && eighteenth <= m_today) {
        end = eighteenth;
        atEighteen = true;
        endsWithAdoption = false;
    }
    if (end.isValid() && end <= start)
        end = start.addDays(1);
    if (end.isValid() && end > m_today)
        end = QDate();
    period.end = end;
    const QDate last = end.isValid() ? end : m_today;

    // Placement moves: most children have one or two placements, some three to six.
    const int span = int(start.daysTo(last));
    int moves = 0;
    if (path == Path::Standard || path == Path::Adoption) {
        moves = span < 14    ? 0
                : span < 120 ? dice.weighted({60, 30, 10})
                             : dice.weighted({30, 25, 18, 12, 8, 4, 3});
    }
    QMap<QDate, bool> moveDates; // date -> temporary move
    for (int i = 0; i < moves && span > 2; ++i)
        moveDates.insert(start.addDays(dice.between(1, span - 1)), dice.chance(0.05));

    struct Change
    {
        std::optional<LegalStatus> legal;
        bool move = false;
        bool temporary = false;
        std::optional<PlacementType> forced;
    };
    QMap<QDate, Change> changes;
    for (auto it = legal.cbegin(); it != legal.cend(); ++it)
        changes[it.key()].legal = it.value();
    for (auto it = moveDates.cbegin(); it != moveDates.cend(); ++it) {
        changes[it.key()].move = true;
        changes[it.key()].temporary = it.value();
    }
    for (auto it = forcedPlacements.cbegin(); it != forcedPlacements.cend(); ++it) {
        changes[it.key()].move = true;
        changes[it.key()].forced = it.value();
    }

    const CategoryOfNeed cin = categoryOfNeed(dice, child.uasc);
    L legalNow = L::NotKnown;
    Placement placeNow;
    Placement beforeTemporary;
    QDate returnFromTemporary;
    bool adopted = false;
    QList<DemoEpisode> episodes;
    using R = EpisodeReason;
    auto addEpisode = [&](QDate on, R rne, PlaceChangeReason reason) {
        DemoEpisode e;
        e.id = DemoIds::next(ids.episode);
        e.carePeriodId = period.id;
        e.start = on;
        e.rne = rne;
        e.legalStatus = legalNow;
        e.cin = cin;
        e.placementType = placeNow.type;
        e.placementProvider = placeNow.provider;
        e.location = placeNow.location;
        e.hostAuthorityId = placeNow.host;
        e.postcode = placeNow.postcode;
        e.urn = placeNow.urn;
        e.reasonPlaceChange = reason;
        if (!episodes.isEmpty()) {
            episodes.last().end = on;
            episodes.last().reasonEnd = EpisodeEndReason::EpisodeEndedCareContinues;
        }
        episodes << e;
    };

    for (auto it = changes.cbegin(); it != changes.cend(); ++it) {
        const QDate on = it.key();
        if (on > last || (end.isValid() && on >= end && on != start))
            break;
        // Back from a temporary placement before this change.
        if (returnFromTemporary.isValid() && returnFromTemporary < on) {
            placeNow = beforeTemporary;
            addEpisode(returnFromTemporary, R::SameCarersNewPlacement, PlaceChangeReason::NotKnown);
            returnFromTemporary = QDate();
        } else if (returnFromTemporary.isValid()) {
            returnFromTemporary = QDate();
        }
        const Change& c = it.value();
        const bool legalChange = c.legal && *c.legal != legalNow;
        if (c.legal)
            legalNow = *c.legal;
        if (on == start) {
            placeNow = placementFor(dice, child, on, legalNow, std::nullopt);
            // Care that began before the data window opens on some later episode.
            addEpisode(on,
                       inWindow ? R::StartedCare
                                : pick(dice,
                                       {R::PlacementChange, R::LegalStatusChange,
                                        R::SameCarersNewPlacement, R::LegalStatusAndPlacement},
                                       {45, 30, 15, 10}),
                       PlaceChangeReason::NotKnown);
            continue;
        }
        if (c.move && c.temporary && !adopted) {
            beforeTemporary = placeNow;
            placeNow = placementFor(dice, child, on, legalNow,
                                    pick(dice,
                                         {PlacementType::TemporaryWithRelativeOrFriend,
                                          PlacementType::TemporaryAccommodation,
                                          PlacementType::TemporaryAwayFromPlacement,
                                          PlacementType::TemporaryPeriodicInHospital},
                                         {40, 30, 20, 10}));
            addEpisode(on, legalChange ? R::LegalStatusAndPlacement : R::PlacementChange,
                       PlaceChangeReason::Other);
            returnFromTemporary = on.addDays(dice.between(2, 7));
            if (returnFromTemporary >= last)
                returnFromTemporary = QDate();
            continue;
        }
        if (c.move && !adopted) {
            const PlacementType previous = placeNow.type;
            if (c.forced) {
                // Placed for adoption with the current foster carers (A5) keeps the postcode.
                const bool sameCarer = c.forced == PlacementType::AdoptionOrderedFosterCarer;
                Placement p = placementFor(dice, child, on, legalNow, c.forced);
                if (sameCarer) {
                    p.location = placeNow.location;
                    p.host = placeNow.host;
                    p.postcode = placeNow.postcode;
                }
                placeNow = p;
                adopted = isAdoptionPlacement(*c.forced);
                addEpisode(on, sameCarer ? R::SameCarersNewPlacement : R::PlacementChange,
                           PlaceChangeReason::CarePlan);
                continue;
            }
            if (previous == PlacementType::FosterOther && dice.chance(0.25)) {
                placeNow.type = PlacementType::FosterOtherLongTerm; // same carers, now long-term
                addEpisode(on, legalChange ? R::LegalStatusSameCarers : R::SameCarersNewPlacement,
                           PlaceChangeReason::CarePlan);
                continue;
            }
            placeNow = placementFor(dice, child, on, legalNow, std::nullopt);
            addEpisode(on, legalChange ? R::LegalStatusAndPlacement : R::PlacementChange,
                       placeChangeReason(dice));
            continue;
        }
        if (legalChange)
            addEpisode(on, R::LegalStatusChange, PlaceChangeReason::NotKnown);
    }
    if (returnFromTemporary.isValid() && returnFromTemporary < last) {
        placeNow = beforeTemporary;
        addEpisode(returnFromTemporary, R::SameCarersNewPlacement, PlaceChangeReason::NotKnown);
    }
    if (!endsWithAdoption || !adopted)
        endsWithAdoption = false;

    if (end.isValid()) {
        period.endReason = endReasonFor(
            dice,
            endsWithAdoption ? Path::Adoption : (path == Path::Adoption ? Path::Standard : path),
            ageOn(child.dateOfBirth, end), atEighteen, child.uasc, legalNow);
        episodes.last().end = end;
        episodes.last().reasonEnd = period.endReason;
    }
    child.periods << period;
    child.episodes << episodes;

    // Some children go home and come back into care.
    using E = EpisodeEndReason;
    const QList<E> homeReasons = {E::ReturnedHomeAsPlanned, E::ReturnedHomeNotPlanned,
                                  E::LivedWithoutParentalResponsibility, E::PeriodEndedOther};
    if (allowReturn && end.isValid() && homeReasons.contains(period.endReason) &&
        ageOn(child.dateOfBirth, end) < 16 && dice.chance(0.25)) {
        const QDate again = end.addDays(dice.between(30, 540));
        if (again < m_today.addDays(-3) && again < eighteenth.addDays(-60))
            addPeriod(dice, ids, child, again, true, false);
    }
}

} // namespace lac
