// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "rules/RagRating.h"

#include <QTest>

using namespace lac;

class TestRagRating : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rate_data()
    {
        QTest::addColumn<int>("red");
        QTest::addColumn<int>("amber");
        QTest::addColumn<int>("daysToDue");
        QTest::addColumn<int>("rating");
        QTest::newRow("overdue by a day is red") << 0 << 14 << -1 << int(RagRating::Red);
        QTest::newRow("due today is amber by default") << 0 << 14 << 0 << int(RagRating::Amber);
        QTest::newRow("14 days is amber") << 0 << 14 << 14 << int(RagRating::Amber);
        QTest::newRow("15 days is green") << 0 << 14 << 15 << int(RagRating::Green);
        QTest::newRow("red within 5: 5 days is red") << 5 << 20 << 5 << int(RagRating::Red);
        QTest::newRow("red within 5: 6 days is amber") << 5 << 20 << 6 << int(RagRating::Amber);
        QTest::newRow("amber below red is raised to red") << 7 << 3 << 7 << int(RagRating::Red);
        QTest::newRow("amber below red: 8 days green") << 7 << 3 << 8 << int(RagRating::Green);
    }
    void rate()
    {
        QFETCH(int, red);
        QFETCH(int, amber);
        QFETCH(int, daysToDue);
        QFETCH(int, rating);
        const QDate today(2026, 3, 16);
        QCOMPARE(int(RagRating(red, amber).rate(today.addDays(daysToDue), today)), rating);
    }
    void noDateIsNone()
    {
        QCOMPARE(RagRating().rate(QDate(), QDate(2026, 3, 16)), RagRating::None);
    }
};

QTEST_GUILESS_MAIN(TestRagRating)
#include "tst_ragrating.moc"
