// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "carers/core/CarerMedicalClock.h"

#include "common/DisplayDate.h"

namespace lac {
namespace {

/// \a d if it is a date on or before \a on (a step taken by then), otherwise invalid.
QDate by(QDate d, QDate on)
{
    return d.isValid() && d <= on ? d : QDate();
}

} // namespace

QJsonObject CarerMedical::toJson() const
{
    const auto day = [](QDate d) { return d.toString(Qt::ISODate); };
    return {{QStringLiteral("applicant_id"), applicantId},
            {QStringLiteral("form"), int(form)},
            {QStringLiteral("requested"), day(requested)},
            {QStringLiteral("gp_practice"), gpPractice},
            {QStringLiteral("gp_appointment"), day(gpAppointment)},
            {QStringLiteral("fee_pence"), feePence},
            {QStringLiteral("fee_payer"), int(feePayer)},
            {QStringLiteral("gp_declined"), day(gpDeclined)},
            {QStringLiteral("escalation"), int(escalation)},
            {QStringLiteral("received"), day(received)},
            {QStringLiteral("reviewed"), day(reviewed)},
            {QStringLiteral("outcome"), int(outcome)},
            {QStringLiteral("info_requested"), day(infoRequested)},
            {QStringLiteral("info_received"), day(infoReceived)},
            {QStringLiteral("summary_sent"), day(summarySent)},
            {QStringLiteral("panel"), day(panel)},
            {QStringLiteral("approved"), day(approved)},
            {QStringLiteral("withdrawn"), day(withdrawn)},
            {QStringLiteral("notes"), notes}};
}

CarerMedicalStage CarerMedicalClock::stage(const CarerMedical& m, QDate on)
{
    if (by(m.withdrawn, on).isValid())
        return CarerMedicalStage::Closed;
    if (by(m.signedOff(), on).isValid())
        return CarerMedicalStage::SignedOff;
    const bool reviewed = by(m.reviewed, on).isValid();
    if (reviewed && m.outcome == CarerAdviserOutcome::MoreInformation) {
        // Back with the adviser once what was asked for has come in since the review.
        const QDate in = by(m.infoReceived, on);
        return in.isValid() && in >= m.reviewed ? CarerMedicalStage::Adviser
                                                : CarerMedicalStage::Applicant;
    }
    if (by(m.received, on).isValid())
        return CarerMedicalStage::Adviser;
    if (by(m.gpAppointment, on).isValid() || by(m.gpDeclined, on).isValid() ||
        (m.gpAppointment.isValid() && m.gpAppointment > on))
        return CarerMedicalStage::Gp; // booked (even for a later day): the GP's move
    return CarerMedicalStage::Applicant;
}

QDate CarerMedicalClock::stageSince(const CarerMedical& m, QDate on)
{
    switch (stage(m, on)) {
    case CarerMedicalStage::Closed:
        return m.withdrawn;
    case CarerMedicalStage::SignedOff:
        return m.signedOff();
    case CarerMedicalStage::Adviser:
        if (m.outcome == CarerAdviserOutcome::MoreInformation && by(m.reviewed, on).isValid())
            return m.infoReceived;
        return m.received;
    case CarerMedicalStage::Applicant:
        if (m.outcome == CarerAdviserOutcome::MoreInformation && by(m.reviewed, on).isValid())
            return by(m.infoRequested, on).isValid() ? m.infoRequested : m.reviewed;
        return m.requested;
    case CarerMedicalStage::Gp:
        break;
    }
    // With the GP since the appointment (or the refusal); booked ahead, since the booking
    // was made, which is not recorded: the request.
    const QDate seen = by(m.gpAppointment, on);
    const QDate declined = by(m.gpDeclined, on);
    if (declined.isValid() && (!seen.isValid() || declined > seen))
        return declined;
    return seen.isValid() ? seen : m.requested;
}

int CarerMedicalClock::daysWaited(const CarerMedical& m, QDate on)
{
    if (!m.requested.isValid() || on < m.requested)
        return 0;
    return int(m.requested.daysTo(on));
}

int CarerMedicalClock::daysToSignOff(const CarerMedical& m)
{
    const QDate done = m.signedOff();
    if (!done.isValid() || !m.requested.isValid())
        return -1;
    return int(m.requested.daysTo(done));
}

bool CarerMedicalClock::waitingOn(const CarerMedical& m, QDate on)
{
    if (!m.requested.isValid() || m.requested > on)
        return false;
    const CarerMedicalStage s = stage(m, on);
    return s != CarerMedicalStage::SignedOff && s != CarerMedicalStage::Closed;
}

QDate CarerMedicalClock::renewalDue(const CarerMedical& m, int years)
{
    if (!m.approved.isValid() || m.withdrawn.isValid())
        return {};
    return m.approved.addYears(years > 0 ? years : defaultRenewalYears);
}

Status CarerMedicalClock::check(const CarerMedical& m, QDate today)
{
    if (m.applicantId <= 0)
        return Failure{tr("choose the applicant"), tr("Applicant")};
    if (!m.requested.isValid())
        return Failure{tr("enter the date the medical was requested"), tr("Requested")};
    if (m.requested > today)
        return Failure{tr("the date is in the future"), tr("Requested")};
    struct Step
    {
        QDate date;
        QString field;
        bool mayBeAhead; ///< booked or planned days may be later than today
    };
    const QList<Step> steps{{m.gpAppointment, tr("GP appointment"), true},
                            {m.gpDeclined, tr("GP declined"), false},
                            {m.received, tr("Received"), false},
                            {m.reviewed, tr("Reviewed"), false},
                            {m.infoRequested, tr("Information requested"), false},
                            {m.infoReceived, tr("Information received"), false},
                            {m.summarySent, tr("Summary sent"), false},
                            {m.panel, tr("Panel"), true},
                            {m.approved, tr("Approved"), false},
                            {m.withdrawn, tr("Withdrawn"), false}};
    for (const Step& s : steps) {
        if (!s.date.isValid())
            continue;
        if (s.date < m.requested)
            return Failure{tr("the date is before the request (%1)").arg(displayDate(m.requested)),
                           s.field};
        if (!s.mayBeAhead && s.date > today)
            return Failure{tr("the date is in the future"), s.field};
    }
    const auto after = [](QDate later, QDate earlier, const QString& field, const QString& what) {
        if (later.isValid() && earlier.isValid() && later < earlier)
            return Status(
                Failure{tr("the date is before %1 (%2)").arg(what, displayDate(earlier)), field});
        return Status();
    };
    if (m.feePence < -1 || m.feePence > 100000)
        return Failure{tr("enter the fee in pounds, from 0 to 1000"), tr("Fee")};
    if (m.escalation != CarerGpEscalation::None && !m.gpDeclined.isValid())
        return Failure{tr("an escalation follows a refusal: enter when the GP declined"),
                       tr("GP declined")};
    if (m.reviewed.isValid() && !m.received.isValid())
        return Failure{tr("the form must be received before the adviser reviews it"),
                       tr("Received")};
    if (auto s = after(m.reviewed, m.received, tr("Reviewed"), tr("the form was received")); !s)
        return s;
    if (m.reviewed.isValid() && m.outcome == CarerAdviserOutcome::NotReviewed)
        return Failure{tr("choose the adviser's outcome"), tr("Outcome")};
    if (!m.reviewed.isValid() && m.outcome != CarerAdviserOutcome::NotReviewed)
        return Failure{tr("enter the date of the adviser's review"), tr("Reviewed")};
    if (m.infoReceived.isValid() && !m.infoRequested.isValid())
        return Failure{tr("enter when the information was asked for"), tr("Information requested")};
    if (auto s = after(m.infoReceived, m.infoRequested, tr("Information received"),
                       tr("it was asked for"));
        !s)
        return s;
    if (m.summarySent.isValid() && !m.signedOff().isValid())
        return Failure{tr("a summary follows the adviser's sign-off (outcome clear or concern)"),
                       tr("Summary sent")};
    if (auto s = after(m.summarySent, m.signedOff(), tr("Summary sent"), tr("the sign-off")); !s)
        return s;
    if (m.approved.isValid() && !m.signedOff().isValid())
        return Failure{tr("approval follows the adviser's sign-off"), tr("Approved")};
    if (auto s = after(m.approved, m.signedOff(), tr("Approved"), tr("the sign-off")); !s)
        return s;
    if (m.notes.size() > 4000)
        return Failure{tr("the notes are longer than 4,000 characters"), tr("Notes")};
    return {};
}

} // namespace lac
