// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/DemoCareCodes.h"

#include "rules/ChildAge.h"

namespace lac::democare {

namespace {

using T = PlacementType;
using Pr = PlacementProvider;
using E = EpisodeEndReason;

/// In the mixes below: supported accommodation, of whichever kind the date allows.
constexpr T supportedOfTheDay = T::NotKnown;

bool withOtherFosterCarers(T type)
{
    return type == T::FosterOtherLongTerm || type == T::FosterOtherForAdoption ||
           type == T::FosterOther;
}

bool isYouthJustice(LegalStatus status)
{
    return status == LegalStatus::RemandedToLocalAuthority ||
           status == LegalStatus::DetainedUnderPace ||
           status == LegalStatus::YouthRehabilitationOrder;
}

} // namespace

const QDate registeredSupportedFrom(2024, 4, 1);
const QDate semiIndependentUntil(2025, 3, 31);

int ageOn(QDate dateOfBirth, QDate on)
{
    return qMax(0, ChildAge::yearsOn(dateOfBirth, on));
}

PlacementType supportedAccommodation(DemoDice& dice, QDate on)
{
    if (on > semiIndependentUntil)
        return T::SupportedAccommodation;
    if (on >= registeredSupportedFrom)
        return dice.chance(0.75) ? T::SupportedAccommodation : T::SemiIndependentUnregulated;
    return dice.chance(0.9) ? T::SemiIndependentUnregulated : T::IndependentLiving;
}

PlacementType placementType(DemoDice& dice, int age, QDate on, LegalStatus legalStatus, bool uasc)
{
    using L = LegalStatus;
    if (legalStatus == L::RemandedToLocalAuthority) {
        return age >= 15
                   ? pick(dice,
                          {T::YoungOffenderInstitution, T::SecureChildrensHome, T::FosterOther},
                          {30, 20, 50})
                   : pick(dice, {T::SecureChildrensHome, T::FosterOther}, {25, 75});
    }
    if (legalStatus == L::DetainedUnderPace)
        return pick(dice, {T::FosterOther, T::ChildrensHome}, {60, 40});
    if (legalStatus == L::YouthRehabilitationOrder)
        return T::FosterOther;
    if (isShortBreak(legalStatus))
        return pick(dice, {T::ChildrensHome, T::FosterOther}, {45, 55});
    T t;
    if (uasc) {
        if (age < 16)
            return pick(dice, {T::FosterOther, T::ChildrensHome}, {70, 30});
        t = pick(dice, {supportedOfTheDay, T::FosterOther, T::ChildrensHome}, {45, 45, 10});
    } else if (age < 1) {
        t = pick(dice,
                 {T::FosterOther, T::FosterOtherLongTerm, T::FosterOtherForAdoption,
                  T::FosterRelativeForAdoption, T::FosterRelativeOther, T::FosterRelativeLongTerm,
                  T::WithParents, T::FamilyCentre},
                 {44, 3, 8, 3, 13, 3, 7, 5});
    } else if (age < 5) {
        t = pick(dice,
                 {T::FosterOther, T::FosterOtherLongTerm, T::FosterOtherForAdoption,
                  T::FosterRelativeOther, T::FosterRelativeLongTerm, T::WithParents,
                  T::FamilyCentre},
                 {42, 16, 3, 12, 8, 9, 1});
    } else if (age < 10) {
        t = pick(dice,
                 {T::FosterOther, T::FosterOtherLongTerm, T::FosterRelativeOther,
                  T::FosterRelativeLongTerm, T::WithParents, T::ChildrensHome, T::ResidentialSchool,
                  T::NhsHealthProvision},
                 {33, 27, 9, 9, 8, 4, 0.7, 0.3});
    } else if (age < 16) {
        t = pick(dice,
                 {T::FosterOther, T::FosterOtherLongTerm, T::FosterRelativeOther,
                  T::FosterRelativeLongTerm, T::WithParents, T::ChildrensHome,
                  T::ResidentialCareHome, T::ResidentialSchool, T::SecureChildrensHome,
                  T::NhsHealthProvision, T::TemporaryWithRelativeOrFriend},
                 {26, 22, 6, 8, 5, 17, 3.5, 1.5, 0.5, 0.3, 0.3});
    } else {
        t = pick(dice,
                 {T::FosterOther, T::FosterOtherLongTerm, T::FosterRelativeOther,
                  T::FosterRelativeLongTerm, T::WithParents, T::ChildrensHome,
                  T::ResidentialCareHome, supportedOfTheDay, T::YoungOffenderInstitution,
                  T::ResidentialSchool},
                 {21, 18, 3, 6, 3, 12, 2, 32, 0.8, 1});
    }
    return t == supportedOfTheDay ? supportedAccommodation(dice, on) : t;
}

/// SSDA903 PLACE_PROVIDER: in-house and agency foster care, parents, other councils' secure
/// units, private and voluntary homes and supported accommodation.
PlacementProvider providerFor(DemoDice& dice, PlacementType type)
{
    if (withOtherFosterCarers(type))
        return pick(dice, {Pr::OwnProvision, Pr::Private, Pr::Voluntary}, {62, 33, 5});
    if (isFosterPlacement(type))
        return Pr::OwnProvision;
    if (type == T::WithParents)
        return Pr::Parent;
    if (type == T::SecureChildrensHome)
        return pick(dice, {Pr::OtherCouncil, Pr::OtherPublic}, {60, 40});
    if (type == T::ChildrensHome || type == T::ResidentialCareHome)
        return pick(dice, {Pr::Private, Pr::OwnProvision, Pr::Voluntary}, {75, 20, 5});
    if (isSupportedAccommodation(type))
        return pick(dice, {Pr::Private, Pr::Voluntary, Pr::OwnProvision}, {50, 35, 15});
    if (isAdoptionPlacement(type))
        return pick(dice, {Pr::OwnProvision, Pr::OtherCouncil, Pr::Voluntary}, {55, 10, 35});
    if (type == T::NhsHealthProvision || type == T::YoungOffenderInstitution)
        return Pr::OtherPublic;
    return pick(dice, {Pr::Private, Pr::Voluntary}, {60, 40});
}

/// How likely a placement of this type and provider is outside the county.
double outOfAreaChance(PlacementType type, PlacementProvider provider)
{
    if (withOtherFosterCarers(type))
        return provider == Pr::OwnProvision ? 0.07 : 0.35;
    if (isFosterPlacement(type))
        return 0.18;
    if (type == T::WithParents)
        return 0.05;
    if (type == T::ChildrensHome || type == T::ResidentialCareHome)
        return 0.55;
    if (type == T::SecureChildrensHome || type == T::ResidentialSchool)
        return 0.75;
    if (type == T::YoungOffenderInstitution)
        return 1.0;
    if (isSupportedAccommodation(type))
        return 0.28;
    if (isAdoptionPlacement(type))
        return 0.35;
    return 0.4;
}

PlaceChangeReason placeChangeReason(DemoDice& dice)
{
    using C = PlaceChangeReason;
    return pick(dice,
                {C::CarePlan, C::ChildRequest, C::CarerRequestBehaviour, C::CarerRequestOther,
                 C::CouncilRequest, C::PlacementEnded, C::StandardsConcern, C::Allegation,
                 C::ProviderClosed, C::ApprovalRemoved, C::Other},
                {40, 8, 12, 10, 6, 4, 3, 3, 4, 2, 8});
}

CategoryOfNeed categoryOfNeed(DemoDice& dice, bool uasc)
{
    using N = CategoryOfNeed;
    if (uasc)
        return N::AbsentParenting;
    return pick(dice,
                {N::AbuseOrNeglect, N::Disability, N::ParentalIllness, N::FamilyInAcuteStress,
                 N::FamilyDysfunction, N::SociallyUnacceptableBehaviour, N::LowIncome,
                 N::AbsentParenting},
                {60, 3, 4, 8, 15, 2, 0.5, 7});
}

EpisodeEndReason endReasonFor(DemoDice& dice, Path path, int ageAtEnd, bool atEighteen, bool uasc,
                              LegalStatus legalStatus)
{
    if (path == Path::Adoption)
        return dice.chance(0.8) ? E::AdoptedUnopposed : E::AdoptedConsentDispensed;
    if (atEighteen)
        return uasc ? pick(dice, {E::CareTakenOverByOtherCouncil, E::AdultSocialCare}, {50, 50})
                    : pick(dice,
                           {E::StayingPut, E::CareTakenOverByOtherCouncil, E::AdultSocialCare,
                            E::PeriodEndedOther, E::IndependentLivingSupported},
                           {30, 25, 25, 12, 8});
    if (path == Path::ShortBreak)
        return pick(dice, {E::PeriodEndedOther, E::ReturnedHomeAsPlanned}, {70, 30});
    if (path == Path::YouthJustice || isYouthJustice(legalStatus))
        return pick(dice,
                    {E::ReturnedHomeAsPlanned, E::SentencedToCustody,
                     E::LivedWithoutParentalResponsibility, E::RemandEnded},
                    {40, 25, 20, 15});
    if (uasc)
        return pick(dice,
                    {E::CareTakenOverByOtherCouncil, E::AdultSocialCare, E::AgeAssessedAsAdult},
                    {40, 40, 20});
    if (ageAtEnd >= 16)
        return pick(dice,
                    {E::ReturnedHomeAsPlanned, E::LivedWithoutParentalResponsibility,
                     E::CareTakenOverByOtherCouncil, E::AdultSocialCare, E::PeriodEndedOther},
                    {25, 15, 25, 25, 10});
    return pick(dice,
                {E::ReturnedHomeAsPlanned, E::ReturnedHomeNotPlanned,
                 E::LivedWithoutParentalResponsibility, E::ChildArrangementsOrder,
                 E::GuardianshipFormerCarersKin, E::GuardianshipFormerCarersOther,
                 E::GuardianshipOtherCarersOther, E::PeriodEndedOther, E::MovedAbroad},
                {40, 8, 18, 3, 12, 8, 2, 6, 1});
}

} // namespace lac::democare
