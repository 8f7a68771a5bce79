// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace lac {

// The SSDA903 vocabulary of a child's care (DfE, "Children looked after return" guide), as
// enums, for the code that makes or branches on care histories: the demo county and the rules.
// Stored records keep the DfE's text codes (an imported file may carry a code added after this
// release, and the reference lists in the database hold their labels); the *Code and *FromCode
// functions are the one place the two meet. A code not known here reads as NotKnown.

/// LS: the legal status under which a child is looked after.
enum class LegalStatus
{
    InterimCareOrder,         ///< C1
    FullCareOrder,            ///< C2
    FreedForAdoption,         ///< D1
    PlacementOrder,           ///< E1
    RemandedToLocalAuthority, ///< J1
    DetainedUnderPace,        ///< J2: police detention awaiting a court
    YouthRehabilitationOrder, ///< J3: with residence or intensive fostering
    PoliceProtection,         ///< L1
    EmergencyProtection,      ///< L2
    ChildAssessmentOrder,     ///< L3
    Accommodated,             ///< V2: single period under section 20
    ShortBreakEpisodes,       ///< V3: agreed series of short breaks, each episode recorded
    ShortBreakAgreement,      ///< V4: agreed series of short breaks, the agreement recorded
    NotKnown,
};

/// PL: the kind of placement.
enum class PlacementType
{
    AdoptionConsentedFosterCarer,  ///< A3: placed for adoption with consent, with its carers
    AdoptionConsented,             ///< A4: placed for adoption with consent, other carers
    AdoptionOrderedFosterCarer,    ///< A5: placement order, with the current foster carers
    AdoptionOrdered,               ///< A6: placement order, other carers
    SemiIndependentUnregulated,    ///< H5 (until 2024-25)
    SecureChildrensHome,           ///< K1
    ChildrensHome,                 ///< K2
    SupportedAccommodation,        ///< K3 (from 2024-25)
    WithParents,                   ///< P1
    IndependentLiving,             ///< P2 (until 2024-25)
    ResidentialEmployment,         ///< P3
    ResidentialCareHome,           ///< R1
    NhsHealthProvision,            ///< R2
    FamilyCentre,                  ///< R3
    YoungOffenderInstitution,      ///< R5
    ResidentialSchool,             ///< S1
    TemporaryAwayFromPlacement,    ///< T0
    TemporaryPeriodicInHospital,   ///< T1
    TemporaryHoliday,              ///< T2
    TemporaryAccommodation,        ///< T3
    TemporaryWithRelativeOrFriend, ///< T4
    FosterRelativeLongTerm,        ///< U1: relative or friend, long term
    FosterRelativeForAdoption,     ///< U2: relative or friend, fostering for adoption
    FosterRelativeOther,           ///< U3: relative or friend, not long term or FFA
    FosterOtherLongTerm,           ///< U4: other foster carer, long term
    FosterOtherForAdoption,        ///< U5: other foster carer, fostering for adoption
    FosterOther,                   ///< U6: other foster carer, not long term or FFA
    OtherPlacement,                ///< Z1 (until 2024-25)
    OtherNotRegistered,            ///< Z11 (from 2025-26): not registered with Ofsted
    OtherRegistered,               ///< Z12: registered with Ofsted
    OtherUnregulated,              ///< Z13
    OtherOther,                    ///< Z14
    NotKnown,
};

/// PLACE_PROVIDER: who provides the placement.
enum class PlacementProvider
{
    Parent,       ///< PR0
    OwnProvision, ///< PR1: the council's own
    OtherCouncil, ///< PR2
    OtherPublic,  ///< PR3
    Private,      ///< PR4: e.g. an independent fostering agency
    Voluntary,    ///< PR5
    NotKnown,
};

/// RNE: why a new episode began.
enum class EpisodeReason
{
    StartedCare,             ///< S: started to be looked after
    LegalStatusChange,       ///< L: change of legal status only
    PlacementChange,         ///< P: change of placement and carers
    SameCarersNewPlacement,  ///< T: change of placement, same carers
    LegalStatusSameCarers,   ///< U: change of legal status and placement, same carers
    LegalStatusAndPlacement, ///< B: change of legal status, placement and carers
    Change,                  ///< any other code: some other change
};

