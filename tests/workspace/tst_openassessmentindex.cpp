// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Schema version 10: the database itself refuses a second open expected assessment of one
// kind in one period of care, and an upgrade of a database that already holds such duplicates
// closes them the same way every time (and says so in the audit trail) rather than failing.
#include "support/TestDatabase.h"

#include "data/MigrationScript.h"

#include <QRegularExpression>

using namespace lac;
using namespace lac::test;

class TestOpenAssessmentIndex : public QObject
{
    Q_OBJECT

    static constexpr int indexVersion = 10;
    static inline const QString now = QStringLiteral("2026-01-01T00:00:00Z");

    /// Adds an assessment row by hand, as a race or an old bug could have left it.
    static qint64 addAssessment(TestDatabase& t, qint64 child, qint64 period, const char* kind,
                                const char* status, const QVariant& completed = {})
    {
        return t
            .scalar(QStringLiteral("INSERT INTO assessments (child_id, care_period_id, kind, "
                                   "clock_start, due_date, status, completed_date, created_at, "
                                   "updated_at) VALUES (?, ?, ?, '2026-02-16', '2026-03-16', ?, "
                                   "?, ?, ?) RETURNING id"),
                    {child, period, QString::fromLatin1(kind), QString::fromLatin1(status),
                     completed.isValid() ? completed : QVariant(QMetaType::fromType<QString>()),
                     now, now})
            .toLongLong();
    }

    static qint64 periodOf(TestDatabase& t, qint64 child)
    {
        return t.scalar(QStringLiteral("SELECT id FROM care_periods WHERE child_id = ?"), {child})
            .toLongLong();
    }

    /// Each statement of a migration after the index's that \a pattern matches, in order.
    static QList<QRegularExpressionMatch>
    laterMatches(const QRegularExpression& pattern,
                 const QString& folder = QStringLiteral(":/migrations"))
    {
        QList<QRegularExpressionMatch> found;
        for (const auto& script : MigrationScript::bundled(folder))
            if (script.version > indexVersion)
                for (const QString& statement : script.statements)
                    if (auto m = pattern.match(statement); m.hasMatch())
                        found << m;
        return found;
    }

    /// Puts the database back to the schema before version 10 (the index and every later
    /// table, index and column gone), as a database written by an older program is.
    static void backBeforeTheIndex(TestDatabase& t)
    {
        int previous = 0;
        for (const auto& script : MigrationScript::bundled())
            if (script.version < indexVersion)
                previous = script.version;
        QSqlQuery drop(t.sql()); // not prepared: PostgreSQL cannot prepare DDL
        QVERIFY2(drop.exec(QStringLiteral("DROP INDEX assessments_one_open_expected")),
                 qPrintable(drop.lastError().text()));
        // The triggers later migrations add, before the tables they write to.
        static const QRegularExpression trigger(
            QStringLiteral(R"(CREATE TRIGGER (\w+)[\s\S]*?\bON (\w+))"));
        for (const auto& m : laterMatches(trigger))
            QVERIFY2(
                drop.exec(
                    t.db().isServer()
                        ? QStringLiteral("DROP TRIGGER %1 ON %2").arg(m.captured(1), m.captured(2))
                        : QStringLiteral("DROP TRIGGER %1").arg(m.captured(1))),
                qPrintable(drop.lastError().text()));
        // The tables later migrations add go too, or the upgrade cannot create them again;
        // the newest first, as a table may refer to one created before it.
        static const QRegularExpression created(QStringLiteral(R"(CREATE TABLE (\w+))"));
        QStringList later;
        for (const auto& m : laterMatches(created))
            later.prepend(m.captured(1));
        for (const QString& table : std::as_const(later))
            QVERIFY2(drop.exec(QStringLiteral("DROP TABLE ") + table),
                     qPrintable(drop.lastError().text()));
        // The indexes later migrations add to older tables (those on dropped tables are gone).
        static const QRegularExpression indexed(
            QStringLiteral(R"(CREATE (?:UNIQUE )?INDEX (?:IF NOT EXISTS )?(\w+))"));
        for (const auto& m : laterMatches(indexed))
            QVERIFY2(drop.exec(QStringLiteral("DROP INDEX IF EXISTS ") + m.captured(1)),
                     qPrintable(drop.lastError().text()));
        // And the columns later migrations add to older tables.
        static const QRegularExpression added(
            QStringLiteral(R"(ALTER TABLE (\w+) ADD COLUMN (\w+))"));
        for (const auto& m : laterMatches(added))
            QVERIFY2(drop.exec(QStringLiteral("ALTER TABLE %1 DROP COLUMN %2")
                                   .arg(m.captured(1), m.captured(2))),
                     qPrintable(drop.lastError().text()));
        // And on the server, the functions those triggers called (in its own scripts only).
        static const QRegularExpression function(QStringLiteral(R"(CREATE FUNCTION (\w+))"));
        if (t.db().isServer())
            for (const auto& m : laterMatches(function, QStringLiteral(":/migrations/postgresql")))
                QVERIFY2(drop.exec(QStringLiteral("DROP FUNCTION %1").arg(m.captured(1))),
                         qPrintable(drop.lastError().text()));
        if (t.db().isServer())
            t.exec(QStringLiteral("UPDATE lachealth_schema SET version = ?"), {previous});
        else // PRAGMA takes no bound value; the number is the program's own
            t.exec(QStringLiteral("PRAGMA user_version = %1").arg(previous));
    }

private Q_SLOTS:
    void secondOpenExpectedAssessmentIsRefused()
    {
        TestDatabase t;
        const qint64 child =
            t.addChild(QStringLiteral("U1"), QStringLiteral("Ann"), QStringLiteral("Lee"),
                       QDate(2014, 4, 4), QDate(2026, 2, 16));
        const qint64 period = periodOf(t, child);
        const qint64 first = addAssessment(t, child, period, "IHA", "open");
        QSqlQuery q(t.sql());
        q.prepare(QStringLiteral("INSERT INTO assessments (child_id, care_period_id, kind, "
                                 "clock_start, due_date, status, created_at, updated_at) VALUES "
                                 "(?, ?, 'IHA', '2026-02-16', '2026-03-16', 'open', ?, ?)"));
        for (const QVariant& v : {QVariant(child), QVariant(period), QVariant(now), QVariant(now)})
            q.addBindValue(v);
        QVERIFY(!q.exec());
        QVERIFY2(q.lastError().text().contains(QStringLiteral("assessments_one_open_expected")) ||
                     q.lastError().text().contains(QStringLiteral("UNIQUE")),
                 qPrintable(q.lastError().text()));
        // A review in the same period, and another IHA once the first is done, are fine.
        addAssessment(t, child, period, "RHA", "open");
        t.exec(QStringLiteral("UPDATE assessments SET status = 'completed', completed_date = "
                              "'2026-03-10' WHERE id = ?"),
               {first});
        addAssessment(t, child, period, "IHA", "open");
        QCOMPARE(t.scalar(QStringLiteral("SELECT count(*) FROM assessments")).toInt(), 3);
    }

