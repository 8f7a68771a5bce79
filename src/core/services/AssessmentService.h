// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "domain/AppointmentRecord.h"
#include "domain/AssessmentRecord.h"
#include "security/Permission.h"
#include "services/CaseContext.h"
#include "services/DueDateChanges.h"

#include <QCoreApplication>
#include <QList>

namespace lac {

/// The lifecycle of one assessment, each step validated before anything is written:
/// request sent -> paperwork accepted (or an issue logged, see PaperworkService) -> booked ->
/// outcome (attended and completed, or not: then rebooked, every attempt kept) -> report
/// received -> doctor review of a nurse-led IHA. An assessment completed after its due date is
/// refused without a late reason: that rule lives here, not in a dialog.
class AssessmentService
{
    Q_DECLARE_TR_FUNCTIONS(lac::AssessmentService)

public:
    /// What happened at a booked appointment.
    struct Outcome
    {
        qint64 appointmentId = 0;
        int appointmentVersion = 0;
        int assessmentVersion = 0;
        QString outcome; ///< CodeList::appointmentOutcomes() except "booked"
        QDate date;      ///< the day it happened (the completion date when attended)
        Clinician completedBy = Clinician::None; ///< who did it, when attended
        QString lateReasonCode;                  ///< required when attended after the due date
        QString lateReasonNote;
        QString notes;
    };

    /// An appointment moved to another time or place before it happened, by agreement: not a
    /// cancellation, so it never counts in the missed-appointment figures.
    struct Move
    {
        qint64 assessmentId = 0;
        int assessmentVersion = 0;
        qint64 appointmentId = 0; ///< the booking being moved (it must still be "booked")
        int appointmentVersion = 0;
        AppointmentRecord booking; ///< the new time and place
        QString reason;            ///< who asked and why; kept in the old booking's notes
    };

    explicit AssessmentService(const CaseContext& context);

    Result<AssessmentRecord> assessment(qint64 id) const;
    Result<QList<AssessmentRecord>> forChild(qint64 childId) const;
    Result<QList<AppointmentRecord>> appointments(qint64 assessmentId) const;
    Result<AppointmentRecord> appointment(qint64 id) const;
    /// What earlier bookings used, for suggestions as the user types.
    Result<BookingSuggestions> bookingSuggestions() const;

    /// True if completing on \a completed would be late (so a late reason is needed).
    bool wouldBeLate(const AssessmentRecord& a, QDate completed) const;

    Status recordRequestSent(qint64 assessmentId, int version, QDate sent) const;
    Status acceptPaperwork(qint64 assessmentId, int version, QDate checked) const;
    /// Books (or rebooks) an appointment; returns its id.
    Result<qint64> book(qint64 assessmentId, int version, const AppointmentRecord& booking) const;
    /// Moves a booked appointment: the old booking is kept as "moved to another time" and the
    /// new one booked, in one transaction; returns the new booking's id.
    Result<qint64> reschedule(const Move& move) const;
    /// Records an outcome; when attended the assessment is completed and the next review is
    /// scheduled (the returned changes say how).
    Result<DueDateChanges> recordOutcome(const Outcome& outcome) const;
    Status recordReportReceived(qint64 assessmentId, int version, QDate received) const;
    Status recordDoctorReview(qint64 assessmentId, int version) const;
    /// Gives the late reason of an assessment already completed late.
    Status setLateReason(qint64 assessmentId, int version, const QString& code,
                         const QString& note) const;

private:
    /// The stored assessment, for a change by a user allowed \a permission who opened it at
    /// \a version (the save is refused if someone else saved since).
    Result<AssessmentRecord> forChange(qint64 assessmentId, int version,
                                       Permission permission) const;
    /// What every booking must have (provider, mode, time, venue, interpreter language).
    Status checkBooking(const AssessmentRecord& a, const AppointmentRecord& booking) const;
    Status checkLateReason(const AssessmentRecord& a, QDate completed, const QString& code) const;
    Status save(const AssessmentRecord& before, const AssessmentRecord& after,
                const QString& summary) const;
    const CaseContext& m_ctx;
};

} // namespace lac
