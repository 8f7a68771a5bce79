// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "incoming/core/IncomingClock.h"

#include "common/DisplayDate.h"
#include "domain/NhsNumber.h"
#include "rules/WorkingDayCalendar.h"

namespace lac {
namespace {

QDate by(QDate d, QDate on)
{
    return d.isValid() && d <= on ? d : QDate();
}

QString day(QDate d)
{
    return d.toString(Qt::ISODate);
}

} // namespace

QJsonObject HostChild::toJson() const
{
    return {{QStringLiteral("authority"), authorityCode},
            {QStringLiteral("their_case_id"), theirCaseId},
            {QStringLiteral("nhs_number"), nhsNumber},
            {QStringLiteral("given_name"), givenName},
            {QStringLiteral("family_name"), familyName},
            {QStringLiteral("date_of_birth"), day(dateOfBirth)},
            {QStringLiteral("placement_area"), placementArea},
            {QStringLiteral("placed_from"), day(placedFrom)},
            {QStringLiteral("placed_to"), day(placedTo)},
            {QStringLiteral("own_child_id"), ownChildId},
            {QStringLiteral("notes"), notes}};
}

QJsonObject IncomingRequest::toJson() const
{
    return {{QStringLiteral("host_child_id"), hostChildId},
            {QStringLiteral("kind"), int(kind)},
            {QStringLiteral("requester_contact"), requesterContact},
            {QStringLiteral("received"), day(received)},
            {QStringLiteral("complete"), day(complete)},
            {QStringLiteral("requester_due"), day(requesterDue)},
            {QStringLiteral("booked"), day(booked)},
            {QStringLiteral("done"), day(done)},
            {QStringLiteral("report_sent"), day(reportSent)},
            {QStringLiteral("commissioner"), commissioner},
            {QStringLiteral("invoice_raised"), day(invoiceRaised)},
            {QStringLiteral("invoice_paid"), day(invoicePaid)},
            {QStringLiteral("withdrawn"), day(withdrawn)},
            {QStringLiteral("notes"), notes}};
}

IncomingStage IncomingClock::stage(const IncomingRequest& r, QDate on)
{
    if (by(r.reportSent, on).isValid())
        return IncomingStage::Finished;
    if (by(r.withdrawn, on).isValid())
        return IncomingStage::Withdrawn;
    if (by(r.done, on).isValid())
        return IncomingStage::ReportToSend;
    if (!by(r.complete, on).isValid())
        return IncomingStage::Requester;
    if (r.booked.isValid()) // booked, even for a later day
        return IncomingStage::Booked;
    return IncomingStage::ToBook;
}

QDate IncomingClock::hostDue(const IncomingRequest& r, const WorkingDayCalendar& calendar, int days)
{
    return r.complete.isValid() ? calendar.addWorkingDays(r.complete, days) : QDate();
}

int IncomingClock::turnaround(const IncomingRequest& r, const WorkingDayCalendar& calendar)
{
    if (!r.complete.isValid() || !r.done.isValid())
        return -1;
    return calendar.workingDaysBetween(r.complete, r.done);
}

bool IncomingClock::doneInTarget(const IncomingRequest& r, const WorkingDayCalendar& calendar,
                                 int days)
{
    return r.done.isValid() && r.complete.isValid() && r.done <= hostDue(r, calendar, days);
}

bool IncomingClock::waitingOnRequester(const IncomingRequest& r, QDate on)
{
    return by(r.received, on).isValid() && stage(r, on) == IncomingStage::Requester;
}

bool IncomingClock::reportNotSent(const IncomingRequest& r, QDate on)
{
    return stage(r, on) == IncomingStage::ReportToSend;
}

IncomingDelay IncomingClock::delay(const IncomingRequest& r, const WorkingDayCalendar& calendar,
                                   int days, QDate on)
{
    if (by(r.withdrawn, on).isValid() && !by(r.done, on).isValid())
        return IncomingDelay::None;
    const QDate finished = by(r.done, on).isValid() ? r.done : on;
    const QDate ours = hostDue(r, calendar, days);
    const QDate theirs = r.requesterDue.isValid() ? r.requesterDue : ours;
    if (!theirs.isValid()) // not complete and no date of theirs: nothing to be late against
        return IncomingDelay::None;
    if (finished <= theirs)
        return IncomingDelay::None;
    if (ours.isValid() && finished > ours)
        return IncomingDelay::HostCapacity;
    return IncomingDelay::RequesterPaperwork;
}

Status IncomingClock::check(const IncomingRequest& r, QDate today)
{
    if (r.hostChildId <= 0)
        return Failure{tr("choose the child"), tr("Child")};
    if (!r.received.isValid())
        return Failure{tr("enter the date the request was received"), tr("Received")};
    if (r.received > today)
        return Failure{tr("the date is in the future"), tr("Received")};
    struct Step
    {
        QDate date;
        QString field;
        bool mayBeAhead;
    };
    const QList<Step> steps{{r.complete, tr("Complete"), false},
                            {r.booked, tr("Booked for"), true},
                            {r.done, tr("Done"), false},
                            {r.reportSent, tr("Report sent"), false},
                            {r.invoiceRaised, tr("Invoice raised"), false},
                            {r.invoicePaid, tr("Invoice paid"), false},
                            {r.withdrawn, tr("Withdrawn"), false}};
    for (const Step& s : steps) {
        if (!s.date.isValid())
            continue;
        if (s.date < r.received)
            return Failure{
                tr("the date is before the request was received (%1)").arg(displayDate(r.received)),
                s.field};
        if (!s.mayBeAhead && s.date > today)
            return Failure{tr("the date is in the future"), s.field};
    }
    const auto needs = [](QDate later, QDate earlier, const QString& field, const QString& what) {
        if (later.isValid() && !earlier.isValid())
            return Status(Failure{tr("enter %1 first").arg(what), field});
        if (later.isValid() && later < earlier)
            return Status(
                Failure{tr("the date is before %1 (%2)").arg(what, displayDate(earlier)), field});
        return Status();
    };
    if (auto s = needs(r.booked, r.complete, tr("Booked for"), tr("the day it was complete")); !s)
        return s;
    if (auto s = needs(r.done, r.complete, tr("Done"), tr("the day it was complete")); !s)
        return s;
    if (auto s = needs(r.reportSent, r.done, tr("Report sent"), tr("the day it was done")); !s)
        return s;
    if (auto s = needs(r.invoiceRaised, r.done, tr("Invoice raised"), tr("the day it was done"));
        !s)
        return s;
    if (auto s = needs(r.invoicePaid, r.invoiceRaised, tr("Invoice paid"),
                       tr("the day the invoice was raised"));
        !s)
        return s;
    if (r.withdrawn.isValid() && r.done.isValid())
        return Failure{tr("a request that was done cannot be withdrawn"), tr("Withdrawn")};
    if (r.requesterDue.isValid() && r.requesterDue.year() < 2000)
        return Failure{tr("the date is not a possible due date"), tr("Their due date")};
    if (r.notes.size() > 4000)
        return Failure{tr("the notes are longer than 4,000 characters"), tr("Notes")};
    return {};
}

Status IncomingClock::check(const HostChild& c, QDate today)
{
    if (c.authorityCode.isEmpty())
        return Failure{tr("choose the responsible authority"), tr("Authority")};
    if (c.theirCaseId.trimmed().isEmpty() && c.nhsNumber.isEmpty())
        return Failure{tr("enter their case ID or the NHS number"), tr("Their case ID")};
    if (!c.nhsNumber.isEmpty())
        if (auto n = NhsNumber::parse(c.nhsNumber); !n)
            return Failure{n.failure().message, tr("NHS number")};
    if (!c.dateOfBirth.isValid())
        return Failure{tr("enter the date of birth"), tr("Date of birth")};
    if (c.dateOfBirth > today)
        return Failure{tr("the date is in the future"), tr("Date of birth")};
    if (!c.placedFrom.isValid())
        return Failure{tr("enter the day the placement here began"), tr("Placed here from")};
    if (c.placedFrom > today)
        return Failure{tr("the date is in the future"), tr("Placed here from")};
    if (c.placedFrom < c.dateOfBirth)
        return Failure{tr("the placement begins before the child was born"),
                       tr("Placed here from")};
    if (c.placedFrom >= c.dateOfBirth.addYears(18))
        return Failure{tr("the child was 18 or over when placed here: check the dates"),
                       tr("Placed here from")};
    if (c.placedTo.isValid() && c.placedTo < c.placedFrom)
        return Failure{tr("the placement ends before it began (%1)").arg(displayDate(c.placedFrom)),
                       tr("Placed here until")};
    if (c.placedTo.isValid() && c.placedTo > today)
        return Failure{tr("the date is in the future"), tr("Placed here until")};
    return {};
}

} // namespace lac
