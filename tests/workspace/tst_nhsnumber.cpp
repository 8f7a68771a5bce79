// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/NhsNumber.h"

#include <QTest>

using namespace lac;

class TestNhsNumber : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("formatted");
        QTest::addColumn<QString>("complaint"); // part of the failure message
        QTest::newRow("domain.md valid") << "9434765919" << true << "943 476 5919"
                                         << "";
        QTest::newRow("with spaces") << "943 476 5919" << true << "943 476 5919"
                                     << "";
        QTest::newRow("with dashes") << "943-476-5919" << true << "943 476 5919"
                                     << "";
        QTest::newRow("check 11 gives 0") << "4000000020" << true << "400 000 0020"
                                          << "";
        QTest::newRow("often quoted, invalid") << "9876544321" << false << ""
                                               << "check digit";
        QTest::newRow("one digit mistyped") << "9434765918" << false << ""
                                            << "check digit";
        QTest::newRow("check digit would be 10") << "1000000010" << false << ""
                                                 << "nine digits";
        QTest::newRow("nine digits") << "943476591" << false << ""
                                     << "10 digits";
        QTest::newRow("eleven digits") << "94347659190" << false << ""
                                       << "10 digits";
        QTest::newRow("letters") << "943476591O" << false << ""
                                 << "only digits";
        QTest::newRow("empty") << "" << false << ""
                               << "10 digits";
    }
    void parse()
    {
        QFETCH(QString, input);
        QFETCH(bool, valid);
        QFETCH(QString, formatted);
        QFETCH(QString, complaint);
        const auto n = NhsNumber::parse(input);
        QCOMPARE(n.ok(), valid);
        if (valid) {
            QCOMPARE(n.value().formatted(), formatted);
            QCOMPARE(n.value().digits().size(), 10);
        } else {
            QVERIFY2(n.failure().message.contains(complaint), qPrintable(n.failure().message));
        }
    }

    void checkDigit_data()
    {
        QTest::addColumn<QString>("nine");
        QTest::addColumn<int>("check");
        QTest::newRow("943476591") << "943476591" << 9;
        QTest::newRow("sum remainder 0") << "400000002" << 0;
        QTest::newRow("gives 10") << "100000001" << -1;
        QTest::newRow("too short") << "12345678" << -1;
    }
    void checkDigit()
    {
        QFETCH(QString, nine);
        QFETCH(int, check);
        QCOMPARE(NhsNumber::checkDigit(nine), check);
    }

    void formatLeavesOtherTextAlone()
    {
        QCOMPARE(NhsNumber::format(QStringLiteral("123")), QStringLiteral("123"));
        QCOMPARE(NhsNumber::format(QStringLiteral("9434765919")), QStringLiteral("943 476 5919"));
    }
};

QTEST_GUILESS_MAIN(TestNhsNumber)
#include "tst_nhsnumber.moc"
