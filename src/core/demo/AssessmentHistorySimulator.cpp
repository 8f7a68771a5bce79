// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/AssessmentHistorySimulator.h"

#include "demo/DemoNamePool.h"
#include "rules/ChildAge.h"
#include "rules/RhaDueRule.h"

#include <QHash>
#include <QMap>

namespace lac {
namespace {

const QString lateNotification = QStringLiteral("late_notification");
const QString paperworkReason = QStringLiteral("paperwork");
const QString consentReason = QStringLiteral("consent");
const QString ooaCapacity = QStringLiteral("ooa_capacity");
const QString healthCapacity = QStringLiteral("health_capacity");
const QString interpreterReason = QStringLiteral("interpreter_uasc");
const QString hardToEngage = QStringLiteral("hard_to_engage");
const QString placementMoved = QStringLiteral("placement_moved");
const QString attended = QStringLiteral("attended");
const QString booked = QStringLiteral("booked");

QString lateReasonForOutcome(const QString& outcome)
{
    if (outcome == QLatin1String("cancelled_by_child") || outcome == QLatin1String("declined"))
        return QStringLiteral("child_declined");
    return outcome; // was_not_brought, cancelled_by_carer, cancelled_by_health
}

struct IssueKind
{
    const char* problem;
    const char* detail;
    bool consent;
};

constexpr IssueKind issueKinds[] = {
    {"consent_missing", "Consent form not sent with the request", true},
    {"consent_unsigned", "Consent form not signed", true},
    {"part_a_incomplete", "Part A: health and birth history sections blank", false},
    {"part_a_incomplete", "Part A: wrong form for the child's age (IHA-C / IHA-YP)", false},
    {"referral_missing", "Referral form missing", false},
    {"nhs_number_wrong", "NHS number on the referral does not match the child's record", false},
    {"placement_details_missing", "Carer's address and telephone number missing", false},
    {"other", "Social worker's details missing", false},
};

} // namespace

/// One assessment's full story, before it is cut at today (or at the end of care).
struct AssessmentHistorySimulator::Timeline
{
    DemoAssessment row;
    QDate paperworkReceived;
    QDate completion;                ///< the attended appointment
    QMap<QString, int> delayByCause; ///< days each cause added
    QString completedBy;
    QString finalMode;
};

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
    a.requested = requested;

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
            issue.problem = QString::fromLatin1(k.problem);
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
    a.paperworkComplete = complete;

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
    QString completedBy;
    if (iha)
        completedBy = dice.chance(0.9) ? QStringLiteral("doctor") : QStringLiteral("nurse");
    else if (child.sex == QLatin1String("F") && age >= 14 && dice.chance(0.04))
        completedBy = QStringLiteral("midwife");
    else
        completedBy = dice.chance(0.87) ? QStringLiteral("nurse") : QStringLiteral("doctor");
    QString mode = QStringLiteral("face_to_face");
    if (iha ? dice.chance(0.04) : dice.chance(0.08))
        mode = QStringLiteral("virtual");
    else if (!iha && age >= 10 && dice.chance(0.08))
        mode = QStringLiteral("questionnaire");

