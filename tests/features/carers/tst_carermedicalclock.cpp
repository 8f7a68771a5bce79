// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The clocks of a carer's medical, on hand-built cases: whose move it is and since when, days
// waited and to sign-off, renewal, and the order rules a saved medical keeps.
#include "carers/core/CarerMedicalClock.h"

#include <QTest>

using namespace lac;

Q_DECLARE_METATYPE(lac::CarerMedicalStage)
Q_DECLARE_METATYPE(lac::CarerMedical)

namespace {

CarerMedical requestedOn(QDate d)
{
    CarerMedical m;
    m.applicantId = 1;
    m.requested = d;
    return m;
}

CarerMedical signedOff(qint64 applicant, QDate requested, QDate on,
                       CarerAdviserOutcome outcome = CarerAdviserOutcome::Clear)
{
    CarerMedical m = requestedOn(requested);
    m.applicantId = applicant;
    m.gpAppointment = requested.addDays(1);
    m.received = on;
    m.reviewed = on;
    m.outcome = outcome;
    return m;
}

} // namespace

class TestCarerMedicalClock : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void stage_data()
    {
        QTest::addColumn<CarerMedical>("medical");
        QTest::addColumn<QDate>("on");
        QTest::addColumn<CarerMedicalStage>("stage");
        QTest::addColumn<QDate>("since");
        const QDate req(2026, 1, 5);
        CarerMedical m = requestedOn(req);
        QTest::newRow("just requested: the applicant books the GP")
            << m << QDate(2026, 1, 20) << CarerMedicalStage::Applicant << req;
        m.gpAppointment = QDate(2026, 2, 2);
        QTest::newRow("booked for a later day: the GP's move")
            << m << QDate(2026, 1, 20) << CarerMedicalStage::Gp << req;
        QTest::newRow("seen by the GP: the form is awaited since the appointment")
            << m << QDate(2026, 3, 1) << CarerMedicalStage::Gp << QDate(2026, 2, 2);
        CarerMedical declined = requestedOn(req);
        declined.gpDeclined = QDate(2026, 1, 19);
        declined.escalation = CarerGpEscalation::Icb;
        QTest::newRow("the GP declined: still the GP's, since the refusal")
            << declined << QDate(2026, 3, 1) << CarerMedicalStage::Gp << QDate(2026, 1, 19);
        m.received = QDate(2026, 3, 10);
        QTest::newRow("form back: the adviser's move")
            << m << QDate(2026, 3, 12) << CarerMedicalStage::Adviser << QDate(2026, 3, 10);
        QTest::newRow("a step after the day asked about is not yet taken")
            << m << QDate(2026, 3, 9) << CarerMedicalStage::Gp << QDate(2026, 2, 2);
        m.reviewed = QDate(2026, 3, 15);
        m.outcome = CarerAdviserOutcome::MoreInformation;
        m.infoRequested = QDate(2026, 3, 16);
        QTest::newRow("more information asked for: the applicant's move")
            << m << QDate(2026, 3, 20) << CarerMedicalStage::Applicant << QDate(2026, 3, 16);
        m.infoReceived = QDate(2026, 4, 1);
        QTest::newRow("information in: back with the adviser")
            << m << QDate(2026, 4, 2) << CarerMedicalStage::Adviser << QDate(2026, 4, 1);
        CarerMedical done = signedOff(1, req, QDate(2026, 4, 9), CarerAdviserOutcome::Concern);
        QTest::newRow("a concern is signed off too")
            << done << QDate(2026, 4, 9) << CarerMedicalStage::SignedOff << QDate(2026, 4, 9);
        done.withdrawn = QDate(2026, 4, 9);
        QTest::newRow("withdrawn on the day of sign-off: withdrawn")
            << done << QDate(2026, 4, 30) << CarerMedicalStage::Closed << QDate(2026, 4, 9);
    }
    void stage()
    {
        QFETCH(CarerMedical, medical);
        QFETCH(QDate, on);
        QFETCH(CarerMedicalStage, stage);
        QFETCH(QDate, since);
        QCOMPARE(CarerMedicalClock::stage(medical, on), stage);
        QCOMPARE(CarerMedicalClock::stageSince(medical, on), since);
    }

    void days()
    {
        const CarerMedical m = requestedOn(QDate(2026, 1, 31));
        QCOMPARE(CarerMedicalClock::daysWaited(m, QDate(2026, 1, 31)), 0);
        QCOMPARE(CarerMedicalClock::daysWaited(m, QDate(2026, 3, 1)), 29);
        QCOMPARE(CarerMedicalClock::daysToSignOff(m), -1);
        const CarerMedical more = [] {
            CarerMedical x = signedOff(1, QDate(2026, 1, 31), QDate(2026, 3, 2),
                                       CarerAdviserOutcome::MoreInformation);
            return x;
        }();
        QCOMPARE(CarerMedicalClock::daysToSignOff(more), -1); // not signed off
        QCOMPARE(
            CarerMedicalClock::daysToSignOff(signedOff(1, QDate(2026, 1, 31), QDate(2026, 3, 2))),
            30);
    }

    void renewal_data()
    {
        QTest::addColumn<QDate>("approved");
        QTest::addColumn<int>("years");
        QTest::addColumn<QDate>("due");
        QTest::newRow("three years by default") << QDate(2023, 5, 10) << 0 << QDate(2026, 5, 10);
        QTest::newRow("a two-year local rule") << QDate(2023, 5, 10) << 2 << QDate(2025, 5, 10);
        QTest::newRow("29 February") << QDate(2024, 2, 29) << 3 << QDate(2027, 2, 28);
        QTest::newRow("not approved: nothing due") << QDate() << 3 << QDate();
    }
    void renewal()
    {
        QFETCH(QDate, approved);
        QFETCH(int, years);
        QFETCH(QDate, due);
        CarerMedical m = signedOff(1, QDate(2023, 1, 1), QDate(2023, 3, 1));
        m.approved = approved;
        QCOMPARE(CarerMedicalClock::renewalDue(m, years), due);
    }

    void check_data()
    {
        QTest::addColumn<CarerMedical>("medical");
        QTest::addColumn<QString>("field"); // empty: accepted
        const QDate today(2026, 3, 16);
        const CarerMedical ok = signedOff(1, QDate(2026, 1, 5), QDate(2026, 3, 1));
        QTest::newRow("a signed-off medical") << ok << QString();
        CarerMedical m = ok;
        m.requested = today.addDays(1);
        QTest::newRow("requested tomorrow") << m << QStringLiteral("Requested");
        m = ok;
        m.gpAppointment = today.addDays(10);
        QTest::newRow("an appointment booked ahead is fine") << m << QString();
        m = ok;
        m.received = {};
        QTest::newRow("reviewed but never received") << m << QStringLiteral("Received");
        m = ok;
        m.reviewed = QDate(2026, 2, 27);
        QTest::newRow("reviewed before received") << m << QStringLiteral("Reviewed");
        m = ok;
        m.outcome = CarerAdviserOutcome::NotReviewed;
        QTest::newRow("a review with no outcome") << m << QStringLiteral("Outcome");
        m = requestedOn(QDate(2026, 1, 5));
        m.escalation = CarerGpEscalation::PracticeManager;
        QTest::newRow("an escalation with no refusal") << m << QStringLiteral("GP declined");
        m = ok;
        m.outcome = CarerAdviserOutcome::MoreInformation;
        m.summarySent = QDate(2026, 3, 2);
        QTest::newRow("a summary before sign-off") << m << QStringLiteral("Summary sent");
        m = ok;
        m.approved = QDate(2026, 2, 28);
        QTest::newRow("approved before sign-off") << m << QStringLiteral("Approved");
        m = ok;
        m.received = QDate(2026, 1, 4);
        m.reviewed = QDate(2026, 1, 4);
        QTest::newRow("received before the request") << m << QStringLiteral("Received");
        m = ok;
        m.feePence = 150000;
        QTest::newRow("a fee of 1,500 pounds") << m << QStringLiteral("Fee");
        m = requestedOn(QDate(2026, 1, 5));
        m.infoReceived = QDate(2026, 2, 1);
        QTest::newRow("information received, never asked for")
            << m << QStringLiteral("Information requested");
    }
    void check()
    {
        QFETCH(CarerMedical, medical);
        QFETCH(QString, field);
        const Status s = CarerMedicalClock::check(medical, QDate(2026, 3, 16));
        QCOMPARE(s.ok(), field.isEmpty());
        if (!s)
            QCOMPARE(s.failure().where, field);
    }
};

QTEST_GUILESS_MAIN(TestCarerMedicalClock)
#include "tst_carermedicalclock.moc"