    void upgradeClosesDuplicatesDeterministically()
    {
        TestDatabase t;
        const qint64 child =
            t.addChild(QStringLiteral("U2"), QStringLiteral("Bo"), QStringLiteral("Ray"),
                       QDate(2014, 4, 4), QDate(2026, 2, 16));
        const qint64 other =
            t.addChild(QStringLiteral("U3"), QStringLiteral("Cy"), QStringLiteral("Ray"),
                       QDate(2014, 4, 4), QDate(2026, 2, 16));
        const qint64 period = periodOf(t, child);
        backBeforeTheIndex(t);
        const qint64 done = addAssessment(t, child, period, "IHA", "completed", now.left(10));
        const qint64 openIha = addAssessment(t, child, period, "IHA", "open");
        const qint64 bookedIha = addAssessment(t, child, period, "IHA", "booked");
        const qint64 firstRha = addAssessment(t, child, period, "RHA", "open");
        const qint64 secondRha = addAssessment(t, child, period, "RHA", "open");
        const qint64 alone = addAssessment(t, other, periodOf(t, other), "IHA", "requested");
        const int audits = t.scalar(QStringLiteral("SELECT count(*) FROM audit_log")).toInt();

        auto upgraded = Database::open(t.db().path());
        QVERIFY2(upgraded, qPrintable(upgraded.failure().text()));
        QCOMPARE(upgraded.value()->schemaVersion(), Database::latestSchemaVersion());

        const auto state = [&t](qint64 id) {
            return t
                .scalar(QStringLiteral("SELECT status || '/' || coalesce(closed_reason, '-') "
                                       "FROM assessments WHERE id = ?"),
                        {id})
                .toString();
        };
        // The one gone furthest stays, then the oldest; completed ones are never touched.
        QCOMPARE(state(done), QStringLiteral("completed/-"));
        QCOMPARE(state(bookedIha), QStringLiteral("booked/-"));
        QCOMPARE(state(openIha), QStringLiteral("not_required/duplicate"));
        QCOMPARE(state(firstRha), QStringLiteral("open/-"));
        QCOMPARE(state(secondRha), QStringLiteral("not_required/duplicate"));
        QCOMPARE(state(alone), QStringLiteral("requested/-"));
        QCOMPARE(t.scalar(QStringLiteral("SELECT count(*) FROM assessments WHERE closed_at IS "
                                         "NOT NULL AND version = 2"))
                     .toInt(),
                 2);
        // Each closing is in the audit trail, against the child.
        QCOMPARE(t.scalar(QStringLiteral("SELECT count(*) FROM audit_log")).toInt(), audits + 2);
        QCOMPARE(t.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE child_id = ? AND "
                                         "entity = 'assessments' AND entity_id IN (?, ?) AND "
                                         "summary LIKE '%duplicate%'"),
                          {child, openIha, secondRha})
                     .toInt(),
                 2);
        // And the index is there now.
        QSqlQuery q(t.sql());
        q.prepare(QStringLiteral("UPDATE assessments SET closed_at = NULL WHERE id = ?"));
        q.addBindValue(openIha);
        QVERIFY(!q.exec());
    }
};

QTEST_GUILESS_MAIN(TestOpenAssessmentIndex)
#include "tst_openassessmentindex.moc"
