// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/AssessmentKind.h"
#include "domain/AssessmentRecord.h"
#include "domain/CaseCodes.h"
#include "domain/PlacementLocation.h"
#include "domain/Ssda903Vocabulary.h"

#include <QDate>
#include <QList>
#include <QPair>
#include <QString>

#include <optional>

namespace lac {

// The rows the demo generator makes, as plain values: the generator (no SQL) fills them and a
// DemoSink (data/DemoDatabaseWriter) stores them. Ids are assigned by the generator so that
// nothing has to be read back while writing. A date member that is invalid is stored as NULL.

/// A local authority (our own or a host of out-of-area placements).
struct DemoAuthority
{
    qint64 id = 0;
    QString name;
    QString code;
    QString postcodeArea; ///< e.g. "NH": the letters of its postcode districts
    bool neighbour = false;
};

/// A health provider that carries out assessments (community paediatrics, LAC nursing team).
struct DemoProvider
{
    qint64 id = 0;
    QString name;
    qint64 authorityId = 0;
    QStringList doctors;
    QStringList nurses;
    QStringList venues;
};

/// Everything that is the same for every child: the county, its neighbours and settings.
struct DemoReferenceData
{
    QList<DemoAuthority> authorities; ///< the first is our own authority
    QList<DemoProvider> providers;
    QList<QPair<QString, QString>> settings;
    QStringList ownPostcodeDistricts;
};

struct DemoNhsNumber
{
    qint64 id = 0;
    QString number;
    QDate validFrom;
    QDate validTo;
};

struct DemoCarePeriod
{
    qint64 id = 0;
    QDate start;
    QDate end;
    bool startedInWindow = true;
    EpisodeEndReason endReason = EpisodeEndReason::NotKnown; ///< NotKnown while care goes on
    // derived, as the AssessmentScheduler works them out: the placement care began in
    PlacementType entryPlacementType = PlacementType::NotKnown;
    PlacementLocation entryLocation = PlacementLocation::Unknown;
};

struct DemoEpisode
{
    qint64 id = 0;
    qint64 carePeriodId = 0;
    QDate start;
    QDate end;
    EpisodeReason rne = EpisodeReason::StartedCare;
    LegalStatus legalStatus = LegalStatus::NotKnown;
    CategoryOfNeed cin = CategoryOfNeed::NotKnown;
    PlacementType placementType = PlacementType::NotKnown;
    PlacementProvider placementProvider = PlacementProvider::NotKnown;
    PlacementLocation location = PlacementLocation::Unknown;
    qint64 hostAuthorityId = 0; ///< 0 in area
    QString postcode;
    EpisodeEndReason reasonEnd = EpisodeEndReason::NotKnown;           ///< NotKnown: still open
    PlaceChangeReason reasonPlaceChange = PlaceChangeReason::NotKnown; ///< NotKnown: no move
    QString urn;
};

struct DemoAppointment
{
    qint64 id = 0;
    qint64 providerId = 0;
    QString clinician;
    QString venue;
    QDate date;
    int minuteOfDay = 9 * 60;
    AppointmentMode mode = AppointmentMode::FaceToFace;
    bool interpreterNeeded = false;
    QString interpreterLanguage;
    AppointmentOutcome outcome = AppointmentOutcome::Booked;
    QDate outcomeDate;
    QDate bookedOn;
    QString notes;
};

struct DemoPaperworkIssue
{
    qint64 id = 0;
    PaperworkProblem problem = PaperworkProblem::NotKnown;
    QString detail;
    QDate found;
    QDate returned;
    QDate resolved;
    QDate closed; ///< closed without being resolved (e.g. the child left care)
    QString closedReason;
};

struct DemoOoaChase
{
    qint64 id = 0;
    QDate date;
    QString chasedBy;
    QString response;
};

struct DemoOoaRequest
{
    qint64 id = 0;
    qint64 hostAuthorityId = 0;
    qint64 providerId = 0;
    QDate requested;
    int statedWaitWeeks = 0;
    QDate escalated;
    QDate resolved;
    QDate closed;
    QString closedReason;
    QString notes;
    QList<DemoOoaChase> chases;
};

/// An assessment as the product holds it, with what the demo makes alongside it.
struct DemoAssessment : AssessmentRecord
{
    PlacementType placementTypeAtDue = PlacementType::NotKnown; ///< derived, as locationAtDue
    QDate createdOn;
    QList<DemoAppointment> appointments;
    QList<DemoPaperworkIssue> paperworkIssues;
    QList<DemoOoaRequest> ooaRequests;
};

struct DemoChild
{
    qint64 id = 0;
    QString caseId;
    QString givenName;
    QString familyName;
    QDate dateOfBirth;
    Sex sex = Sex::NotKnown;
    QString ethnicity;
    QString upn;
    bool uasc = false;
    bool clinicalNeed = false;
    QDate createdOn;
    // derived columns, as the AssessmentScheduler works them out
    bool inCare = false;
    PlacementType currentPlacementType = PlacementType::NotKnown;
    PlacementLocation currentLocation = PlacementLocation::Unknown;
    std::optional<AssessmentKind> nextDueKind;
    QDate nextDue;

    QList<DemoNhsNumber> nhsNumbers;
    QList<DemoCarePeriod> periods;
    QList<DemoEpisode> episodes;
    QList<DemoAssessment> assessments;
};

} // namespace lac
