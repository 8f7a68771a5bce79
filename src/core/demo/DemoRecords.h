// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/AssessmentKind.h"
#include "domain/PlacementLocation.h"

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
    QString endReason; ///< SSDA903 REC code
};

struct DemoEpisode
{
    qint64 id = 0;
    qint64 carePeriodId = 0;
    QDate start;
    QDate end;
    QString rne;
    QString legalStatus;
    QString cin;
    QString placementType;
    QString placementProvider; ///< PR0-PR5
    PlacementLocation location = PlacementLocation::Unknown;
    qint64 hostAuthorityId = 0; ///< 0 in area
    QString postcode;
    QString reasonEnd;
    QString reasonPlaceChange;
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
    QString mode = QStringLiteral("face_to_face");
    bool interpreterNeeded = false;
    QString interpreterLanguage;
    QString outcome = QStringLiteral("booked");
    QDate outcomeDate;
    QDate bookedOn;
    QString notes;
};

struct DemoPaperworkIssue
{
    qint64 id = 0;
    QString problem;
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

struct DemoAssessment
{
    qint64 id = 0;
    qint64 carePeriodId = 0;
    AssessmentKind kind = AssessmentKind::Initial;
    QDate clockStart;
    QDate due;
    QDate requestDue;
    QDate requested;
    QString paperworkStatus = QStringLiteral("awaited");
    QDate paperworkComplete;
    QString status = QStringLiteral("open");
    QString exemption;
    QDate completed;
    QString completedBy;
    QDate reportReceived;
    QString doctorReview = QStringLiteral("not_needed");
    QString lateReason;
    QString lateReasonNote;
    PlacementLocation locationAtDue = PlacementLocation::Unknown;
    QString notes;
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
    QString sex;
    QString ethnicity;
    QString upn;
    bool uasc = false;
    bool clinicalNeed = false;
    QDate createdOn;
    // derived columns, as the AssessmentScheduler works them out
    bool inCare = false;
    QString currentPlacementType;
    PlacementLocation currentLocation = PlacementLocation::Unknown;
    std::optional<AssessmentKind> nextDueKind;
    QDate nextDue;

    QList<DemoNhsNumber> nhsNumbers;
    QList<DemoCarePeriod> periods;
    QList<DemoEpisode> episodes;
    QList<DemoAssessment> assessments;
};

} // namespace lac
