// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestDatabase.h"
#include "data/RepeatedStatement.h"

#include <QTest>

using namespace lac;
using lac::test::TestDatabase;
using Engine = RepeatedStatement::Engine;

/// The statement behind bulk imports, on both engines: SQLite directly and Qt Sql (what a
/// server database would use). Both must store and read the same values and fail the same way.
class TestRepeatedStatement : public QObject
{
    Q_OBJECT

    static void engines()
    {
        QTest::addColumn<Engine>("engine");
        QTest::newRow("sqlite directly") << Engine::Automatic;
        QTest::newRow("qt sql") << Engine::QtSql;
    }

    static void makeTable(TestDatabase& t)
    {
        t.exec(QStringLiteral("CREATE TABLE probe (id INTEGER PRIMARY KEY, code TEXT NOT NULL "
                              "UNIQUE, note TEXT, day TEXT, n INTEGER)"));
        t.exec(QStringLiteral("CREATE TABLE probe_log (id INTEGER PRIMARY KEY, code TEXT)"));
        // A trigger that inserts elsewhere must not change the id insert() gives.
        t.exec(QStringLiteral("INSERT INTO probe_log (code) VALUES ('a'), ('b'), ('c')"));
        t.exec(QStringLiteral("CREATE TRIGGER probe_logged AFTER INSERT ON probe BEGIN "
                              "INSERT INTO probe_log (code) VALUES (new.code); END"));
    }

private Q_SLOTS:
    void usesSqliteDirectlyOnlyWhenAsked_data() { engines(); }
    void usesSqliteDirectlyOnlyWhenAsked()
    {
        QFETCH(Engine, engine);
        TestDatabase t;
        RepeatedStatement q(t.db(), QStringLiteral("SELECT 1"), QStringLiteral("probe"), engine);
#ifdef LACHEALTH_SQLITE_DIRECT
        QCOMPARE(q.isDirect(), engine == Engine::Automatic);
#else
        QVERIFY(!q.isDirect()); // built for a Qt with its own SQLite: Qt Sql only
#endif
    }

    void insertsAndGivesTheRowsId_data()
    {
        engines();
    }
    void insertsAndGivesTheRowsId()
    {
        QFETCH(Engine, engine);
        TestDatabase t;
        makeTable(t);
        RepeatedStatement q(t.db(),
                            QStringLiteral("INSERT INTO probe (code, note, day, n) VALUES "
                                           "(?, ?, ?, ?) RETURNING id"),
                            QStringLiteral("could not add a probe"), engine);
        for (int i = 0; i < 5; ++i) {
            q.bindText(0, QStringLiteral("c%1").arg(i));
            q.bind(1, i % 2 ? QString() : QStringLiteral("note %1").arg(i));
            q.bind(2, i % 2 ? QDate() : QDate(2026, 1, 1 + i));
            q.bind(3, qint64(i) * 1000000000LL);
            auto id = q.insert();
            QVERIFY2(id, qPrintable(id.failure().text()));
            QCOMPARE(id.value(), t.scalar(QStringLiteral("SELECT id FROM probe WHERE code = ?"),
                                          {QStringLiteral("c%1").arg(i)})
                                     .toLongLong());
        }
        QCOMPARE(t.scalar(QStringLiteral("SELECT count(*) FROM probe")).toInt(), 5);
        QCOMPARE(t.scalar(QStringLiteral("SELECT count(*) FROM probe_log")).toInt(), 8);
        QVERIFY(t.scalar(QStringLiteral("SELECT note FROM probe WHERE code = 'c1'")).isNull());
        QVERIFY(t.scalar(QStringLiteral("SELECT day FROM probe WHERE code = 'c1'")).isNull());
        QCOMPARE(t.scalar(QStringLiteral("SELECT day FROM probe WHERE code = 'c2'")).toString(),
                 QStringLiteral("2026-01-03"));
        QCOMPARE(t.scalar(QStringLiteral("SELECT n FROM probe WHERE code = 'c4'")).toLongLong(),
                 4000000000LL);
        QCOMPARE(
            t.scalar(QStringLiteral("SELECT typeof(n) FROM probe WHERE code = 'c4'")).toString(),
            QStringLiteral("integer"));
    }

