// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/TypedDate.h"

#include <QtTest>

using namespace lac;

/// Worked examples of dates as people type them: each is taken exactly as typed or refused
/// with the reason. The first four are the spellings a user saw silently changed.
class tst_TypedDate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QDate>("date");        // invalid: refused
        QTest::addColumn<QString>("reasonHas"); // part of the refusal
        QTest::newRow("dd/mm/yyyy") << "14/07/2019" << QDate(2019, 7, 14) << "";
        QTest::newRow("a date this year, as typed") << "06/10/2026" << QDate(2026, 10, 6) << "";
        QTest::newRow("31 February") << "31/02/2026" << QDate() << "February 2026 has 28 days";
        QTest::newRow("31 February as eight digits") << "31022026" << QDate() << "28 days";
        QTest::newRow("eight digits") << "14072019" << QDate(2019, 7, 14) << "";
        QTest::newRow("d/m/yyyy") << "1/7/2019" << QDate(2019, 7, 1) << "";
        QTest::newRow("dots") << "14.07.2019" << QDate(2019, 7, 14) << "";
        QTest::newRow("dashes") << "14-7-2019" << QDate(2019, 7, 14) << "";
        QTest::newRow("spaces around") << "  14/07/2019 " << QDate(2019, 7, 14) << "";
        QTest::newRow("ISO") << "2019-07-14" << QDate(2019, 7, 14) << "";
        QTest::newRow("29 February in a leap year") << "29/02/2024" << QDate(2024, 2, 29) << "";
        QTest::newRow("29 February otherwise") << "29/02/2025" << QDate() << "28 days";
        QTest::newRow("month 13") << "12/13/2019" << QDate() << "no month 13";
        QTest::newRow("day 0") << "00/07/2019" << QDate() << "July 2019 has 31 days";
        QTest::newRow("two-digit year") << "14/07/19" << QDate() << "not a date";
        QTest::newRow("mixed separators") << "14/07-2019" << QDate() << "not a date";
        QTest::newRow("year 1850") << "14/07/1850" << QDate() << "four digits, 1900";
        QTest::newRow("words") << "yesterday" << QDate() << "not a date";
        QTest::newRow("American order") << "07/31/2019" << QDate() << "no month 31";
        QTest::newRow("empty") << "" << QDate() << "enter the date as dd/mm/yyyy";
    }

    void parse()
    {
        QFETCH(QString, typed);
        QFETCH(QDate, date);
        QFETCH(QString, reasonHas);
        const Result<QDate> r = TypedDate::parse(typed);
        QCOMPARE(r.ok(), date.isValid());
        if (r.ok())
            QCOMPARE(r.value(), date);
        else
            QVERIFY2(r.failure().message.contains(reasonHas), qPrintable(r.failure().message));
    }
};

QTEST_GUILESS_MAIN(tst_TypedDate)
#include "tst_typeddate.moc"
