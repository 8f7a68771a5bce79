// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/ImportDate.h"

#include <QTest>

using namespace lac;

class TestImportDate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QDate>("expected");
        QTest::newRow("uk") << QByteArray("27/03/2008") << QDate(2008, 3, 27);
        QTest::newRow("iso") << QByteArray("2008-03-27") << QDate(2008, 3, 27);
        QTest::newRow("leap day") << QByteArray("29/02/2020") << QDate(2020, 2, 29);
        QTest::newRow("spaces trimmed") << QByteArray(" 2020-01-31 ") << QDate(2020, 1, 31);
        QTest::newRow("31 February") << QByteArray("31/02/2020") << QDate();
        QTest::newRow("29 Feb non-leap") << QByteArray("29/02/2019") << QDate();
        QTest::newRow("iso single digits") << QByteArray("2020-2-3") << QDate();
        QTest::newRow("uk single digits") << QByteArray("3/2/2020") << QDate();
        QTest::newRow("month 13") << QByteArray("01/13/2020") << QDate();
        QTest::newRow("day 0") << QByteArray("00/01/2020") << QDate();
        QTest::newRow("two-digit year") << QByteArray("01/02/20") << QDate();
        QTest::newRow("us order rejected when impossible") << QByteArray("12/31/2020") << QDate();
        QTest::newRow("dots") << QByteArray("01.02.2020") << QDate();
        QTest::newRow("mixed separators") << QByteArray("2020/01-02") << QDate();
        QTest::newRow("time suffix") << QByteArray("2020-01-02T00:00") << QDate();
        QTest::newRow("before 1900") << QByteArray("01/01/1899") << QDate();
        QTest::newRow("empty") << QByteArray("") << QDate();
        QTest::newRow("letters") << QByteArray("ab/cd/efgh") << QDate();
    }
    void parse()
    {
        QFETCH(QByteArray, text);
        QFETCH(QDate, expected);
        QCOMPARE(ImportDate::parse(QString::fromLatin1(text)), expected);
    }

    void display()
    {
        QCOMPARE(ImportDate::display(QDate(2020, 2, 3)), QStringLiteral("03/02/2020"));
    }
};

QTEST_GUILESS_MAIN(TestImportDate)
#include "tst_importdate.moc"
