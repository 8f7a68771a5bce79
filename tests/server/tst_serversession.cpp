// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The settings every connection to a team server gets, and what they are for: a lock wait
// that ends with the message SQLite gives, a PC asleep mid-save that stops holding a child,
// and keepalives on both sides of the connection.
#include "support/TestDatabase.h"

#include "data/SqlTransaction.h"

#include <QSqlDriver>

#include <libpq-fe.h>

using namespace lac;
using namespace lac::test;

namespace {

QString show(const Database& db, const char* setting)
{
    return TestDatabase::scalarOn(db, QStringLiteral("SELECT current_setting(?)"),
                                  {QString::fromLatin1(setting)})
        .toString();
}

/// The connection options libpq is using, from the connection itself.
QMap<QString, QString> clientOptions(const Database& db)
{
    QMap<QString, QString> options;
    const QVariant handle = QSqlDatabase::database(db.connectionName()).driver()->handle();
    auto* conn = *static_cast<PGconn* const*>(handle.constData());
    if (!conn)
        return options;
    PQconninfoOption* info = PQconninfo(conn);
    for (PQconninfoOption* o = info; o && o->keyword; ++o)
        if (o->val)
            options.insert(QString::fromLatin1(o->keyword), QString::fromLocal8Bit(o->val));
    PQconninfoFree(info);
    return options;
}

} // namespace

class TestServerSession : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!TestDatabase::serverUri().isEmpty(),
                 "run through CTest, which starts the test server");
    }

    void everyConnectionBoundsItsWaits()
    {
        TestDatabase t;
        QCOMPARE(show(t.db(), "lock_timeout"), QStringLiteral("5s"));
        QCOMPARE(show(t.db(), "idle_in_transaction_session_timeout"), QStringLiteral("2min"));
        // The server's keepalives are set for the session (they act on TCP connections only;
        // the test server is reached through a Unix socket, where it reports them as 0).
        QCOMPARE(TestDatabase::scalarOn(t.db(),
                                        QStringLiteral("SELECT source FROM pg_settings WHERE "
                                                       "name = 'tcp_keepalives_idle'"),
                                        {})
                     .toString(),
                 QStringLiteral("session"));
        QCOMPARE(show(t.db(), "client_min_messages"), QStringLiteral("warning"));
        const auto client = clientOptions(t.db());
        QCOMPARE(client.value(QStringLiteral("keepalives")), QStringLiteral("1"));
        QCOMPARE(client.value(QStringLiteral("keepalives_idle")), QStringLiteral("30"));
        QCOMPARE(client.value(QStringLiteral("keepalives_interval")), QStringLiteral("10"));
        QCOMPARE(client.value(QStringLiteral("keepalives_count")), QStringLiteral("3"));
        QCOMPARE(client.value(QStringLiteral("connect_timeout")), QStringLiteral("10"));
        QCOMPARE(client.value(QStringLiteral("application_name")), QStringLiteral("lachealth"));

        // The program's own wait, not the server's default (none: wait for ever).
        Database::Options quick;
        quick.busyTimeoutMs = 250;
        auto other = Database::open(t.db().path(), quick);
        QVERIFY(other);
        QCOMPARE(show(*other.value(), "lock_timeout"), QStringLiteral("250ms"));
    }

    void aLockWaitEndsInTheMessageSqliteGives()
    {
        TestDatabase t;
        const qint64 child =
            t.addChild(QStringLiteral("S1"), QStringLiteral("Di"), QStringLiteral("Fox"),
                       QDate(2016, 2, 2), QDate(2026, 1, 5));
        Database::Options quick;
        quick.busyTimeoutMs = 300;
        auto other = Database::open(t.db().path(), quick);
        QVERIFY(other);
        SqlTransaction holding(t.db(), child);
        QVERIFY(holding.begun());
        QElapsedTimer waited;
        waited.start();
        SqlTransaction refused(*other.value(), child);
        QVERIFY(!refused.begun());
        QVERIFY(waited.elapsed() >= 250);
        QVERIFY2(refused.begun().failure().message.contains(
                     QStringLiteral("someone else (on this or another PC) is saving to the "
                                    "database right now; nothing was changed")),
                 qPrintable(refused.begun().failure().message));
        // Another child is not held up.
        const qint64 another =
            t.addChild(QStringLiteral("S2"), QStringLiteral("Ed"), QStringLiteral("Fox"),
                       QDate(2016, 2, 2), QDate(2026, 1, 5));
        SqlTransaction free(*other.value(), another);
        QVERIFY(free.begun());
    }

    void aPcAsleepMidSaveLetsGoOfTheChild()
    {
        TestDatabase t;
        const qint64 child =
            t.addChild(QStringLiteral("S3"), QStringLiteral("Fi"), QStringLiteral("Gee"),
                       QDate(2016, 2, 2), QDate(2026, 1, 5));
        auto asleep = Database::open(t.db().path());
        QVERIFY(asleep);
        // The program waits two minutes (everyConnectionBoundsItsWaits); a test cannot.
        TestDatabase::execOn(*asleep.value(),
                             QStringLiteral("SELECT set_config('idle_in_transaction_session_"
                                            "timeout', '400', false)"),
                             {});
        Database::Options quick;
        quick.busyTimeoutMs = 300;
        auto awake = Database::open(t.db().path(), quick);
        QVERIFY(awake);
        {
            SqlTransaction held(*asleep.value(), child);
            QVERIFY(held.begun());
            {
                SqlTransaction meanwhile(*awake.value(), child);
                QVERIFY(!meanwhile.begun()); // held, as it should be while the save is live
            }
            QTest::qWait(1000); // the PC sleeps with its save open; the server ends it
            SqlTransaction later(*awake.value(), child);
            QVERIFY2(later.begun(), qPrintable(later.begun().failure().text()));
            // The sleeper's save is gone, and it says so rather than claiming success.
            const Status lost = held.commit();
            QVERIFY(!lost);
            QVERIFY2(lost.failure().message.contains(QStringLiteral("nothing was changed")),
                     qPrintable(lost.failure().message));
        }
    }
};

QTEST_GUILESS_MAIN(TestServerSession)
#include "tst_serversession.moc"
