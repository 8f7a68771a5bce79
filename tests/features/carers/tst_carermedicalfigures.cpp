// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The report's figures for carers' medicals on hand-built cases: the monthly counts (requested,
// signed off, withdrawn, waiting, which add up month to month), the median and the 90th
// percentile of days to sign-off, and the assessments waiting only for a medical.
#include "carers/core/CarerMedicalFigures.h"

#include <QTest>

using namespace lac;

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

class TestCarerMedicalFigures : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void percentile_data()
    {
        QTest::addColumn<QList<int>>("days");
        QTest::addColumn<double>("median");
        QTest::addColumn<int>("p90");
        QTest::newRow("one") << QList<int>{40} << 40.0 << 40;
        QTest::newRow("two: the mean of the middle") << QList<int>{30, 41} << 35.5 << 41;
        QTest::newRow("five") << QList<int>{10, 20, 30, 40, 200} << 30.0 << 200;
        // Nearest rank: 90% of 10 is the 9th value.
        QTest::newRow("ten") << QList<int>{1, 2, 3, 4, 5, 6, 7, 8, 9, 10} << 5.5 << 9;
        QTest::newRow("eleven: rank ceil(9.9) = 10")
            << QList<int>{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11} << 6.0 << 10;
    }
    void percentile()
    {
        QFETCH(QList<int>, days);
        QFETCH(double, median);
        QFETCH(int, p90);
        QCOMPARE(*CarerMedicalFigures::median(days), median);
        QCOMPARE(*CarerMedicalFigures::percentile(days, 90), p90);
        QVERIFY(!CarerMedicalFigures::median({}));
    }

    void countsByMonth()
    {
        // Six medicals over January to March 2026, as of 16 March.
        QList<CarerMedical> all;
        all << signedOff(1, QDate(2025, 12, 10), QDate(2026, 1, 20)); // waiting before; Jan: 41
        all << signedOff(2, QDate(2026, 1, 5), QDate(2026, 2, 4));    // Feb: 30 days
        all << signedOff(3, QDate(2026, 1, 12), QDate(2026, 2, 23));  // Feb: 42 days
        CarerMedical more = signedOff(4, QDate(2026, 2, 1), QDate(2026, 3, 1),
                                      CarerAdviserOutcome::MoreInformation);
        all << more; // waiting: more information
        CarerMedical gone = requestedOn(QDate(2026, 2, 10));
        gone.applicantId = 5;
        gone.withdrawn = QDate(2026, 3, 2);
        all << gone; // withdrawn in March
        CarerMedical late = requestedOn(QDate(2026, 3, 10));
        late.applicantId = 6;
        late.gpAppointment = QDate(2026, 4, 1);
        all << late; // requested in March, GP booked ahead
        const QHash<qint64, QDate> ready{{4, QDate(2026, 3, 5)}, {6, QDate(2026, 3, 20)}};
        const auto f = CarerMedicalFigures::count(all, ready, QDate(2026, 1, 1), QDate(2026, 4, 1),
                                                  QDate(2026, 3, 16));
        QCOMPARE(f.waitingBefore, 1);
        QCOMPARE(f.months.size(), 4);
        const QList<int> requested{2, 2, 1, 0}, signedOffs{1, 2, 0, 0}, withdrawn{0, 0, 1, 0},
            waiting{2, 2, 2, 0};
        for (int m = 0; m < 4; ++m) {
            QCOMPARE(f.months.at(m).requested, requested.at(m));
            QCOMPARE(f.months.at(m).signedOff, signedOffs.at(m));
            QCOMPARE(f.months.at(m).withdrawn, withdrawn.at(m));
            QCOMPARE(f.months.at(m).waiting, waiting.at(m));
            // Every medical leaves the list once: the months add up.
            const int before = m == 0 ? f.waitingBefore : f.months.at(m - 1).waiting;
            if (m < 3) // April is after the as-of day: nothing counted
                QCOMPARE(f.months.at(m).waiting,
                         before + requested.at(m) - signedOffs.at(m) - withdrawn.at(m));
        }
        QCOMPARE(f.months.at(0).daysToSignOff, QList<int>{41});
        QCOMPARE(f.months.at(1).daysToSignOff, (QList<int>{30, 42}));
        QCOMPARE(f.period.requested, 5);
        QCOMPARE(f.period.signedOff, 3);
        QCOMPARE(f.period.waiting, 2);
        QCOMPARE(*CarerMedicalFigures::median(f.period.daysToSignOff), 41.0);
        // Only applicant 4's assessment was finished by 16 March (6's is later).
        QCOMPARE(f.period.waitingOnlyForMedical, 1);
    }
};

QTEST_GUILESS_MAIN(TestCarerMedicalFigures)
#include "tst_carermedicalfigures.moc"
