// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The first half of the demo's assessment history: one assessment's whole story (request,
// paperwork, bookings, delays and completion) before it is cut at today. The second half,
// which cuts it and writes the rows, is AssessmentHistorySimulator.cpp.
#include "demo/AssessmentHistorySimulator.h"
#include "demo/AssessmentHistoryStory.h"

#include "demo/DemoNamePool.h"
#include "rules/ChildAge.h"
#include "rules/RhaDueRule.h"

#include <QHash>
#include <QMap>

namespace lac {

using namespace demostory;

AssessmentHistorySimulator::Timeline
AssessmentHistorySimulator::timeline(DemoDice& dice, DemoIds& ids, const DemoChild& child,
                                     const PlannedAssessment& plan,
                                     const QString& interpreterLanguage) const
{
    const bool iha = plan.kind == AssessmentKind::Initial;
    const int age = qMax(0, ChildAge::yearsOn(child.dateOfBirth, plan.due));
    Timeline t;
    DemoAssessment& a = t.row;
    a.kind = plan.kind;
    a.carePeriodId = plan.carePeriodId;
    a.clockStart = plan.clockStart;
    a.due = plan.due;
    a.requestDue = plan.requestDue;
    a.locationAtDue = plan.locationAtDue;
    a.createdOn = plan.clockStart;

    // 1. Social care sends the request (IHA: within 5 working days is the local standard).
    QDate requested;
    if (iha) {
        const int lag =
            QList<int>{dice.between(1, 4), 5, dice.between(6, 12), dice.between(13, 35)}.at(
                dice.weighted({76, 12, 8, 4}));
        requested = m_calendar.addWorkingDays(plan.clockStart, lag);
        if (plan.requestDue.isValid() && requested > plan.requestDue)
            t.delayByCause[lateNotification] += int(plan.requestDue.daysTo(requested));
    } else {
        requested = plan.due.addDays(-dice.between(40, 70));
        if (dice.chance(0.04)) {
            requested = plan.due.addDays(dice.between(-20, 10));
            t.delayByCause[lateNotification] += int(plan.due.addDays(-40).daysTo(requested));
        }
        requested = qMax(requested, plan.clockStart.addDays(1));
        requested = workingDayOnOrAfter(requested);
    }
    a.requestedDate = requested;

    // 2. Paperwork: sometimes awaited after the request, sometimes wrong and sent back.
    t.paperworkReceived =
        dice.chance(iha ? 0.8 : 0.9) ? requested : requested.addDays(dice.between(1, 7));
    t.delayByCause[paperworkReason] += int(requested.daysTo(t.paperworkReceived));
    QDate complete = t.paperworkReceived;
    if (dice.chance(iha ? 0.22 : 0.08)) {
        const int issues = dice.chance(0.15) ? 2 : 1;
        for (int i = 0; i < issues; ++i) {
            const IssueKind& k = issueKinds[dice.weighted({22, 15, 18, 10, 8, 7, 12, 8})];
            DemoPaperworkIssue issue;
            issue.id = DemoIds::next(ids.paperworkIssue);
            issue.problem = k.problem;
            issue.detail = QString::fromLatin1(k.detail);
            issue.found = workingDayOnOrAfter(complete.addDays(dice.between(0, 2)));
            issue.returned =
                dice.chance(0.85) ? issue.found : issue.found.addDays(dice.between(1, 3));
            const int fix =
                QList<int>{dice.between(2, 10), dice.between(11, 35), dice.between(36, 150)}.at(
                    dice.weighted({55, 30, 15}));
            issue.resolved = issue.found.addDays(fix);
            t.delayByCause[k.consent ? consentReason : paperworkReason] += fix;
            complete = issue.resolved;
            a.paperworkIssues << issue;
        }
    }
    a.paperworkCompleteDate = complete;

    // 3. Booking: in area with our own clinic, out of area through the host's provider.
    qint64 host = 0;
    const DemoProvider& provider = providerFor(child, plan, &host);
    const QDate bookingFrom = workingDayOnOrAfter(complete.addDays(dice.between(0, 2)));
    QDate first;
    QDate bookedOn = bookingFrom;
    if (host) {
        DemoOoaRequest r;
        r.id = DemoIds::next(ids.ooaRequest);
        r.hostAuthorityId = host;
        r.providerId = provider.id;
        r.requested = bookingFrom;
        r.statedWaitWeeks = dice.between(4, 14);
        // Some hosts see looked-after children faster than their stated wait.
        const bool fast = dice.chance(iha ? 0.3 : 0.4);
        const int wait =
            fast ? dice.between(8, 24) : int(r.statedWaitWeeks * 7 * dice.real(0.7, 1.15));
        first = bookingFrom.addDays(wait);
        if (!iha)
            first = qMax(first, plan.due.addDays(-dice.between(0, 30)));
        first = workingDayOnOrAfter(first);
        bookedOn = qMax(r.requested.addDays(1), first.addDays(-dice.between(7, 21)));
        r.resolved = bookedOn;
        r.notes = QStringLiteral("Stated wait %1 weeks").arg(r.statedWaitWeeks);
        if (r.requested.daysTo(r.resolved) > 49 && dice.chance(0.5))
            r.escalated = r.requested.addDays(dice.between(35, 49));
        static const QStringList responses = {
            QStringLiteral("Referral received, awaiting triage"),
            QStringLiteral("On the waiting list, no date yet"),
            QStringLiteral("Clinic full this month"),
            QStringLiteral("Waiting for a doctor's slot"),
            QStringLiteral("No reply; left a message"),
            QStringLiteral("Will offer the next cancellation"),
        };
        const QString chaser = DemoNamePool::staffName(dice);
        for (QDate c = r.requested.addDays(dice.between(10, 21));;
             c = c.addDays(dice.between(10, 21))) {
            c = workingDayOnOrAfter(c);
            if (c >= r.resolved)
                break;
            r.chases << DemoOoaChase{DemoIds::next(ids.ooaChase), c, chaser, dice.pick(responses)};
        }
        a.ooaRequests << r;
        t.delayByCause[ooaCapacity] += qMax(0, int(bookingFrom.addDays(14).daysTo(first)));
    } else if (iha) {
        const int wait =
            QList<int>{dice.between(3, 10), dice.between(11, 18), dice.between(19, 35)}.at(
                dice.weighted({80, 14, 6}));
        first = m_calendar.addWorkingDays(bookingFrom, wait);
        t.delayByCause[healthCapacity] +=
            qMax(0, int(m_calendar.addWorkingDays(bookingFrom, 10).daysTo(first)));
    } else {
        first = qMax(m_calendar.addWorkingDays(bookingFrom, dice.between(3, 12)),
                     plan.due.addDays(-dice.between(7, 40)));
        if (dice.chance(0.07)) {
            const int extra = dice.between(10, 40);
            first = first.addDays(extra);
            t.delayByCause[healthCapacity] += extra;
        }
        first = workingDayOnOrAfter(first);
    }
    if (!interpreterLanguage.isEmpty() && dice.chance(0.3)) {
        const int extra = dice.between(3, 14);
        first = workingDayOnOrAfter(first.addDays(extra));
        t.delayByCause[interpreterReason] += extra;
    }

    // 4. Appointments: attended, or missed and rebooked; every attempt is kept.
    Clinician completedBy = Clinician::None;
    if (iha)
        completedBy = dice.chance(0.9) ? Clinician::Doctor : Clinician::Nurse;
    else if (child.sex == Sex::Female && age >= 14 && dice.chance(0.04))
        completedBy = Clinician::Midwife;
    else
        completedBy = dice.chance(0.87) ? Clinician::Nurse : Clinician::Doctor;
    AppointmentMode mode = AppointmentMode::FaceToFace;
    if (iha ? dice.chance(0.04) : dice.chance(0.08))
        mode = AppointmentMode::Virtual;
    else if (!iha && age >= 10 && dice.chance(0.08))
        mode = AppointmentMode::Questionnaire;

    const QString venue =
        mode == AppointmentMode::FaceToFace
            ? dice.pick(provider.venues)
            : (mode == AppointmentMode::Virtual ? QStringLiteral("Video call")
                                                : QStringLiteral("Postal questionnaire"));
    QDate date = first;
    int failed = 0;
    for (int attempt = 0;; ++attempt) {
        DemoAppointment ap;
        ap.id = DemoIds::next(ids.appointment);
        ap.providerId = provider.id;
        ap.date = date;
        ap.minuteOfDay = 9 * 60 + 30 * dice.between(0, 14);
        ap.bookedOn = bookedOn;
        ap.mode = mode;
        ap.venue = venue;
        ap.interpreterNeeded = !interpreterLanguage.isEmpty();
        ap.interpreterLanguage = interpreterLanguage;
        const bool byDoctor = iha ? (attempt == 0 || completedBy == Clinician::Doctor)
                                  : completedBy == Clinician::Doctor;
        ap.clinician = byDoctor || provider.nurses.isEmpty() ? dice.pick(provider.doctors)
                                                             : dice.pick(provider.nurses);
        AppointmentOutcome outcome = AppointmentOutcome::Attended;
        if (attempt < 4) {
            const double declined = age >= 12 ? (iha ? 3 : 5) : 0.5;
            using O = AppointmentOutcome;
            outcome = QList<O>{O::Attended,          O::WasNotBrought, O::CancelledByCarer,
                               O::CancelledByHealth, O::Declined,      O::CancelledByChild}
                          .at(dice.weighted({88, iha ? 4.0 : 5.0, iha ? 3.0 : 4.0, iha ? 3.0 : 2.5,
                                             declined, 0.7}));
        }
        ap.outcome = outcome;
        if (outcome == AppointmentOutcome::Attended) {
            if (failed >= 2 && age >= 12 && dice.chance(0.5)) {
                ap.mode = AppointmentMode::Virtual;
                ap.venue = QStringLiteral("Video call");
                t.delayByCause[hardToEngage] += 30;
            }
            ap.clinician = completedBy == Clinician::Doctor || provider.nurses.isEmpty()
                               ? dice.pick(provider.doctors)
                               : dice.pick(provider.nurses);
            ap.outcomeDate = date;
            a.appointments << ap;
            break;
        }
        ++failed;
        const bool cancelled = outcome == AppointmentOutcome::CancelledByCarer ||
                               outcome == AppointmentOutcome::CancelledByHealth ||
                               outcome == AppointmentOutcome::CancelledByChild;
        ap.outcomeDate = cancelled ? qMax(bookedOn, date.addDays(-dice.between(0, 5))) : date;
        a.appointments << ap;
        const QDate next =
            workingDayOnOrAfter(date.addDays(host ? dice.between(14, 42) : dice.between(7, 28)));
        t.delayByCause[lateReasonForOutcome(outcome)] += int(date.daysTo(next));
        bookedOn = ap.outcomeDate;
        date = next;
    }
    t.completion = date;
    t.completedBy = completedBy;
    return t;
}

} // namespace lac
