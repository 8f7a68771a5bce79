// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "rules/AssessmentScheduler.h"

#include "rules/IhaDueRule.h"
#include "rules/RhaDueRule.h"

#include <QSet>

#include <algorithm>

namespace lac {
namespace {

const QString otherExemption = exemptionKey(Exemption::Other);

bool isOpen(const RecordedAssessment& r)
{
    return !r.completed.isValid() && !r.closed;
}

} // namespace

AssessmentScheduler::AssessmentScheduler(const WorkingDayCalendar& calendar,
                                         const AssessmentPolicy& policy)
    : m_calendar(calendar)
    , m_policy(policy)
{}

const PlacementSpan* AssessmentScheduler::placementOn(const CarePeriodFacts& period, QDate date)
{
    const PlacementSpan* found = nullptr;
    for (const auto& p : period.placements) {
        if (p.start <= date || !found)
            found = &p;
        if (p.start > date)
            break;
    }
    return found;
}

ChildSchedule AssessmentScheduler::plan(const ChildFacts& child, QDate today) const
{
    const IhaDueRule ihaRule(m_calendar, m_policy);
    const RhaDueRule rhaRule(m_policy);
    const IhaExemptionRule exemptionRule(m_policy);

    QList<CarePeriodFacts> periods = child.periods;
    std::sort(periods.begin(), periods.end(),
              [](const CarePeriodFacts& a, const CarePeriodFacts& b) { return a.start < b.start; });
    for (auto& p : periods) {
        std::sort(p.placements.begin(), p.placements.end(),
                  [](const PlacementSpan& a, const PlacementSpan& b) { return a.start < b.start; });
    }

    // Completed assessments in date order: the RHA clock runs from the latest of them.
    QList<const RecordedAssessment*> done;
    for (const auto& r : child.assessments) {
        if (r.completed.isValid() && !r.closed)
            done << &r;
    }
    std::sort(done.begin(), done.end(),
              [](const RecordedAssessment* a, const RecordedAssessment* b) {
                  return a->completed < b->completed;
              });
    auto latestDone = [&done](QDate from, QDate to, const RecordedAssessment* before) {
        QDate latest;
        for (const auto* r : done) {
            if (before && (r == before || r->completed > before->completed))
                break;
            if ((!from.isValid() || r->completed >= from) && (!to.isValid() || r->completed <= to))
                latest = r->completed;
        }
        return latest;
    };

    ChildSchedule s;
    QSet<qint64> used;
    // Where the child was placed on the due date, on the row itself.
    auto placeAtDue = [](PlannedAssessment& a, const CarePeriodFacts& p) {
        const PlacementSpan* span = placementOn(p, a.due);
        a.locationAtDue = span ? span->location : PlacementLocation::Unknown;
        a.placementTypeAtDue = span ? span->placementType : QString();
    };

    for (const auto& period : periods) {
        const PlacementSpan* first =
            period.placements.isEmpty() ? nullptr : &period.placements.first();
        const QString legalStatus = first ? first->legalStatus : QString();
        const bool shortBreak = IhaExemptionRule::isShortBreak(legalStatus);
        bool ihaOutstanding = false;
        s.entries << PeriodEntryPlacement{period.id, first ? first->placementType : QString(),
                                          first ? first->location : PlacementLocation::Unknown};

        if (period.startedInWindow) {
            const RecordedAssessment* record = nullptr;
            for (const auto& r : child.assessments) {
                if (r.kind == AssessmentKind::Initial && r.carePeriodId == period.id && !r.closed &&
                    !used.contains(r.id) &&
                    (!record || (r.completed.isValid() && !record->completed.isValid())))
                    record = &r;
            }
            PlannedAssessment a;
            a.kind = AssessmentKind::Initial;
            a.carePeriodId = period.id;
            a.clockStart = period.start;
            a.due = ihaRule.dueDate(period.start);
            a.requestDue = ihaRule.requestDueDate(period.start);
            if (record) {
                a.id = record->id;
                a.completed = record->completed;
                used.insert(record->id);
            }
            QDate previousIha;
            for (const auto* r : done) {
                if (r->kind == AssessmentKind::Initial && r->carePeriodId != period.id &&
                    r->completed <= period.start)
                    previousIha = r->completed;
            }
            const Exemption e = exemptionRule.evaluate(period.start, legalStatus, previousIha,
                                                       period.end, a.completed, a.due);
            a.exemption =
                (record && record->exemption == otherExemption) ? otherExemption : exemptionKey(e);
            placeAtDue(a, period);
            ihaOutstanding = !a.completed.isValid() && a.exemption.isEmpty();
            s.assessments << a;
        }

        // The earliest completed assessment that can start this period's RHA clock.
        const QDate clockFloor = period.startedInWindow
                                     ? period.start.addMonths(-m_policy.priorIhaExemptionMonths)
                                     : QDate();

        // Completed reviews of this period are kept, their due date from the one before.
        for (const auto* r : done) {
            if (r->kind != AssessmentKind::Review || r->carePeriodId != period.id ||
                used.contains(r->id))
                continue;
            PlannedAssessment a;
            a.id = r->id;
            a.kind = AssessmentKind::Review;
            a.carePeriodId = period.id;
            a.completed = r->completed;
            const QDate previous = latestDone(clockFloor, QDate(), r);
            a.clockStart = previous.isValid() ? previous : r->clockStart;
            a.due = previous.isValid() ? rhaRule.nextDue(child.dateOfBirth, previous) : r->due;
            a.exemption = r->exemption == otherExemption ? otherExemption
                          : shortBreak                   ? exemptionKey(Exemption::ShortBreak)
                                                         : QString();
            placeAtDue(a, period);
            used.insert(r->id);
            s.assessments << a;
        }

        // The one open review: due from the latest completed assessment while in care.
        const RecordedAssessment* openReview = nullptr;
        for (const auto& r : child.assessments) {
            if (r.kind == AssessmentKind::Review && r.carePeriodId == period.id && isOpen(r) &&
                !used.contains(r.id)) {
                openReview = &r;
                break;
            }
        }
        if (!shortBreak && !ihaOutstanding) {
            const QDate anchor = latestDone(clockFloor, period.end, nullptr);
            if (anchor.isValid()) {
                PlannedAssessment a;
                a.kind = AssessmentKind::Review;
                a.carePeriodId = period.id;
                a.clockStart = anchor;
                a.due = rhaRule.nextDue(child.dateOfBirth, anchor);
                placeAtDue(a, period);
                const bool leftBeforeDue = period.end.isValid() && period.end < a.due;
                if (openReview) {
                    a.id = openReview->id;
                    used.insert(openReview->id);
                    a.exemption = openReview->exemption == otherExemption ? otherExemption
                                  : leftBeforeDue ? exemptionKey(Exemption::LeftCare)
                                                  : QString();
                    s.assessments << a;
                } else if (!leftBeforeDue) {
                    s.assessments << a;
                }
            }
        }
    }

    // Records nothing above accounted for: completed ones are history and stay as they are;
    // open ones are no longer expected and are closed as superseded.
    for (const auto& r : child.assessments) {
        if (used.contains(r.id) || r.closed)
            continue;
        if (r.completed.isValid()) {
            PlannedAssessment a;
            a.id = r.id;
            a.kind = r.kind;
            a.carePeriodId = r.carePeriodId;
            a.clockStart = r.clockStart;
            a.due = r.due;
            a.completed = r.completed;
            a.exemption = r.exemption;
            for (const auto& p : periods) {
                if (p.id == r.carePeriodId)
                    placeAtDue(a, p);
            }
            s.assessments << a;
        } else {
            s.superseded << r.id;
        }
    }

    // Where the child is now.
    for (const auto& p : periods) {
        if (p.start <= today && (!p.end.isValid() || p.end > today)) {
            s.inCare = true;
            if (const PlacementSpan* span = placementOn(p, today)) {
                s.currentPlacementType = span->placementType;
                s.currentLocation = span->location;
            }
        }
    }
    if (!s.inCare && !periods.isEmpty() && !periods.last().placements.isEmpty()) {
        s.currentPlacementType = periods.last().placements.last().placementType;
        s.currentLocation = periods.last().placements.last().location;
    }
    for (const auto& a : s.assessments) {
        if (!a.completed.isValid() && a.exemption.isEmpty() &&
            (!s.nextDue.isValid() || a.due < s.nextDue)) {
            s.nextDue = a.due;
            s.nextDueKind = a.kind;
        }
    }
    return s;
}

} // namespace lac
