// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/AssessmentKind.h"
#include "domain/CaseCodes.h"
#include "domain/PlacementLocation.h"

#include <QDate>
#include <QJsonObject>
#include <QString>

namespace lac {

/// One statutory assessment (IHA or RHA) and where it has got to. The clock, due dates and
/// exemption are the due-date service's; the lifecycle fields are the health admin's. Codes are
/// held as enums: the repository reads and writes their text, nothing else sees it.
struct AssessmentRecord
{
    qint64 id = 0;
    qint64 childId = 0;
    qint64 carePeriodId = 0;
    AssessmentKind kind = AssessmentKind::Initial;
    QDate clockStart;
    QDate due;
    QDate requestDue;
    QDate requestedDate;
    PaperworkStatus paperworkStatus = PaperworkStatus::Awaited;
    QDate paperworkCompleteDate;
    AssessmentStatus status = AssessmentStatus::Open;
    QString exemption; ///< the scheduler's key, "" when required
    QDate completedDate;
    Clinician completedBy = Clinician::None;
    QDate reportReceivedDate;
    DoctorReview doctorReview = DoctorReview::NotNeeded;
    QString lateReasonCode; ///< from the editable list of late reasons
    QString lateReasonNote;
    PlacementLocation locationAtDue = PlacementLocation::Unknown;
    QString notes;
    bool closed = false;
    int version = 0;

    bool isIha() const { return kind == AssessmentKind::Initial; }
    /// "IHA" or "RHA": the name people use, in messages and audit text.
    QString kindName() const { return assessmentKindCode(kind); }
    bool isOutstanding() const
    {
        return !closed && !completedDate.isValid() && status != AssessmentStatus::NotRequired;
    }
    QJsonObject toJson() const
    {
        const auto d = [](QDate x) { return x.toString(Qt::ISODate); };
        return {{QStringLiteral("requested_date"), d(requestedDate)},
                {QStringLiteral("paperwork_status"), paperworkStatusCode(paperworkStatus)},
                {QStringLiteral("paperwork_complete_date"), d(paperworkCompleteDate)},
                {QStringLiteral("status"), assessmentStatusCode(status)},
                {QStringLiteral("completed_date"), d(completedDate)},
                {QStringLiteral("completed_by"), clinicianCode(completedBy)},
                {QStringLiteral("report_received_date"), d(reportReceivedDate)},
                {QStringLiteral("doctor_review"), doctorReviewCode(doctorReview)},
                {QStringLiteral("late_reason_code"), lateReasonCode},
                {QStringLiteral("late_reason_note"), lateReasonNote},
                {QStringLiteral("notes"), notes}};
    }
};

} // namespace lac
