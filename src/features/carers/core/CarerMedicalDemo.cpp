// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "carers/core/CarerMedicalDemo.h"

#include "carers/core/CarerMedicalClock.h"
#include "carers/data/CarerMedicalStore.h"
#include "data/SqlTransaction.h"
#include "demo/DemoDice.h"
#include "demo/DemoNamePool.h"

#include <algorithm>

namespace lac {
namespace {

const QStringList practices{
    QStringLiteral("Mill Lane Surgery"),        QStringLiteral("Riverside Medical Centre"),
    QStringLiteral("The Old Forge Practice"),   QStringLiteral("Castle Street Health Centre"),
    QStringLiteral("Northgate Family Doctors"), QStringLiteral("Abbey View Surgery"),
    QStringLiteral("St Mary's Medical Group"),  QStringLiteral("Harbourside Practice"),
    QStringLiteral("Meadowbank Surgery"),       QStringLiteral("Kingsway Medical Practice")};
const QStringList streets{QStringLiteral("Mill Lane"),        QStringLiteral("Church Road"),
                          QStringLiteral("Station Road"),     QStringLiteral("Orchard Close"),
                          QStringLiteral("High Street"),      QStringLiteral("Park Avenue"),
                          QStringLiteral("Victoria Terrace"), QStringLiteral("Elm Grove")};

/// Walks one medical forward from its request, step by step, stopping at \a today: every
/// step after today is not taken yet (an appointment may be booked ahead).
CarerMedical story(qint64 applicant, QDate requested, bool renewal, QDate today, DemoDice& dice,
                   QList<QDate>& chases)
{
    CarerMedical m;
    m.applicantId = applicant;
    m.form = renewal ? CarerMedicalForm::Ah2 : CarerMedicalForm::Ah;
    m.requested = requested;
    m.gpPractice = dice.pick(practices);
    const bool fee = dice.chance(0.8);
    m.feePence = fee ? 100 * (dice.between(15, 40) * 5) : 0;
    m.feePayer = !fee                ? CarerFeePayer::NoFee
                 : dice.chance(0.75) ? CarerFeePayer::Agency
                                     : CarerFeePayer::Applicant;
    const auto step = [&today](QDate& field, QDate on) {
        if (on <= today)
            field = on;
        return on <= today;
    };
    // Withdrawn applicants leave at any point.
    const bool withdraws = dice.chance(0.05);
    QDate gpDone;
    const int kind = dice.weighted({55, 30, 15}); // quick GP, slow GP, GP refuses
    QDate appointment = requested.addDays(dice.between(6, 35));
    if (kind == 2) {
        if (!step(m.gpDeclined, requested.addDays(dice.between(7, 30))))
            return m;
        m.escalation = CarerGpEscalation::PracticeManager;
        QDate next = m.gpDeclined.addDays(dice.between(14, 40));
        if (dice.chance(0.6) && next <= today) {
            m.escalation = CarerGpEscalation::Icb;
            next = next.addDays(dice.between(20, 60));
        }
        if (dice.chance(0.35) && next <= today) {
            m.escalation = CarerGpEscalation::OtherDoctor;
            next = next.addDays(dice.between(10, 30));
        }
        appointment = next;
    }
    if (appointment <= today.addDays(21))
        m.gpAppointment = appointment;
    else
        return m;
    gpDone = appointment.addDays(kind == 1 ? dice.between(45, 200) : dice.between(5, 35));
    // Chases while the GP has it, about every three weeks after a month.
    for (QDate c = requested.addDays(30); c < std::min(gpDone, today); c = c.addDays(21))
        if (dice.chance(0.7))
            chases << c;
    if (withdraws && dice.chance(0.5)) {
        step(m.withdrawn, std::min(gpDone, today).addDays(-dice.between(0, 10)));
        if (m.withdrawn < m.requested)
            m.withdrawn = m.requested;
        return m;
    }
    if (!step(m.received, gpDone))
        return m;
    QDate review = m.received.addDays(dice.between(2, 21));
    if (!step(m.reviewed, review)) {
        m.reviewed = {};
        return m;
    }
    const int outcome = dice.weighted({82, 10, 8});
    if (outcome == 1) {
        m.outcome = CarerAdviserOutcome::MoreInformation;
        if (!step(m.infoRequested, m.reviewed))
            return m;
        if (!step(m.infoReceived, m.infoRequested.addDays(dice.between(10, 75))))
            return m;
        const QDate again = m.infoReceived.addDays(dice.between(2, 14));
        if (again > today)
            return m;
        m.reviewed = again;
    }
    m.outcome = outcome == 2 ? CarerAdviserOutcome::Concern : CarerAdviserOutcome::Clear;
    if (withdraws) {
        step(m.withdrawn, m.reviewed.addDays(dice.between(5, 40)));
        return m;
    }
    if (!step(m.summarySent, m.reviewed.addDays(dice.between(1, 10))))
        return m;
    const QDate panel = m.summarySent.addDays(dice.between(14, 70));
    if (panel <= today.addDays(60))
        m.panel = panel;
    if (m.panel.isValid() && outcome != 2 && dice.chance(0.95))
        step(m.approved, m.panel.addDays(dice.between(1, 14)));
    return m;
}

} // namespace

Result<qint64> CarerMedicalDemo::fill(const Database& db, const DemoOptions& options)
{
    DemoDice dice(options.seed ^ 0x5ca1ab1eu);
    const QDate today = options.today;
    const int households = std::clamp(options.children / 12, 40, 160);
    const CarerMedicalStore store(db);
    SqlTransaction tx(db);
    if (!tx.begun())
        return tx.begun().failure();
    qint64 written = 0;
    for (int h = 0; h < households; ++h) {
        // Requests over the last three and a half years, more of them recent; one in ten
        // households approved about three years ago, whose renewal falls due about now.
        const int back = dice.chance(0.1) ? dice.between(1110, 1190)
                                          : std::min(dice.between(0, 1280), dice.between(0, 1280));
        const QDate requested = today.addDays(-back);
        const DemoIdentity first = DemoNamePool::child(dice, Sex::Female);
        const QString household = QStringLiteral("%1, %2 %3")
                                      .arg(first.familyName)
                                      .arg(dice.between(1, 140))
                                      .arg(dice.pick(streets));
        const bool adoption = dice.chance(0.3);
        const QString worker = DemoNamePool::staffName(dice);
        const bool couple = dice.chance(0.6);
        for (int person = 0; person < (couple ? 2 : 1); ++person) {
            CarerApplicant a;
            const DemoIdentity id =
                person == 0
                    ? first
                    : DemoNamePool::child(dice, dice.chance(0.85) ? Sex::Male : Sex::Female);
            a.name = id.givenName + QLatin1Char(' ') + first.familyName;
            a.household = household;
            a.socialWorker = worker;
            a.application = adoption ? CarerApplication::Adoption : CarerApplication::Fostering;
            QList<QDate> chases;
            const bool renewal = !adoption && dice.chance(0.12);
            CarerMedical m = story(0, requested.addDays(person * dice.between(0, 9)), renewal,
                                   today, dice, chases);
            // The rest of the assessment is often done months before the medical is.
            const QDate ready = m.requested.addDays(dice.between(60, 150));
            if (ready <= today && (!m.signedOff().isValid() || ready < m.signedOff()) &&
                dice.chance(0.55))
                a.assessmentReady = ready;
            CarerMedical checked = m;
            checked.applicantId = 1; // the applicant is written below
            if (m.requested > today || !CarerMedicalClock::check(checked, today))
                continue;
            auto applicant = store.insertApplicant(a);
            if (!applicant)
                return applicant.failure();
            m.applicantId = applicant.value();
            auto medical = store.insertMedical(m);
            if (!medical)
                return medical.failure();
            ++written;
            for (const QDate& on : std::as_const(chases)) {
                CarerMedicalChase c{
                    0, medical.value(), on, worker,
                    dice.pick(QStringList{QStringLiteral("practice says the GP has it"),
                                          QStringLiteral("no reply; left a message"),
                                          QStringLiteral("fee queried; confirmed the agency pays"),
                                          QStringLiteral("applicant to rebook the appointment"),
                                          QStringLiteral("promised by the end of next week")})};
                if (auto chase = store.insertChase(c); !chase)
                    return chase.failure();
            }
        }
    }
    if (auto s = tx.commit(); !s)
        return s.failure();
    return written;
}

} // namespace lac
