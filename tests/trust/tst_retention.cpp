// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Retention: case records are kept until the child's 75th birthday, never hard-deleted, and
// an administrator can list those past it.
#include "TrustTestSupport.h"

#include "rules/RetentionRule.h"
#include "services/RetentionReview.h"

using namespace lac;
using namespace lac::trust;

class TestRetention : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rule_data()
    {
        QTest::addColumn<QDate>("dob");
        QTest::addColumn<QDate>("today");
        QTest::addColumn<bool>("past");
        QTest::newRow("day before 75th") << QDate(1950, 6, 15) << QDate(2025, 6, 14) << false;
        QTest::newRow("75th birthday") << QDate(1950, 6, 15) << QDate(2025, 6, 15) << true;
        QTest::newRow("long after") << QDate(1940, 1, 1) << QDate(2026, 1, 1) << true;
        QTest::newRow("a child now") << QDate(2015, 1, 1) << QDate(2026, 1, 1) << false;
        QTest::newRow("29 Feb, non-leap 75th: 28 Feb")
            << QDate(1952, 2, 29) << QDate(2027, 2, 28) << true;
        QTest::newRow("29 Feb, day before") << QDate(1952, 2, 29) << QDate(2027, 2, 27) << false;
        QTest::newRow("29 Feb, leap 75th") << QDate(1948, 2, 29) << QDate(2023, 2, 28) << true;
    }

    void rule()
    {
        QFETCH(QDate, dob);
        QFETCH(QDate, today);
        QFETCH(bool, past);
        QCOMPARE(RetentionRule::isPastRetention(dob, today), past);
        // The SQL cutoff agrees with the rule for this date of birth.
        QCOMPARE(dob <= RetentionRule::dateOfBirthCutoff(today), past);
    }

    void cutoffAgreesWithTheRuleEveryDayForFiveYears()
    {
        for (QDate today(2024, 1, 1); today < QDate(2029, 1, 1); today = today.addDays(1)) {
            const QDate cutoff = RetentionRule::dateOfBirthCutoff(today);
            QVERIFY(RetentionRule::isPastRetention(cutoff, today));
            QVERIFY(!RetentionRule::isPastRetention(cutoff.addDays(1), today));
        }
    }

    void reviewListsRecordsPastRetentionForAdministratorsOnly()
    {
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(QStringLiteral("r.sqlite")));
        QVERIFY(db);
        addChild(*db.value(), QStringLiteral("OLD1"), QStringLiteral("Ada"), QStringLiteral("Old"),
                 QStringLiteral("1950-03-01"));
        addChild(*db.value(), QStringLiteral("OLD2"), QStringLiteral("Bea"),
                 QStringLiteral("Older"), QStringLiteral("1949-12-31"));
        addChild(*db.value(), QStringLiteral("EDGE"), QStringLiteral("Cy"), QStringLiteral("Edge"),
                 QStringLiteral("1951-03-02"));
        addChild(*db.value(), QStringLiteral("KID"), QStringLiteral("Di"), QStringLiteral("Young"),
                 QStringLiteral("2016-01-01"));

        AuditLog admin(*db.value(), UserContext{QStringLiteral("admin"), UserRole::Administrator});
        auto rows = RetentionReview(*db.value(), admin).pastRetention(QDate(2026, 3, 1));
        QVERIFY2(rows, qPrintable(rows.failure().text()));
        QCOMPARE(rows->size(), 2);
        QCOMPARE(rows->at(0).caseId, QStringLiteral("OLD2"));
        QCOMPARE(rows->at(1).caseId, QStringLiteral("OLD1"));
        QCOMPARE(rows->at(1).retainUntil, QDate(2025, 3, 1));
        QCOMPARE(scalar(*db.value(), QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = "
                                                    "'report' AND entity = 'retention_review'"))
                     .toInt(),
                 1);

        for (UserRole role : {UserRole::Viewer, UserRole::DesignatedNurse, UserRole::HealthAdmin}) {
            AuditLog other(*db.value(), UserContext{QStringLiteral("x"), role});
            QVERIFY(!RetentionReview(*db.value(), other).pastRetention(QDate(2026, 3, 1)));
        }
    }

    void caseRecordsCannotBeHardDeleted_data()
    {
        QTest::addColumn<QString>("table");
        for (const char* t :
             {"children", "nhs_numbers", "care_periods", "episodes", "assessments", "appointments",
              "paperwork_issues", "ooa_requests", "ooa_chases", "users"})
            QTest::newRow(t) << QString::fromLatin1(t);
    }

    void caseRecordsCannotBeHardDeleted()
    {
        QFETCH(QString, table);
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(QStringLiteral("d.sqlite")));
        QVERIFY(db);
        const qint64 child = addChild(*db.value(), QStringLiteral("D1"), QStringLiteral("Del"),
                                      QStringLiteral("Ete"), QStringLiteral("2015-01-01"));
        if (table == QLatin1String("users"))
            QVERIFY(tryExec(*db.value(),
                            QStringLiteral("INSERT INTO users (os_login, role, created_at) "
                                           "VALUES ('u', 'viewer', 'now')"))
                        .isEmpty());
        if (table == QLatin1String("nhs_numbers"))
            QVERIFY(tryExec(*db.value(),
                            QStringLiteral("INSERT INTO nhs_numbers (child_id, nhs_number, "
                                           "valid_from, recorded_at) VALUES (?, "
                                           "'9434765919', '2020-01-01', 'now')"),
                            {child})
                        .isEmpty());
        // A trigger fires per row: where rows exist, deleting them all must be refused.
        const int before =
            scalar(*db.value(), QStringLiteral("SELECT COUNT(*) FROM %1").arg(table)).toInt();
        const QString error = tryExec(*db.value(), QStringLiteral("DELETE FROM %1").arg(table));
        if (before > 0)
            QVERIFY2(error.contains(QStringLiteral("never deleted")), qPrintable(error));
        QCOMPARE(scalar(*db.value(), QStringLiteral("SELECT COUNT(*) FROM %1").arg(table)).toInt(),
                 before);
        // And the trigger exists whatever the rows.
        QCOMPARE(scalar(*db.value(),
                        QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE type = "
                                       "'trigger' AND tbl_name = ? AND name LIKE "
                                       "'%_no_delete'"),
                        {table})
                     .toInt(),
                 1);
    }
};

QTEST_GUILESS_MAIN(TestRetention)
#include "tst_retention.moc"
