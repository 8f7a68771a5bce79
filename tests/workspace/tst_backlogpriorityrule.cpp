// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "rules/BacklogPriorityRule.h"
#include "rules/CompletionTimeliness.h"

#include <QTest>

using namespace lac;

class TestBacklogPriorityRule : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void advise_data()
    {
        QTest::addColumn<QDate>("dob");
        QTest::addColumn<bool>("clinicalNeed");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<bool>("priorityAge");
        QTest::addColumn<QString>("mode");
        // today is 16/03/2026
        QTest::newRow("baby, RHA") << QDate(2025, 1, 1) << false << "RHA" << true << "face_to_face";
        QTest::newRow("4 years 364 days")
            << QDate(2021, 3, 17) << false << "RHA" << true << "face_to_face";
        QTest::newRow("5th birthday today")
            << QDate(2021, 3, 16) << false << "RHA" << false << "virtual";
        QTest::newRow("10, clinical need")
            << QDate(2016, 1, 1) << true << "RHA" << false << "face_to_face";
        QTest::newRow("16, no need")
            << QDate(2009, 6, 1) << false << "RHA" << false << "questionnaire";
        QTest::newRow("17th birthday today")
            << QDate(2009, 3, 16) << false << "RHA" << true << "questionnaire";
        QTest::newRow("17, clinical need")
            << QDate(2008, 12, 1) << true << "RHA" << true << "face_to_face";
        QTest::newRow("IHA is always face to face")
            << QDate(2012, 1, 1) << false << "IHA" << false << "face_to_face";
    }
    void advise()
    {
        QFETCH(QDate, dob);
        QFETCH(bool, clinicalNeed);
        QFETCH(QString, kind);
        QFETCH(bool, priorityAge);
        QFETCH(QString, mode);
        const auto a = BacklogPriorityRule::advise(dob, QDate(2026, 3, 16), clinicalNeed,
                                                   *assessmentKindFromCode(kind));
        QCOMPARE(a.priorityAge, priorityAge);
        QCOMPARE(appointmentModeCode(a.mode), mode);
        QVERIFY(!a.why.isEmpty());
    }

    void lateness_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<int>("tolerance");
        QTest::addColumn<int>("daysAfterDue");
        QTest::addColumn<bool>("late");
        QTest::newRow("on the due date") << "IHA" << 0 << 0 << false;
        QTest::newRow("a day early") << "IHA" << 0 << -1 << false;
        QTest::newRow("a day late") << "IHA" << 0 << 1 << true;
        QTest::newRow("IHA ignores RHA tolerance") << "IHA" << 7 << 1 << true;
        QTest::newRow("RHA within tolerance") << "RHA" << 7 << 7 << false;
        QTest::newRow("RHA past tolerance") << "RHA" << 7 << 8 << true;
    }
    void lateness()
    {
        QFETCH(QString, kind);
        QFETCH(int, tolerance);
        QFETCH(int, daysAfterDue);
        QFETCH(bool, late);
        AssessmentPolicy policy;
        policy.rhaToleranceDays = tolerance;
        const QDate due(2026, 2, 2);
        QCOMPARE(CompletionTimeliness::isLate(*assessmentKindFromCode(kind), due,
                                              due.addDays(daysAfterDue), policy),
                 late);
    }
};

QTEST_GUILESS_MAIN(TestBacklogPriorityRule)
#include "tst_backlogpriorityrule.moc"
