// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QJsonObject>
#include <QString>

namespace lac {

/// What another authority asks the host team for: mostly review assessments; an initial one
/// only when the responsible authority asks for it.
enum class IncomingKind
{
    Rha,
    Iha,
};

/// Whose move an incoming request waits on. The host team's clock runs only from Book on: while
/// the requester's paperwork is wrong or missing the wait is theirs.
enum class IncomingStage
{
    Requester,    ///< received, not yet complete: the requesting authority's paperwork
    ToBook,       ///< complete: the host team books the assessment
    Booked,       ///< booked (possibly for a later day): the appointment is awaited
    ReportToSend, ///< done: the report and health plan go back to the requester
    Finished,     ///< report sent
    Withdrawn,    ///< the requester withdrew it, or the child moved on before it was done
};

/// Whose delay made a request miss the requester's statutory due date (or the host's own
/// target when the requester gave none), in the DelayOwner vocabulary the own children's
/// out-of-area log uses: the requester's social care, or this team as the host area's health.
enum class IncomingDelay
{
    None,
    RequesterPaperwork, ///< it came complete too late for the host target to meet their date
    HostCapacity,       ///< the host team took longer than its own target from a complete request
};

/// A child placed in this area by another (responsible) authority: the host team's caseload.
/// Identified as the requester identifies them (their case ID, NHS number); linked to a child
/// of our own when the same child is (or later comes) into our own care, so that one child is
/// one child and is never counted twice.
struct HostChild
{
    qint64 id = 0;
    QString authorityCode; ///< ONS GSS code of the responsible authority (RequestingAuthorities)
    QString theirCaseId;
    QString nhsNumber; ///< 10 digits, or empty while not known
    QString givenName;
    QString familyName;
    QDate dateOfBirth;
    QString placementArea; ///< postcode district of the placement, e.g. "NR3"
    QDate placedFrom;      ///< the day the placement in this area began
    QDate placedTo;        ///< the day it ended (invalid while placed here)
    qint64 ownChildId = 0; ///< the same child in our own records, 0 when not
    QString notes;
    int version = 0;

    QString name() const { return (givenName + QLatin1Char(' ') + familyName).trimmed(); }
    QJsonObject toJson() const;
};

/// One request for an assessment from the responsible authority, from its receipt to the
/// report sent back and the invoice paid (NHS "Who Pays?": the originating commissioner).
/// Every step is a date, invalid while not taken; IncomingClock reads them.
struct IncomingRequest
{
    qint64 id = 0;
    qint64 hostChildId = 0;
    IncomingKind kind = IncomingKind::Rha;
    QString requesterContact; ///< their social worker or business support, and how to reach them
    QDate received;
    QDate complete;     ///< the paperwork complete and right: the host clock starts here
    QDate requesterDue; ///< the requester's statutory due date, as they gave it
    QDate booked;       ///< the appointment day (may be ahead of today)
    QDate done;
    QDate reportSent;
    QString commissioner; ///< who is invoiced (the originating ICB)
    QDate invoiceRaised;
    QDate invoicePaid;
    QDate withdrawn;
    QString notes;
    int version = 0;

    QJsonObject toJson() const;
};

/// What was wrong with an incoming request's paperwork, sent back to the requester: the same
/// problems (CodeList::paperworkProblems) as the paperwork log of our own requests.
struct IncomingPaperworkIssue
{
    qint64 id = 0;
    qint64 requestId = 0;
    QString problem;
    QString detail;
    QDate found;
    QDate returned; ///< sent back to the requester
    QDate resolved; ///< came back right
};

/// One chase of the requester (for paperwork, a consent, a contact).
struct IncomingChase
{
    qint64 id = 0;
    qint64 requestId = 0;
    QDate date;
    QString chasedBy;
    QString response;
};

/// A request with its child, as the lists read it.
struct IncomingRequestRow
{
    HostChild child;
    IncomingRequest request;
    int openIssues = 0;
    int chases = 0;
    QDate lastChased;
    QString ownCaseId; ///< our case ID when the child is also ours, read with the row
};

/// One of our own children in care on a day, as the caseload split needs them: to count them,
/// and to know a child placed here by another authority who is also ours.
struct OwnChildInCare
{
    qint64 id = 0;
    QString nhsNumber; ///< the current number, or empty
};

} // namespace lac