    const QString venue =
        mode == QLatin1String("face_to_face")
            ? dice.pick(provider.venues)
            : (mode == QLatin1String("virtual") ? QStringLiteral("Video call")
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
        const bool byDoctor = iha ? (attempt == 0 || completedBy == QLatin1String("doctor"))
                                  : completedBy == QLatin1String("doctor");
        ap.clinician = byDoctor || provider.nurses.isEmpty() ? dice.pick(provider.doctors)
                                                             : dice.pick(provider.nurses);
        QString outcome = attended;
        if (attempt < 4) {
            const double declined = age >= 12 ? (iha ? 3 : 5) : 0.5;
            outcome = QStringList{attended,
                                  QStringLiteral("was_not_brought"),
                                  QStringLiteral("cancelled_by_carer"),
                                  QStringLiteral("cancelled_by_health"),
                                  QStringLiteral("declined"),
                                  QStringLiteral("cancelled_by_child")}
                          .at(dice.weighted({88, iha ? 4.0 : 5.0, iha ? 3.0 : 4.0, iha ? 3.0 : 2.5,
                                             declined, 0.7}));
        }
        ap.outcome = outcome;
        if (outcome == attended) {
            if (failed >= 2 && age >= 12 && dice.chance(0.5)) {
                ap.mode = QStringLiteral("virtual");
                ap.venue = QStringLiteral("Video call");
                t.delayByCause[hardToEngage] += 30;
            }
            ap.clinician = completedBy == QLatin1String("doctor") || provider.nurses.isEmpty()
                               ? dice.pick(provider.doctors)
                               : dice.pick(provider.nurses);
            ap.outcomeDate = date;
            a.appointments << ap;
            break;
        }
        ++failed;
        const bool cancelled = outcome.startsWith(QLatin1String("cancelled"));
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
                f.placements << PlacementSpan{e.start, e.end, e.placementType, e.legalStatus,
                                              e.location};
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
        if (a.requested > cut)
            a.requested = QDate();
        if (a.paperworkComplete > cut)
            a.paperworkComplete = QDate();
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
                ap.outcome = booked;
                ap.outcomeDate = QDate();
                bookedAhead = true;
            } else if (ap.outcomeDate > cut) {
                ap.outcomeDate = cut;
            }
            appointments << ap;
        }
        a.appointments = appointments;
        a.completed = QDate();
        a.completedBy.clear();
        a.reportReceived = QDate();
        if (!t.paperworkReceived.isValid() || t.paperworkReceived > cut || !a.requested.isValid())
            a.paperworkStatus = QStringLiteral("awaited");
        else if (issueOpen)
            a.paperworkStatus = QStringLiteral("incomplete");
        else
            a.paperworkStatus = a.paperworkComplete.isValid() ? QStringLiteral("complete")
                                                              : QStringLiteral("awaited");
        a.status = bookedAhead             ? QStringLiteral("booked")
                   : a.requested.isValid() ? QStringLiteral("requested")
                                           : QStringLiteral("open");
        // A reason is recorded while waiting when it is already plain what the hold-up is.
        if (!leftCare && a.due < cut) {
            if (issueOpen)
                a.lateReason = a.paperworkIssues.last().problem.startsWith(QLatin1String("consent"))
                                   ? consentReason
                                   : paperworkReason;
            else if (!a.ooaRequests.isEmpty())
                a.lateReason = ooaCapacity;
            else if (!a.appointments.isEmpty() && a.appointments.last().outcome != booked)
                a.lateReason = lateReasonForOutcome(a.appointments.last().outcome);
        }
    };

    auto complete = [&](Timeline& t, QDate on) {
        DemoAssessment& a = t.row;
        a.completed = on;
        a.completedBy = t.completedBy;
        a.paperworkStatus = QStringLiteral("complete");
        if (!a.paperworkComplete.isValid() || a.paperworkComplete > on)
            a.paperworkComplete =
                qMin(on, t.paperworkReceived.isValid() ? t.paperworkReceived : on);
        a.status = QStringLiteral("completed");
        const int delay =
            QList<int>{dice.between(1, 10), dice.between(11, 30), dice.between(31, 75)}.at(
                dice.weighted({70, 25, 5}));
        const QDate report = on.addDays(delay);
        a.reportReceived = report <= m_today ? report : QDate();
        if (a.kind == AssessmentKind::Initial && a.completedBy == QLatin1String("nurse"))
            a.doctorReview = (on.daysTo(m_today) < 60 || dice.chance(0.15))
                                 ? QStringLiteral("pending")
                                 : QStringLiteral("done");
        const QDate allowed =
            a.kind == AssessmentKind::Review ? a.due.addDays(m_policy.rhaToleranceDays) : a.due;
        if (on <= allowed) {
            a.lateReason.clear();
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
            if (e.carePeriodId == a.carePeriodId && a.requested.isValid() &&
                e.start > a.requested && e.start < on &&
                (e.rne == QLatin1String("P") || e.rne == QLatin1String("B")) && dice.chance(0.35)) {
                reason = placementMoved;
                break;
            }
        }
        if (dice.chance(0.03))
            reason = QStringLiteral("unknown");
        a.lateReason = reason;
        if (reason == ooaCapacity && !a.ooaRequests.isEmpty())
            a.lateReasonNote = QStringLiteral("Host provider's stated wait %1 weeks")
                                   .arg(a.ooaRequests.first().statedWaitWeeks);
    };

    // Completed on \a on, before the planned appointment (the child was about to leave).
    auto completeEarly = [&](Timeline& t, QDate on) {
        cutAt(t, on.addDays(-1), false);
        QList<DemoAppointment> kept;
        for (const auto& x : t.row.appointments) {
            if (x.date < on && x.outcome != booked)
                kept << x;
        }
        const DemoProvider& own =
            m_reference.providers.at(t.row.kind == AssessmentKind::Initial ? 0 : 1);
        DemoAppointment ap;
        ap.id = DemoIds::next(ids.appointment);
        ap.providerId = own.id;
        const bool doctor = t.completedBy == QLatin1String("doctor");
        ap.clinician = doctor ? dice.pick(own.doctors) : dice.pick(own.nurses);
        ap.venue = dice.pick(own.venues);
        ap.date = on;
        ap.bookedOn = qMax(t.row.clockStart, on.addDays(-dice.between(1, 7)));
        ap.interpreterNeeded = !interpreterLanguage.isEmpty();
        ap.interpreterLanguage = interpreterLanguage;
        ap.outcome = attended;
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
        r.completed = t.row.completed;
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
                t.row.status = QStringLiteral("not_required");
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
        if (!a.completed.isValid() && !a.exemption.isEmpty()) {
            a.status = QStringLiteral("not_required");
            a.lateReason.clear();
            for (auto& ap : a.appointments) {
                if (ap.outcome == booked) {
                    ap.outcome = QStringLiteral("cancelled_by_health");
                    ap.outcomeDate = qMax(ap.bookedOn, qMin(ap.date, m_today));
                    ap.notes = QStringLiteral("Not required: the child left care");
                }
            }
        }
    }
    child.inCare = schedule.inCare;
    child.currentPlacementType = schedule.currentPlacementType;
    child.currentLocation = schedule.currentLocation;
    child.nextDueKind = schedule.nextDueKind;
    child.nextDue = schedule.nextDue;
    return int(schedule.superseded.size());
}

} // namespace lac
