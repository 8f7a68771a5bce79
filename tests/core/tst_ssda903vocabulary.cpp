// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The SSDA903 enums and the DfE's codes agree: every code the product's own reference lists
// hold (placement types and legal statuses, as the schema ships them) reads as a real value
// and writes back as itself, a code the DfE does not use reads as NotKnown, and the groupings
// rules branch on (foster, adoption, supported accommodation, short breaks) hold the codes the
// DfE's guide puts in them.
#include "TestDatabase.h"

#include "domain/Ssda903Vocabulary.h"

#include <QSet>
#include <QSqlQuery>

using namespace lac;

class TestSsda903Vocabulary : public QObject
{
    Q_OBJECT

    static QStringList codes(const Database& db, const QString& table)
    {
        QSqlQuery q(QSqlDatabase::database(db.connectionName()));
        if (!q.exec(QStringLiteral("SELECT code FROM %1 ORDER BY code").arg(table)))
            qFatal("%s", qPrintable(q.lastError().text()));
        QStringList list;
        while (q.next())
            list << q.value(0).toString();
        return list;
    }

    /// Every code reads as its own value (none NotKnown, no two the same) and writes back.
    template <typename E, typename Read, typename Write>
    static void roundTrips(const QStringList& list, Read read, Write write, E notKnown)
    {
        QVERIFY(!list.isEmpty());
        QSet<int> seen;
        for (const QString& code : list) {
            const E value = read(code);
            QVERIFY2(value != notKnown, qPrintable(code));
            QVERIFY2(!seen.contains(int(value)), qPrintable(code));
            seen.insert(int(value));
            QCOMPARE(write(value), code);
        }
        QCOMPARE(read(QStringLiteral("Q9")), notKnown);
        QCOMPARE(read(QString()), notKnown);
        QVERIFY(write(notKnown).isEmpty());
    }

private Q_SLOTS:
    void referenceListsAreKnown()
    {
        test::TestDatabase db;
        roundTrips(codes(db.db(), QStringLiteral("placement_types")), placementTypeFromCode,
                   placementTypeCode, PlacementType::NotKnown);
        roundTrips(codes(db.db(), QStringLiteral("legal_statuses")), legalStatusFromCode,
                   legalStatusCode, LegalStatus::NotKnown);
    }

    void fixedListsRoundTrip()
    {
        const auto split = [](const char* s) {
            return QString::fromLatin1(s).split(QLatin1Char(','));
        };
        roundTrips(split("PR0,PR1,PR2,PR3,PR4,PR5"), placementProviderFromCode,
                   placementProviderCode, PlacementProvider::NotKnown);
        roundTrips(split("X1,E11,E12,E2,E3,E4A,E4B,E5,E6,E7,E8,E9,E13,E14,E15,E16,E17,E41,E45,"
                         "E46,E47,E48"),
                   episodeEndReasonFromCode, episodeEndReasonCode, EpisodeEndReason::NotKnown);
        roundTrips(split("CARPL,CHILD,CREQB,CREQO,LAREQ,PLACE,STAND,ALLEG,CLOSE,APPRR,OTHER"),
                   placeChangeReasonFromCode, placeChangeReasonCode, PlaceChangeReason::NotKnown);
        roundTrips(split("N1,N2,N3,N4,N5,N6,N7,N8"), categoryOfNeedFromCode, categoryOfNeedCode,
                   CategoryOfNeed::NotKnown);
        roundTrips(split("S,L,P,T,U,B"), episodeReasonFromCode, episodeReasonCode,
                   EpisodeReason::Change);
    }

    void groupings_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<bool>("foster");
        QTest::addColumn<bool>("adoption");
        QTest::addColumn<bool>("supported");
        QTest::newRow("U1 relative, long term") << "U1" << true << false << false;
        QTest::newRow("U6 other carer") << "U6" << true << false << false;
        QTest::newRow("A3 adoption with consent") << "A3" << false << true << false;
        QTest::newRow("A6 placement order") << "A6" << false << true << false;
        QTest::newRow("K3 supported accommodation") << "K3" << false << false << true;
        QTest::newRow("H5 semi-independent") << "H5" << false << false << true;
        QTest::newRow("P2 independent living") << "P2" << false << false << true;
        QTest::newRow("P1 with parents") << "P1" << false << false << false;
        QTest::newRow("K2 children's home") << "K2" << false << false << false;
        QTest::newRow("T4 temporary") << "T4" << false << false << false;
        QTest::newRow("Z14 other") << "Z14" << false << false << false;
    }

    void groupings()
    {
        QFETCH(QString, code);
        const PlacementType type = placementTypeFromCode(code);
        QFETCH(bool, foster);
        QFETCH(bool, adoption);
        QFETCH(bool, supported);
        QCOMPARE(isFosterPlacement(type), foster);
        QCOMPARE(isAdoptionPlacement(type), adoption);
        QCOMPARE(isSupportedAccommodation(type), supported);
    }

    void shortBreaksAndAdoption()
    {
        test::TestDatabase db;
        // The schema marks short-break statuses itself; the enum agrees with it.
        QSqlQuery q(QSqlDatabase::database(db.db().connectionName()));
        QVERIFY(q.exec(QStringLiteral("SELECT code, short_break FROM legal_statuses")));
        int seen = 0;
        while (q.next()) {
            const QString code = q.value(0).toString();
            QCOMPARE(isShortBreak(legalStatusFromCode(code)), q.value(1).toInt() == 1);
            ++seen;
        }
        QCOMPARE(seen, 13);
        QVERIFY(isAdoption(episodeEndReasonFromCode(QStringLiteral("E11"))));
        QVERIFY(isAdoption(episodeEndReasonFromCode(QStringLiteral("E12"))));
        QVERIFY(!isAdoption(episodeEndReasonFromCode(QStringLiteral("E45"))));
        QVERIFY(!isAdoption(EpisodeEndReason::NotKnown));
    }
};

QTEST_GUILESS_MAIN(TestSsda903Vocabulary)
#include "tst_ssda903vocabulary.moc"