    void textValuesKeepNullAndEmptyApart_data()
    {
        engines();
    }
    void textValuesKeepNullAndEmptyApart()
    {
        QFETCH(Engine, engine);
        TestDatabase t;
        makeTable(t);
        RepeatedStatement add(t.db(),
                              QStringLiteral("INSERT INTO probe (code, note) VALUES (?, ?)"),
                              QStringLiteral("could not add a probe"), engine);
        const QString accented = QStringLiteral("Zoë Ångström – 北");
        const QList<QPair<QString, QVariant>> rows{
            {QStringLiteral("null"), QVariant(QMetaType::fromType<QString>())},
            {QStringLiteral("empty"), QVariant(QStringLiteral(""))},
            {QStringLiteral("text"), QVariant(accented)},
            {QStringLiteral("number"), QVariant(42)},
            {QStringLiteral("date"), QVariant(QDate(2024, 2, 29))}};
        for (const auto& [code, note] : rows) {
            auto s = add.exec({code, note});
            QVERIFY2(s, qPrintable(s.failure().text()));
        }
        // bindText never binds NULL: a NOT NULL column gets ''.
        add.bindText(0, QStringLiteral("never null"));
        add.bindText(1, QString());
        QVERIFY(add.exec());
        QCOMPARE(add.rowsAffected(), 1);

        RepeatedStatement read(t.db(),
                               QStringLiteral("SELECT code, note, length(note) FROM probe "
                                              "ORDER BY id"),
                               QStringLiteral("could not read probes"), engine);
        QVERIFY(read.start());
        QHash<QString, QString> notes;
        QHash<QString, bool> nulls;
        for (;;) {
            auto more = read.next();
            QVERIFY(more);
            if (!more.value())
                break;
            notes.insert(read.text(0), read.text(1));
            nulls.insert(read.text(0), read.isNull(1));
        }
        QCOMPARE(notes.size(), 6);
        QVERIFY(nulls.value(QStringLiteral("null")));
        QVERIFY(notes.value(QStringLiteral("null")).isNull());
        QVERIFY(!nulls.value(QStringLiteral("empty")));
        QVERIFY(!notes.value(QStringLiteral("empty")).isNull());
        QVERIFY(notes.value(QStringLiteral("empty")).isEmpty());
        QCOMPARE(notes.value(QStringLiteral("text")), accented);
        QCOMPARE(notes.value(QStringLiteral("number")), QStringLiteral("42"));
        QCOMPARE(notes.value(QStringLiteral("date")), QStringLiteral("2024-02-29"));
        QVERIFY(!nulls.value(QStringLiteral("never null")));
        QVERIFY(!notes.value(QStringLiteral("never null")).isNull());

        // Re-run with a bound value: only the matching rows come back, integers read as such.
        RepeatedStatement count(t.db(),
                                QStringLiteral("SELECT count(*) FROM probe WHERE note IS ?"),
                                QStringLiteral("could not count probes"), engine);
        for (const auto& [note, expected] :
             QList<QPair<QString, int>>{{QString(), 1}, {accented, 1}, {QStringLiteral("x"), 0}}) {
            count.bind(0, note);
            QVERIFY(count.start());
            auto row = count.next();
            QVERIFY(row && row.value());
            QCOMPARE(count.integer(0), expected);
            count.finish();
        }
    }

    void updatesCountTheirRows_data()
    {
        engines();
    }
    void updatesCountTheirRows()
    {
        QFETCH(Engine, engine);
        TestDatabase t;
        makeTable(t);
        t.exec(QStringLiteral("INSERT INTO probe (code, n) VALUES ('a', 1), ('b', 1), ('c', 2)"));
        RepeatedStatement q(t.db(), QStringLiteral("UPDATE probe SET note = 'x' WHERE n = ?"),
                            QStringLiteral("could not update probes"), engine);
        q.bind(0, 1);
        QVERIFY(q.exec());
        QCOMPARE(q.rowsAffected(), 2);
        q.bind(0, 7);
        QVERIFY(q.exec());
        QCOMPARE(q.rowsAffected(), 0);
    }

    void aRefusedRowFailsInPlainWordsAndTheStatementGoesOn_data()
    {
        engines();
    }
    void aRefusedRowFailsInPlainWordsAndTheStatementGoesOn()
    {
        QFETCH(Engine, engine);
        TestDatabase t;
        makeTable(t);
        RepeatedStatement q(t.db(),
                            QStringLiteral("INSERT INTO probe (code) VALUES (?) RETURNING id"),
                            QStringLiteral("could not add a probe"), engine);
        q.bindText(0, QStringLiteral("same"));
        QVERIFY(q.insert());
        auto again = q.insert();
        QVERIFY(!again);
        QVERIFY2(again.failure().message.startsWith(QStringLiteral("could not add a probe")),
                 qPrintable(again.failure().message));
        QVERIFY2(again.failure().message.contains(QStringLiteral("UNIQUE")),
                 qPrintable(again.failure().message));
        q.bindText(0, QStringLiteral("other"));
        auto next = q.insert();
        QVERIFY2(next, qPrintable(next.failure().text()));
        QCOMPARE(t.scalar(QStringLiteral("SELECT count(*) FROM probe")).toInt(), 2);
    }

    void aStatementThatCannotBePreparedFailsWhenRun_data()
    {
        engines();
    }
    void aStatementThatCannotBePreparedFailsWhenRun()
    {
        QFETCH(Engine, engine);
        TestDatabase t;
        RepeatedStatement q(t.db(), QStringLiteral("INSERT INTO no_such_table VALUES (?)"),
                            QStringLiteral("could not add"), engine);
        q.bind(0, 1);
        const Status s = q.exec();
        QVERIFY(!s);
        QVERIFY2(s.failure().message.contains(QStringLiteral("no_such_table")),
                 qPrintable(s.failure().message));
        QVERIFY(!q.insert());
        QVERIFY(!q.start());
    }
};

QTEST_GUILESS_MAIN(TestRepeatedStatement)
#include "tst_repeatedstatement.moc"
