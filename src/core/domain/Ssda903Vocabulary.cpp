// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/Ssda903Vocabulary.h"

#include "domain/CodeTable.h"

namespace lac {
namespace {

using namespace codetable;

using L = LegalStatus;
constexpr CodeTable<L> legalCodes{{L::InterimCareOrder, "C1"},
                                  {L::FullCareOrder, "C2"},
                                  {L::FreedForAdoption, "D1"},
                                  {L::PlacementOrder, "E1"},
                                  {L::RemandedToLocalAuthority, "J1"},
                                  {L::DetainedUnderPace, "J2"},
                                  {L::YouthRehabilitationOrder, "J3"},
                                  {L::PoliceProtection, "L1"},
                                  {L::EmergencyProtection, "L2"},
                                  {L::ChildAssessmentOrder, "L3"},
                                  {L::Accommodated, "V2"},
                                  {L::ShortBreakEpisodes, "V3"},
                                  {L::ShortBreakAgreement, "V4"}};

using T = PlacementType;
constexpr CodeTable<T> placementCodes{{T::AdoptionConsentedFosterCarer, "A3"},
                                      {T::AdoptionConsented, "A4"},
                                      {T::AdoptionOrderedFosterCarer, "A5"},
                                      {T::AdoptionOrdered, "A6"},
                                      {T::SemiIndependentUnregulated, "H5"},
                                      {T::SecureChildrensHome, "K1"},
                                      {T::ChildrensHome, "K2"},
                                      {T::SupportedAccommodation, "K3"},
                                      {T::WithParents, "P1"},
                                      {T::IndependentLiving, "P2"},
                                      {T::ResidentialEmployment, "P3"},
                                      {T::ResidentialCareHome, "R1"},
                                      {T::NhsHealthProvision, "R2"},
                                      {T::FamilyCentre, "R3"},
                                      {T::YoungOffenderInstitution, "R5"},
                                      {T::ResidentialSchool, "S1"},
                                      {T::TemporaryAwayFromPlacement, "T0"},
                                      {T::TemporaryPeriodicInHospital, "T1"},
                                      {T::TemporaryHoliday, "T2"},
                                      {T::TemporaryAccommodation, "T3"},
                                      {T::TemporaryWithRelativeOrFriend, "T4"},
                                      {T::FosterRelativeLongTerm, "U1"},
                                      {T::FosterRelativeForAdoption, "U2"},
                                      {T::FosterRelativeOther, "U3"},
                                      {T::FosterOtherLongTerm, "U4"},
                                      {T::FosterOtherForAdoption, "U5"},
                                      {T::FosterOther, "U6"},
                                      {T::OtherPlacement, "Z1"},
                                      {T::OtherNotRegistered, "Z11"},
                                      {T::OtherRegistered, "Z12"},
                                      {T::OtherUnregulated, "Z13"},
                                      {T::OtherOther, "Z14"}};

using Pr = PlacementProvider;
constexpr CodeTable<Pr> providerCodes{{Pr::Parent, "PR0"},       {Pr::OwnProvision, "PR1"},
                                      {Pr::OtherCouncil, "PR2"}, {Pr::OtherPublic, "PR3"},
                                      {Pr::Private, "PR4"},      {Pr::Voluntary, "PR5"}};

using R = EpisodeReason;
constexpr CodeTable<R> reasonCodes{
    {R::StartedCare, "S"},           {R::LegalStatusChange, "L"},
    {R::PlacementChange, "P"},       {R::SameCarersNewPlacement, "T"},
    {R::LegalStatusSameCarers, "U"}, {R::LegalStatusAndPlacement, "B"}};

using E = EpisodeEndReason;
constexpr CodeTable<E> endCodes{{E::EpisodeEndedCareContinues, "X1"},
                                {E::AdoptedUnopposed, "E11"},
                                {E::AdoptedConsentDispensed, "E12"},
                                {E::Died, "E2"},
                                {E::CareTakenOverByOtherCouncil, "E3"},
                                {E::ReturnedHomeAsPlanned, "E4A"},
                                {E::ReturnedHomeNotPlanned, "E4B"},
                                {E::IndependentLivingSupported, "E5"},
                                {E::IndependentLivingUnsupported, "E6"},
                                {E::AdultSocialCare, "E7"},
                                {E::PeriodEndedOther, "E8"},
                                {E::SentencedToCustody, "E9"},
                                {E::LivedWithoutParentalResponsibility, "E13"},
                                {E::RemandEnded, "E14"},
                                {E::AgeAssessedAsAdult, "E15"},
                                {E::MovedAbroad, "E16"},
                                {E::StayingPut, "E17"},
                                {E::ChildArrangementsOrder, "E41"},
                                {E::GuardianshipFormerCarersKin, "E45"},
                                {E::GuardianshipFormerCarersOther, "E46"},
                                {E::GuardianshipOtherCarersKin, "E47"},
                                {E::GuardianshipOtherCarersOther, "E48"}};

using C = PlaceChangeReason;
constexpr CodeTable<C> changeCodes{{C::CarePlan, "CARPL"},
                                   {C::ChildRequest, "CHILD"},
                                   {C::CarerRequestBehaviour, "CREQB"},
                                   {C::CarerRequestOther, "CREQO"},
                                   {C::CouncilRequest, "LAREQ"},
                                   {C::PlacementEnded, "PLACE"},
                                   {C::StandardsConcern, "STAND"},
                                   {C::Allegation, "ALLEG"},
                                   {C::ProviderClosed, "CLOSE"},
                                   {C::ApprovalRemoved, "APPRR"},
                                   {C::Other, "OTHER"}};

using N = CategoryOfNeed;
constexpr CodeTable<N> needCodes{
    {N::AbuseOrNeglect, "N1"},    {N::Disability, "N2"},
    {N::ParentalIllness, "N3"},   {N::FamilyInAcuteStress, "N4"},
    {N::FamilyDysfunction, "N5"}, {N::SociallyUnacceptableBehaviour, "N6"},
    {N::LowIncome, "N7"},         {N::AbsentParenting, "N8"}};

} // namespace

LegalStatus legalStatusFromCode(const QString& code)
{
    return lookUp(legalCodes, code, L::NotKnown);
}

PlacementType placementTypeFromCode(const QString& code)
{
    return lookUp(placementCodes, code, T::NotKnown);
}

PlacementProvider placementProviderFromCode(const QString& code)
{
    return lookUp(providerCodes, code, Pr::NotKnown);
}

EpisodeReason episodeReasonFromCode(const QString& code)
{
    return lookUp(reasonCodes, code, R::Change);
}

EpisodeEndReason episodeEndReasonFromCode(const QString& code)
{
    return lookUp(endCodes, code, E::NotKnown);
}

PlaceChangeReason placeChangeReasonFromCode(const QString& code)
{
    return lookUp(changeCodes, code, C::NotKnown);
}

CategoryOfNeed categoryOfNeedFromCode(const QString& code)
{
    return lookUp(needCodes, code, N::NotKnown);
}

QString legalStatusCode(LegalStatus status)
{
    return codeOf(legalCodes, status);
}

QString placementTypeCode(PlacementType type)
{
    return codeOf(placementCodes, type);
}

QString placementProviderCode(PlacementProvider provider)
{
    return codeOf(providerCodes, provider);
}

QString episodeReasonCode(EpisodeReason reason)
{
    return codeOf(reasonCodes, reason);
}

QString episodeEndReasonCode(EpisodeEndReason reason)
{
    return codeOf(endCodes, reason);
}

QString placeChangeReasonCode(PlaceChangeReason reason)
{
    return codeOf(changeCodes, reason);
}

QString categoryOfNeedCode(CategoryOfNeed need)
{
    return codeOf(needCodes, need);
}

bool isFosterPlacement(PlacementType type)
{
    return type >= T::FosterRelativeLongTerm && type <= T::FosterOther;
}

bool isAdoptionPlacement(PlacementType type)
{
    return type >= T::AdoptionConsentedFosterCarer && type <= T::AdoptionOrdered;
}

bool isSupportedAccommodation(PlacementType type)
{
    return type == T::SupportedAccommodation || type == T::SemiIndependentUnregulated ||
           type == T::IndependentLiving;
}

bool isShortBreak(LegalStatus status)
{
    return status == L::ShortBreakEpisodes || status == L::ShortBreakAgreement;
}

bool isAdoption(EpisodeEndReason reason)
{
    return reason == E::AdoptedUnopposed || reason == E::AdoptedConsentDispensed;
}

} // namespace lac
