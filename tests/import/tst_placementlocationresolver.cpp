// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/PlacementLocationResolver.h"
#include "import/Ssda903Codes.h"

#include <QTest>

using namespace lac;

Q_DECLARE_METATYPE(PlacementLocation)

class TestPlacementLocationResolver : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void resolve_data()
    {
        QTest::addColumn<QByteArray>("districts");
        QTest::addColumn<QByteArray>("plLocation");
        QTest::addColumn<QByteArray>("postcode");
        QTest::addColumn<int>("expected"); // -1: invalid PL_LOCATION
        const int in = int(PlacementLocation::InArea);
        const int out = int(PlacementLocation::OutOfArea);
        const int unknown = int(PlacementLocation::Unknown);
        QTest::newRow("PL_LOCATION IN wins")
            << QByteArray("WV1") << QByteArray("IN") << QByteArray("B1 1AA") << in;
        QTest::newRow("PL_LOCATION out, lower case")
            << QByteArray("") << QByteArray("out") << QByteArray("") << out;
        QTest::newRow("PL_LOCATION nonsense")
            << QByteArray("") << QByteArray("MAYBE") << QByteArray("") << -1;
        QTest::newRow("own district")
            << QByteArray("WV1,WV27") << QByteArray("") << QByteArray("wv27 9fw") << in;
        QTest::newRow("no space in postcode")
            << QByteArray("WV27") << QByteArray("") << QByteArray("WV279FW") << in;
        QTest::newRow("other district")
            << QByteArray("WV1") << QByteArray("") << QByteArray("WV27 9FW") << out;
        QTest::newRow("WV1 is not WV10")
            << QByteArray("WV1") << QByteArray("") << QByteArray("WV10 6ZQ") << out;
        QTest::newRow("whole area")
            << QByteArray("WV") << QByteArray("") << QByteArray("WV10 6ZQ") << in;
        QTest::newRow("area does not match a longer area")
            << QByteArray("W") << QByteArray("") << QByteArray("WV10 6ZQ") << out;
        QTest::newRow("no districts set: unknown, never guessed")
            << QByteArray("") << QByteArray("") << QByteArray("WV10 6ZQ") << unknown;
        QTest::newRow("no postcode")
            << QByteArray("WV1") << QByteArray("") << QByteArray("") << unknown;
        QTest::newRow("not a postcode")
            << QByteArray("WV1") << QByteArray("") << QByteArray("12345") << unknown;
    }
    void resolve()
    {
        QFETCH(QByteArray, districts);
        QFETCH(QByteArray, plLocation);
        QFETCH(QByteArray, postcode);
        QFETCH(int, expected);
        const PlacementLocationResolver resolver(
            QString::fromLatin1(districts).split(QLatin1Char(','), Qt::SkipEmptyParts));
        const auto got =
            resolver.resolve(QString::fromLatin1(plLocation), QString::fromLatin1(postcode));
        if (expected < 0)
            QVERIFY(!got.has_value());
        else
            QCOMPARE(int(got.value()), expected);
    }

    void sexCodes_data()
    {
        QTest::addColumn<QByteArray>("code");
        QTest::addColumn<QByteArray>("stored");
        QTest::newRow("1 (to 2023-24)") << QByteArray("1") << QByteArray("M");
        QTest::newRow("2 (to 2023-24)") << QByteArray("2") << QByteArray("F");
        QTest::newRow("M") << QByteArray("M") << QByteArray("M");
        QTest::newRow("f lower case") << QByteArray("f") << QByteArray("F");
        QTest::newRow("U") << QByteArray("U") << QByteArray("U");
        QTest::newRow("9 is not a code") << QByteArray("9") << QByteArray("");
        QTest::newRow("empty") << QByteArray("") << QByteArray("");
    }
    void sexCodes()
    {
        QFETCH(QByteArray, code);
        QFETCH(QByteArray, stored);
        QCOMPARE(Ssda903Codes::sex(QString::fromLatin1(code)), QString::fromLatin1(stored));
    }
};

QTEST_GUILESS_MAIN(TestPlacementLocationResolver)
#include "tst_placementlocationresolver.moc"
