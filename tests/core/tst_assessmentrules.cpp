// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "rules/ChildAge.h"
#include "rules/IhaDueRule.h"
#include "rules/IhaExemptionRule.h"
#include "rules/RhaDueRule.h"

#include <QTest>

using namespace lac;

Q_DECLARE_METATYPE(lac::Exemption)

class TestAssessmentRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void ihaDue_data()
    {
        QTest::addColumn<QDate>("start");
        QTest::addColumn<QDate>("due");
        QTest::addColumn<QDate>("requestDue");
        QTest::newRow("domain.md example")
            << QDate(2025, 12, 22) << QDate(2026, 1, 22) << QDate(2025, 12, 31);
        QTest::newRow("Easter 2026")
            << QDate(2026, 4, 2) << QDate(2026, 5, 5) << QDate(2026, 4, 13);
        QTest::newRow("coronation")
            << QDate(2023, 4, 28) << QDate(2023, 5, 31) << QDate(2023, 5, 9);
        QTest::newRow("jubilee") << QDate(2022, 5, 27) << QDate(2022, 6, 28) << QDate(2022, 6, 7);
    }
    void ihaDue()
    {
        QFETCH(QDate, start);
        QFETCH(QDate, due);
        QFETCH(QDate, requestDue);
        const WorkingDayCalendar calendar;
        const IhaDueRule rule(calendar, AssessmentPolicy{});
        QCOMPARE(rule.dueDate(start), due);
        QCOMPARE(rule.requestDueDate(start), requestDue);
        QVERIFY(rule.completedInTime(start, due));             // on the due date is in time
        QVERIFY(!rule.completedInTime(start, due.addDays(1))); // the day after is late
        QVERIFY(!rule.completedInTime(start, QDate()));        // not done is not in time
        QVERIFY(rule.requestInTime(start, requestDue));
        QVERIFY(!rule.requestInTime(start, requestDue.addDays(1)));
    }

    void ihaDueScotland()
    {
        const WorkingDayCalendar calendar(CalendarDivision::Scotland);
        AssessmentPolicy policy;
        policy.division = CalendarDivision::Scotland;
        QCOMPARE(IhaDueRule(calendar, policy).dueDate(QDate(2026, 4, 2)), QDate(2026, 5, 1));
    }

    void configurableRequestStandard()
    {
        const WorkingDayCalendar calendar;
        AssessmentPolicy policy;
        policy.ihaRequestWorkingDays = 3;
        QCOMPARE(IhaDueRule(calendar, policy).requestDueDate(QDate(2025, 12, 22)),
                 QDate(2025, 12, 29));
    }

    void rhaDue_data()
    {
        QTest::addColumn<QDate>("dob");
        QTest::addColumn<QDate>("last");
        QTest::addColumn<int>("months");
        QTest::addColumn<QDate>("due");
        QTest::newRow("under 5: 6 months")
            << QDate(2023, 1, 10) << QDate(2025, 3, 1) << 6 << QDate(2025, 9, 1);
        QTest::newRow("5 and over: 12 months")
            << QDate(2015, 1, 10) << QDate(2025, 3, 1) << 12 << QDate(2026, 3, 1);
        QTest::newRow("month end clamps (31 Aug + 6 = 28 Feb)")
            << QDate(2024, 1, 1) << QDate(2025, 8, 31) << 6 << QDate(2026, 2, 28);
        QTest::newRow("month end clamps in leap year (31 Aug + 6 = 29 Feb)")
            << QDate(2022, 1, 1) << QDate(2023, 8, 31) << 6 << QDate(2024, 2, 29);
        QTest::newRow("fifth birthday on the assessment date is 5")
            << QDate(2020, 6, 15) << QDate(2025, 6, 15) << 12 << QDate(2026, 6, 15);
        QTest::newRow("day before fifth birthday is under 5")
            << QDate(2020, 6, 15) << QDate(2025, 6, 14) << 6 << QDate(2025, 12, 14);
        QTest::newRow("29 Feb birthday: still 4 on 28 Feb of a common year")
            << QDate(2020, 2, 29) << QDate(2025, 2, 28) << 6 << QDate(2025, 8, 28);
        QTest::newRow("29 Feb birthday: 5 on 1 Mar of a common year")
            << QDate(2020, 2, 29) << QDate(2025, 3, 1) << 12 << QDate(2026, 3, 1);
    }
    void rhaDue()
    {
        QFETCH(QDate, dob);
        QFETCH(QDate, last);
        QFETCH(int, months);
        QFETCH(QDate, due);
        const RhaDueRule rule{AssessmentPolicy{}};
        QCOMPARE(rule.intervalMonths(dob, last), months);
        QCOMPARE(rule.nextDue(dob, last), due);
    }

    void rhaTolerance()
    {
        AssessmentPolicy policy;
        QVERIFY(!RhaDueRule(policy).completedInTime(QDate(2026, 3, 1), QDate(2026, 3, 2)));
        policy.rhaToleranceDays = 7;
        QVERIFY(RhaDueRule(policy).completedInTime(QDate(2026, 3, 1), QDate(2026, 3, 8)));
        QVERIFY(!RhaDueRule(policy).completedInTime(QDate(2026, 3, 1), QDate(2026, 3, 9)));
    }

    void exemptions_data()
    {
        QTest::addColumn<QString>("legalStatus");
        QTest::addColumn<QDate>("previousIha");
        QTest::addColumn<QDate>("leftCare");
        QTest::addColumn<QDate>("completed");
        QTest::addColumn<Exemption>("expected");
        // Care starts 2026-03-02, IHA due 2026-03-30.
        QTest::newRow("ordinary") << "C1" << QDate() << QDate() << QDate() << Exemption::None;
        QTest::newRow("short break V3")
            << "V3" << QDate() << QDate() << QDate() << Exemption::ShortBreak;
        QTest::newRow("short break V4")
            << "V4" << QDate() << QDate() << QDate() << Exemption::ShortBreak;
        QTest::newRow("IHA 3 months before care")
            << "V2" << QDate(2025, 12, 2) << QDate() << QDate() << Exemption::IhaBeforeCare;
        QTest::newRow("IHA 3 months and a day before care")
            << "V2" << QDate(2025, 12, 1) << QDate() << QDate() << Exemption::None;
        QTest::newRow("left care before due without IHA")
            << "C2" << QDate() << QDate(2026, 3, 20) << QDate() << Exemption::LeftCare;
        QTest::newRow("left care on the due date without IHA is late, not exempt")
            << "C2" << QDate() << QDate(2026, 3, 30) << QDate() << Exemption::None;
        QTest::newRow("left care before due with IHA done")
            << "C2" << QDate() << QDate(2026, 3, 20) << QDate(2026, 3, 10) << Exemption::None;
    }
    void exemptions()
    {
        QFETCH(QString, legalStatus);
        QFETCH(QDate, previousIha);
        QFETCH(QDate, leftCare);
        QFETCH(QDate, completed);
        QFETCH(Exemption, expected);
        const QDate start(2026, 3, 2);
        const WorkingDayCalendar calendar;
        const QDate due = IhaDueRule(calendar, AssessmentPolicy{}).dueDate(start);
        QCOMPARE(due, QDate(2026, 3, 30));
        QCOMPARE(IhaExemptionRule(AssessmentPolicy{})
                     .evaluate(start, legalStatus, previousIha, leftCare, completed, due),
                 expected);
    }

    void childAge()
    {
        QCOMPARE(ChildAge::yearsOn(QDate(2010, 5, 5), QDate(2026, 5, 4)), 15);
        QCOMPARE(ChildAge::yearsOn(QDate(2010, 5, 5), QDate(2026, 5, 5)), 16);
        QCOMPARE(ChildAge::yearsOn(QDate(2010, 5, 5), QDate(2009, 5, 5)), -1);
        QCOMPARE(ChildAge::birthday(QDate(2008, 2, 29), 17), QDate(2025, 3, 1));
        QCOMPARE(ChildAge::birthday(QDate(2008, 2, 29), 16), QDate(2024, 2, 29));
    }
};

QTEST_GUILESS_MAIN(TestAssessmentRules)
#include "tst_assessmentrules.moc"
