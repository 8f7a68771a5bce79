// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// What --db means: a file, or a PostgreSQL server given as IT would give it, never with a
// password in it.
#include "data/Database.h"
#include "data/ServerDatabaseOpener.h"

#include <QTest>

using namespace lac;

class TestServerLocation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void recognisesServerLocations_data()
    {
        QTest::addColumn<QString>("location");
        QTest::addColumn<bool>("server");
        QTest::newRow("file") << QStringLiteral("/home/a/lachealth.sqlite") << false;
        QTest::newRow("windows file") << QStringLiteral("C:\\data\\lac.sqlite") << false;
        QTest::newRow("uri") << QStringLiteral("postgresql://db.trust.nhs.uk/lac") << true;
        QTest::newRow("short scheme") << QStringLiteral("postgres://db/lac") << true;
        QTest::newRow("service") << QStringLiteral("service=lachealth") << true;
        QTest::newRow("file named like a service")
            << QStringLiteral("./service=lachealth") << false;
    }
    void recognisesServerLocations()
    {
        QFETCH(QString, location);
        QFETCH(bool, server);
        QCOMPARE(Database::isServerLocation(location), server);
    }

    void readsLibpqKeywords_data()
    {
        QTest::addColumn<QString>("location");
        QTest::addColumn<QStringList>("keywords");
        QTest::addColumn<QString>("remoteHost");
        QTest::newRow("uri")
            << QStringLiteral(
                   "postgresql://jsmith@db.trust.nhs.uk:5433/lachealth?sslmode=verify-full")
            << QStringList{QStringLiteral("user='jsmith'"), QStringLiteral("port=5433"),
                           QStringLiteral("dbname='lachealth'"),
                           QStringLiteral("sslmode='verify-full'"),
                           QStringLiteral("host='db.trust.nhs.uk'")}
            << QStringLiteral("db.trust.nhs.uk");
        QTest::newRow("socket in the query")
            << QStringLiteral("postgresql://postgres@/t1?host=/tmp/pg&port=40001")
            << QStringList{QStringLiteral("user='postgres'"), QStringLiteral("dbname='t1'"),
                           QStringLiteral("port='40001'"), QStringLiteral("host='/tmp/pg'")}
            << QString();
        QTest::newRow("quote in a name")
            << QStringLiteral("postgresql://localhost/o%27neill")
            << QStringList{QStringLiteral("dbname='o\\'neill'"), QStringLiteral("host='localhost'")}
            << QString();
        QTest::newRow("service") << QStringLiteral("service=lachealth sslmode=require")
                                 << QStringList{QStringLiteral("service='lachealth'"),
                                                QStringLiteral("sslmode='require'")}
                                 << QString();
    }
    void readsLibpqKeywords()
    {
        QFETCH(QString, location);
        QFETCH(QStringList, keywords);
        QFETCH(QString, remoteHost);
        const auto l = ServerLocation::parse(location);
        QVERIFY2(l, qPrintable(l ? QString() : l.failure().text()));
        QCOMPARE(l->keywords, keywords);
        QCOMPARE(l->remoteHost, remoteHost);
        QVERIFY(!l->display.contains(QStringLiteral("password")));
    }

    void refusesPasswordsAndNonsense_data()
    {
        QTest::addColumn<QString>("location");
        QTest::addColumn<QString>("says");
        QTest::newRow("password in uri")
            << QStringLiteral("postgresql://jsmith:s3cret@db/lac") << QStringLiteral(".pgpass");
        QTest::newRow("password keyword")
            << QStringLiteral("postgresql://db/lac?password=s3cret") << QStringLiteral(".pgpass");
        QTest::newRow("password in service")
            << QStringLiteral("service=lac password=s3cret") << QStringLiteral(".pgpass");
        QTest::newRow("other scheme") << QStringLiteral("postgresql-x://db/lac")
                                      << QStringLiteral("not a PostgreSQL address");
        QTest::newRow("bad keyword")
            << QStringLiteral("service=lac ssl mode") << QStringLiteral("keyword=value");
    }
    void refusesPasswordsAndNonsense()
    {
        QFETCH(QString, location);
        QFETCH(QString, says);
        const auto l = ServerLocation::parse(location);
        QVERIFY(!l);
        QVERIFY2(l.failure().text().contains(says), qPrintable(l.failure().text()));
        // The refusal never repeats the password.
        QVERIFY(!l.failure().text().contains(QStringLiteral("s3cret")));
    }
};

QTEST_GUILESS_MAIN(TestServerLocation)
#include "tst_serverlocation.moc"