/// REC: why an episode, or care, ended (X1: the episode ended but care goes on).
enum class EpisodeEndReason
{
    EpisodeEndedCareContinues,          ///< X1
    AdoptedUnopposed,                   ///< E11
    AdoptedConsentDispensed,            ///< E12
    Died,                               ///< E2
    CareTakenOverByOtherCouncil,        ///< E3
    ReturnedHomeAsPlanned,              ///< E4A: to parents, as part of the care plan
    ReturnedHomeNotPlanned,             ///< E4B
    IndependentLivingSupported,         ///< E5
    IndependentLivingUnsupported,       ///< E6
    AdultSocialCare,                    ///< E7: residential care funded by adult social care
    PeriodEndedOther,                   ///< E8
    SentencedToCustody,                 ///< E9
    LivedWithoutParentalResponsibility, ///< E13: with relatives or others without PR
    RemandEnded,                        ///< E14
    AgeAssessedAsAdult,                 ///< E15
    MovedAbroad,                        ///< E16
    StayingPut,                         ///< E17: aged 18 and stayed with the current carers
    ChildArrangementsOrder,             ///< E41: residence or child arrangements order
    GuardianshipFormerCarersKin,        ///< E45: special guardianship, former carers, relatives
    GuardianshipFormerCarersOther,      ///< E46
    GuardianshipOtherCarersKin,         ///< E47: special guardianship, other carers, relatives
    GuardianshipOtherCarersOther,       ///< E48
    NotKnown,
};

/// REASON_PLACE_CHANGE: why a child moved placement.
enum class PlaceChangeReason
{
    CarePlan,              ///< CARPL: as the care plan said
    ChildRequest,          ///< CHILD
    CarerRequestBehaviour, ///< CREQB: carer's request, the child's behaviour
    CarerRequestOther,     ///< CREQO
    CouncilRequest,        ///< LAREQ
    PlacementEnded,        ///< PLACE
    StandardsConcern,      ///< STAND
    Allegation,            ///< ALLEG
    ProviderClosed,        ///< CLOSE
    ApprovalRemoved,       ///< APPRR
    Other,                 ///< OTHER
    NotKnown,
};

/// CIN: the child's category of need, N1 to N8.
enum class CategoryOfNeed
{
    AbuseOrNeglect,                ///< N1
    Disability,                    ///< N2
    ParentalIllness,               ///< N3
    FamilyInAcuteStress,           ///< N4
    FamilyDysfunction,             ///< N5
    SociallyUnacceptableBehaviour, ///< N6
    LowIncome,                     ///< N7
    AbsentParenting,               ///< N8: includes unaccompanied asylum-seeking children
    NotKnown,
};

LegalStatus legalStatusFromCode(const QString& code);
PlacementType placementTypeFromCode(const QString& code);
PlacementProvider placementProviderFromCode(const QString& code);
EpisodeReason episodeReasonFromCode(const QString& code);
EpisodeEndReason episodeEndReasonFromCode(const QString& code);
PlaceChangeReason placeChangeReasonFromCode(const QString& code);
CategoryOfNeed categoryOfNeedFromCode(const QString& code);

// The DfE code of each value; empty for NotKnown (and for EpisodeReason::Change).
QString legalStatusCode(LegalStatus status);
QString placementTypeCode(PlacementType type);
QString placementProviderCode(PlacementProvider provider);
QString episodeReasonCode(EpisodeReason reason);
QString episodeEndReasonCode(EpisodeEndReason reason);
QString placeChangeReasonCode(PlaceChangeReason reason);
QString categoryOfNeedCode(CategoryOfNeed need);

/// Foster care (U1 to U6), with relatives or friends or with other carers.
bool isFosterPlacement(PlacementType type);
/// Placed for adoption (A3 to A6).
bool isAdoptionPlacement(PlacementType type);
/// Supported or independent accommodation for 16 and 17 year olds (K3, H5, P2).
bool isSupportedAccommodation(PlacementType type);
/// Agreed series of short breaks (V3, V4): not "in care" for the IHA or the OC2 cohort.
bool isShortBreak(LegalStatus status);
/// Adopted (E11, E12).
bool isAdoption(EpisodeEndReason reason);

} // namespace lac
