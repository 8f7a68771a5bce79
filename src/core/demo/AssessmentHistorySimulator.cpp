// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/AssessmentHistorySimulator.h"
#include "demo/AssessmentHistoryStory.h"

#include "demo/DemoNamePool.h"
#include "rules/ChildAge.h"
#include "rules/RhaDueRule.h"

#include <QHash>
#include <QMap>

namespace lac {

using namespace demostory;

AssessmentHistorySimulator::AssessmentHistorySimulator(const WorkingDayCalendar& calendar,
                                                       const AssessmentPolicy& policy,
                                                       const DemoReferenceData& reference,
                                                       QDate today)
    : m_calendar(calendar)
    , m_policy(policy)
    , m_scheduler(calendar, policy)
    , m_reference(reference)
    , m_today(today)
{}

QDate AssessmentHistorySimulator::workingDayOnOrAfter(QDate d) const
{
    return m_calendar.isWorkingDay(d) ? d : m_calendar.addWorkingDays(d, 1);
}

const DemoProvider& AssessmentHistorySimulator::providerFor(const DemoChild& child,
                                                            const PlannedAssessment& plan,
                                                            qint64* hostAuthority) const
{
    *hostAuthority = 0;
    if (plan.locationAtDue == PlacementLocation::OutOfArea) {
        const DemoEpisode* at = nullptr;
        for (const auto& e : child.episodes) {
            if (e.carePeriodId == plan.carePeriodId && (!at || e.start <= plan.due))
                at = &e;
        }
        if (at && at->hostAuthorityId) {
            *hostAuthority = at->hostAuthorityId;
            for (const auto& p : m_reference.providers) {
                if (p.authorityId == at->hostAuthorityId)
                    return p;
            }
        }
    }
    // Our own: community paediatrics does IHAs, the children in care health team RHAs.
    return m_reference.providers.at(plan.kind == AssessmentKind::Initial ? 0 : 1);
}

int AssessmentHistorySimulator::simulate(DemoDice& dice, DemoIds& ids, DemoChild& child,
                                         const QString& interpreterLanguage) const
{
    ChildFacts facts;
    facts.dateOfBirth = child.dateOfBirth;
    for (const auto& p : child.periods) {
        CarePeriodFacts f;
        f.id = p.id;
        f.start = p.start;
        f.end = p.end;
        f.startedInWindow = p.startedInWindow;
        for (const auto& e : child.episodes) {
            if (e.carePeriodId == p.id)
                f.placements << PlacementSpan{e.start, e.end, placementTypeCode(e.placementType),
                                              legalStatusCode(e.legalStatus), e.location};
        }
        facts.periods << f;
    }
    const RhaDueRule rhaRule(m_policy);
    QHash<qint64, qsizetype> rowOf;
    QHash<qint64, QDate> periodEnd;
    for (const auto& p : child.periods)
        periodEnd.insert(p.id, p.end);

    auto cutAt = [&](Timeline& t, QDate cut, bool leftCare) {
        DemoAssessment& a = t.row;
        if (a.requestedDate > cut)
            a.requestedDate = QDate();
        if (a.paperworkCompleteDate > cut)
            a.paperworkCompleteDate = QDate();
        bool issueOpen = false;
        QList<DemoPaperworkIssue> issues;
        for (auto issue : a.paperworkIssues) {
            if (issue.found > cut)
                continue;
            if (issue.returned > cut)
                issue.returned = QDate();
            if (issue.resolved > cut) {
                issue.resolved = QDate();
                issueOpen = true;
                if (leftCare) {
                    issue.closed = cut;
                    issue.closedReason = QStringLiteral("not required: the child left care");
                }
            }
            issues << issue;
        }
        a.paperworkIssues = issues;
        QList<DemoOoaRequest> requests;
        for (auto r : a.ooaRequests) {
            if (r.requested > cut)
                continue;
            QList<DemoOoaChase> chases;
            for (const auto& c : r.chases) {
                if (c.date <= cut)
                    chases << c;
            }
            r.chases = chases;
            if (r.escalated > cut)
                r.escalated = QDate();
            if (r.resolved > cut) {
                r.resolved = QDate();
                if (leftCare) {
                    r.closed = cut;
                    r.closedReason = QStringLiteral("not required: the child left care");
                }
            }
            requests << r;
        }
        a.ooaRequests = requests;
        QList<DemoAppointment> appointments;
        bool bookedAhead = false;
        for (auto ap : a.appointments) {
            if (ap.bookedOn > cut || (leftCare && ap.date > cut))
                continue;
            if (ap.date > cut) {
                ap.outcome = AppointmentOutcome::Booked;
                ap.outcomeDate = QDate();
                bookedAhead = true;
            } else if (ap.outcomeDate > cut) {
                ap.outcomeDate = cut;
            }
            appointments << ap;
        }
        a.appointments = appointments;
        a.completedDate = QDate();
        a.completedBy = Clinician::None;
        a.reportReceivedDate = QDate();
        if (!t.paperworkReceived.isValid() || t.paperworkReceived > cut ||
            !a.requestedDate.isValid())
            a.paperworkStatus = PaperworkStatus::Awaited;
        else if (issueOpen)
            a.paperworkStatus = PaperworkStatus::Incomplete;
        else
            a.paperworkStatus = a.paperworkCompleteDate.isValid() ? PaperworkStatus::Complete
                                                                  : PaperworkStatus::Awaited;
        a.status = bookedAhead                 ? AssessmentStatus::Booked
                   : a.requestedDate.isValid() ? AssessmentStatus::Requested
                                               : AssessmentStatus::Open;
        // A reason is recorded while waiting when it is already plain what the hold-up is.
        if (!leftCare && a.due < cut) {
            const PaperworkProblem last = a.paperworkIssues.isEmpty()
                                              ? PaperworkProblem::NotKnown
                                              : a.paperworkIssues.last().problem;
            const bool consent = last == PaperworkProblem::ConsentMissing ||
                                 last == PaperworkProblem::ConsentUnsigned;
            if (issueOpen)
                a.lateReasonCode = consent ? consentReason : paperworkReason;
            else if (!a.ooaRequests.isEmpty())
                a.lateReasonCode = ooaCapacity;
            else if (!a.appointments.isEmpty() &&
                     a.appointments.last().outcome != AppointmentOutcome::Booked)
                a.lateReasonCode = lateReasonForOutcome(a.appointments.last().outcome);
        }
    };

    auto complete = [&](Timeline& t, QDate on) {
        DemoAssessment& a = t.row;
        a.completedDate = on;
        a.completedBy = t.completedBy;
        a.paperworkStatus = PaperworkStatus::Complete;
        if (!a.paperworkCompleteDate.isValid() || a.paperworkCompleteDate > on)
            a.paperworkCompleteDate =
                qMin(on, t.paperworkReceived.isValid() ? t.paperworkReceived : on);
        a.status = AssessmentStatus::Completed;
        const int delay =
            QList<int>{dice.between(1, 10), dice.between(11, 30), dice.between(31, 75)}.at(
                dice.weighted({70, 25, 5}));
        const QDate report = on.addDays(delay);
        a.reportReceivedDate = report <= m_today ? report : QDate();
        if (a.kind == AssessmentKind::Initial && a.completedBy == Clinician::Nurse)
            a.doctorReview = (on.daysTo(m_today) < 60 || dice.chance(0.15)) ? DoctorReview::Pending
                                                                            : DoctorReview::Done;
        const QDate allowed =
            a.kind == AssessmentKind::Review ? a.due.addDays(m_policy.rhaToleranceDays) : a.due;
        if (on <= allowed) {
            a.lateReasonCode.clear();
            return;
        }
        QString reason;
        int most = 0;
        for (auto it = t.delayByCause.cbegin(); it != t.delayByCause.cend(); ++it) {
            if (it.value() > most) {
                most = it.value();
                reason = it.key();
            }
        }
        if (reason.isEmpty())
            reason = healthCapacity;
        // A move between request and appointment often restarts the booking.
        for (const auto& e : child.episodes) {
            if (e.carePeriodId == a.carePeriodId && a.requestedDate.isValid() &&
                e.start > a.requestedDate && e.start < on &&
                (e.rne == EpisodeReason::PlacementChange ||
                 e.rne == EpisodeReason::LegalStatusAndPlacement) &&
                dice.chance(0.35)) {
                reason = placementMoved;
                break;
            }
        }
        if (dice.chance(0.03))
            reason = QStringLiteral("unknown");
        a.lateReasonCode = reason;
        if (reason == ooaCapacity && !a.ooaRequests.isEmpty())
            a.lateReasonNote = QStringLiteral("Host provider's stated wait %1 weeks")
                                   .arg(a.ooaRequests.first().statedWaitWeeks);
    };

    // Completed on \a on, before the planned appointment (the child was about to leave).
    auto completeEarly = [&](Timeline& t, QDate on) {
        cutAt(t, on.addDays(-1), false);
        QList<DemoAppointment> kept;
        for (const auto& x : t.row.appointments) {
            if (x.date < on && x.outcome != AppointmentOutcome::Booked)
                kept << x;
        }
        const DemoProvider& own =
            m_reference.providers.at(t.row.kind == AssessmentKind::Initial ? 0 : 1);
        DemoAppointment ap;
        ap.id = DemoIds::next(ids.appointment);
        ap.providerId = own.id;
        const bool doctor = t.completedBy == Clinician::Doctor;
        ap.clinician = doctor ? dice.pick(own.doctors) : dice.pick(own.nurses);
        ap.venue = dice.pick(own.venues);
        ap.date = on;
        ap.bookedOn = qMax(t.row.clockStart, on.addDays(-dice.between(1, 7)));
        ap.interpreterNeeded = !interpreterLanguage.isEmpty();
        ap.interpreterLanguage = interpreterLanguage;
        ap.outcome = AppointmentOutcome::Attended;
        ap.outcomeDate = on;
        ap.notes = QStringLiteral("Brought forward before the child left care");
        kept << ap;
        t.row.appointments = kept;
        for (auto& r : t.row.ooaRequests) {
            if (!r.resolved.isValid())
                r.resolved = qMax(r.requested, ap.bookedOn);
        }
        for (auto& i : t.row.paperworkIssues) {
            if (!i.resolved.isValid())
                i.resolved = qMax(i.found, ap.bookedOn);
        }
        complete(t, on);
    };

    auto addHistoryRecord = [&](Timeline& t) {
        const qint64 id = DemoIds::next(ids.assessment);
        t.row.id = id;
        rowOf.insert(id, child.assessments.size());
        child.assessments << t.row;
        RecordedAssessment r;
        r.id = id;
        r.kind = t.row.kind;
        r.carePeriodId = t.row.carePeriodId;
        r.clockStart = t.row.clockStart;
        r.due = t.row.due;
        r.completed = t.row.completedDate;
        facts.assessments << r;
    };

    // Care that began before our data: the last review before the window is on record.
    for (const auto& p : child.periods) {
        if (p.startedInWindow)
            continue;
        const QDate windowStart = m_today.addYears(-3);
        QDate clock = windowStart.addDays(-dice.between(200, 500));
        if (clock < p.start.addDays(20))
            clock = p.start.addDays(20);
        PlannedAssessment plan;
        plan.kind = AssessmentKind::Review;
        plan.carePeriodId = p.id;
        plan.clockStart = clock;
        plan.due = rhaRule.nextDue(child.dateOfBirth, clock);
        for (const auto& f : facts.periods) {
            if (f.id == p.id) {
                const PlacementSpan* s = AssessmentScheduler::placementOn(f, plan.due);
                plan.locationAtDue = s ? s->location : PlacementLocation::Unknown;
            }
        }
        Timeline t = timeline(dice, ids, child, plan, interpreterLanguage);
        const QDate stop = qMin(m_today, p.end.isValid() ? p.end : m_today);
        if (t.completion > stop)
            completeEarly(t, stop);
        else
            complete(t, t.completion);
        addHistoryRecord(t);
    }

    ChildSchedule schedule;
    for (int round = 0; round < 200; ++round) {
        schedule = m_scheduler.plan(facts, m_today);
        bool added = false;
        for (const auto& plan : schedule.assessments) {
            if (plan.id != 0)
                continue;
            added = true;
            Timeline t;
            if (!plan.exemption.isEmpty()) {
                t.row.kind = plan.kind;
                t.row.carePeriodId = plan.carePeriodId;
                t.row.clockStart = plan.clockStart;
                t.row.due = plan.due;
                t.row.createdOn = plan.clockStart;
                t.row.status = AssessmentStatus::NotRequired;
                addHistoryRecord(t);
                continue;
            }
            t = timeline(dice, ids, child, plan, interpreterLanguage);
            const QDate end = periodEnd.value(plan.carePeriodId);
            if (end.isValid() && t.completion > end) {
                if (end < plan.due) {
                    cutAt(t, end, true); // left care before it was due: not required
                } else {
                    // Done just before the child left, after the last attempt so far.
                    QDate on = end;
                    while (on > plan.clockStart && !m_calendar.isWorkingDay(on))
                        on = on.addDays(-1);
                    completeEarly(t, on);
                }
            } else if (t.completion > m_today) {
                cutAt(t, m_today, false);
            } else {
                complete(t, t.completion);
            }
            addHistoryRecord(t);
        }
        if (!added)
            break;
    }

    // The final plan is what the due-date service will derive: store exactly that.
    for (const auto& plan : schedule.assessments) {
        DemoAssessment& a = child.assessments[rowOf.value(plan.id)];
        a.clockStart = plan.clockStart;
        a.due = plan.due;
        a.requestDue = plan.requestDue;
        a.exemption = plan.exemption;
        a.locationAtDue = plan.locationAtDue;
        a.placementTypeAtDue = placementTypeFromCode(plan.placementTypeAtDue);
        if (!a.completedDate.isValid() && !a.exemption.isEmpty()) {
            a.status = AssessmentStatus::NotRequired;
            a.lateReasonCode.clear();
            for (auto& ap : a.appointments) {
                if (ap.outcome == AppointmentOutcome::Booked) {
                    ap.outcome = AppointmentOutcome::CancelledByHealth;
                    ap.outcomeDate = qMax(ap.bookedOn, qMin(ap.date, m_today));
                    ap.notes = QStringLiteral("Not required: the child left care");
                }
            }
        }
    }
    for (const auto& e : schedule.entries) {
        for (auto& p : child.periods) {
            if (p.id == e.carePeriodId) {
                p.entryPlacementType = placementTypeFromCode(e.placementType);
                p.entryLocation = e.location;
            }
        }
    }
    child.inCare = schedule.inCare;
    child.currentPlacementType = placementTypeFromCode(schedule.currentPlacementType);
    child.currentLocation = schedule.currentLocation;
    child.nextDueKind = schedule.nextDueKind;
    child.nextDue = schedule.nextDue;
    return int(schedule.superseded.size());
}

} // namespace lac