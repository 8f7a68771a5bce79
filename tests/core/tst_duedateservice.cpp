// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "data/Database.h"
#include "services/DueDateService.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace lac;

class TestDueDateService : public QObject
{
    Q_OBJECT

    QTemporaryDir dir;
    std::unique_ptr<Database> db;
    WorkingDayCalendar calendar;

    QSqlQuery exec(const QString& sql)
    {
        QSqlQuery q(QSqlDatabase::database(db->connectionName()));
        if (!q.exec(sql))
            qFatal("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        return q;
    }
    static bool ok(const Status& s)
    {
        if (!s)
            qWarning("%s", qPrintable(s.failure().text()));
        return s.ok();
    }
    QVariant scalar(const QString& sql)
    {
        auto q = exec(sql);
        return q.next() ? q.value(0) : QVariant();
    }

private Q_SLOTS:
    void init()
    {
        db.reset();
        auto opened = Database::open(dir.filePath(
            QStringLiteral("%1.sqlite").arg(QLatin1String(QTest::currentTestFunction()))));
        QVERIFY(opened);
        db = std::move(opened).value();
        const QString now = QStringLiteral("'2026-01-01T00:00:00Z'");
        exec(QStringLiteral(
                 "INSERT INTO children (id, case_id, date_of_birth, created_at, updated_at) VALUES "
                 "(1, 'C1', '2015-03-01', %1, %1), (2, 'C2', '2024-02-10', %1, %1)")
                 .arg(now));
        exec(QStringLiteral("INSERT INTO care_periods (id, child_id, start_date, created_at, "
                            "updated_at) VALUES "
                            "(1, 1, '2025-12-22', %1, %1), (2, 2, '2025-06-02', %1, %1)")
                 .arg(now));
        exec(QStringLiteral("INSERT INTO episodes (care_period_id, child_id, start_date, "
                            "legal_status, placement_type, "
                            "location, created_at, updated_at) VALUES "
                            "(1, 1, '2025-12-22', 'C1', 'U4', 'IN', %1, %1), "
                            "(2, 2, '2025-06-02', 'V2', 'K2', 'OUT', %1, %1)")
                 .arg(now));
    }

    void createsExpectedAssessmentsAndDerivedColumns()
    {
        const DueDateService service(*db, calendar, AssessmentPolicy{});
        QVERIFY(ok(service.recompute({1, 2}, QDate(2026, 1, 5))));
        QCOMPARE(scalar(QStringLiteral(
                            "SELECT due_date FROM assessments WHERE child_id = 1 AND kind = 'IHA'"))
                     .toString(),
                 QStringLiteral("2026-01-22"));
        QCOMPARE(
            scalar(QStringLiteral("SELECT request_due_date FROM assessments WHERE child_id = 1"))
                .toString(),
            QStringLiteral("2025-12-31"));
        QCOMPARE(
            scalar(QStringLiteral("SELECT next_due_date FROM children WHERE id = 1")).toString(),
            QStringLiteral("2026-01-22"));
        QCOMPARE(
            scalar(QStringLiteral("SELECT next_due_kind FROM children WHERE id = 1")).toString(),
            QStringLiteral("IHA"));
        QCOMPARE(scalar(QStringLiteral("SELECT in_care FROM children WHERE id = 1")).toInt(), 1);
        QCOMPARE(scalar(QStringLiteral("SELECT current_placement_type FROM children WHERE id = 1"))
                     .toString(),
                 QStringLiteral("U4"));
        QCOMPARE(
            scalar(QStringLiteral("SELECT current_location FROM children WHERE id = 2")).toString(),
            QStringLiteral("OUT"));
        QCOMPARE(
            scalar(QStringLiteral("SELECT location_at_due FROM assessments WHERE child_id = 2"))
                .toString(),
            QStringLiteral("OUT"));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM assessments")).toInt(), 2);
    }

    // The placements reports split by are kept on the rows by the same recomputation, and
    // follow a change of placement.
    void keepsTheReportPlacements()
    {
        const DueDateService service(*db, calendar, AssessmentPolicy{});
        QVERIFY(ok(service.recompute({1, 2}, QDate(2026, 1, 5))));
        QCOMPARE(scalar(QStringLiteral("SELECT entry_placement_type || ' ' || entry_location "
                                       "FROM care_periods WHERE id = 2"))
                     .toString(),
                 QStringLiteral("K2 OUT"));
        QCOMPARE(scalar(QStringLiteral("SELECT placement_type_at_due FROM assessments "
                                       "WHERE child_id = 1"))
                     .toString(),
                 QStringLiteral("U4"));
        // Child 1 moved out of area before the IHA was due; the first placement was recorded
        // wrongly and is corrected.
        exec(QStringLiteral("UPDATE episodes SET end_date = '2026-01-10', placement_type = 'U5' "
                            "WHERE child_id = 1"));
        exec(QStringLiteral("INSERT INTO episodes (care_period_id, child_id, start_date, "
                            "legal_status, placement_type, location, created_at, updated_at) "
                            "VALUES (1, 1, '2026-01-10', 'C1', 'K1', 'OUT', 'x', 'x')"));
        QVERIFY(ok(service.recompute({1}, QDate(2026, 1, 12))));
        QCOMPARE(scalar(QStringLiteral("SELECT entry_placement_type || ' ' || entry_location "
                                       "FROM care_periods WHERE id = 1"))
                     .toString(),
                 QStringLiteral("U5 IN"));
        QCOMPARE(scalar(QStringLiteral("SELECT placement_type_at_due || ' ' || location_at_due "
                                       "FROM assessments WHERE child_id = 1"))
                     .toString(),
                 QStringLiteral("K1 OUT"));
    }

    void isIdempotent()
    {
        const DueDateService service(*db, calendar, AssessmentPolicy{});
        QVERIFY(ok(service.recompute({1, 2}, QDate(2026, 1, 5))));
        exec(QStringLiteral("UPDATE assessments SET updated_at = 'marker'"));
        QVERIFY(ok(service.recompute({1, 2}, QDate(2026, 1, 5))));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM assessments")).toInt(), 2);
        QCOMPARE(
            scalar(QStringLiteral("SELECT count(*) FROM assessments WHERE updated_at <> 'marker'"))
                .toInt(),
            0);
    }

    void completionStartsTheReviewClock()
    {
        const DueDateService service(*db, calendar, AssessmentPolicy{});
        QVERIFY(ok(service.recompute({2}, QDate(2026, 1, 5))));
        // Child 2 is under 2: the review is due 6 months after the IHA.
        exec(QStringLiteral("UPDATE assessments SET completed_date = '2025-06-20', status = "
                            "'completed' WHERE child_id = 2"));
        QVERIFY(ok(service.recompute({2}, QDate(2026, 1, 5))));
        QCOMPARE(scalar(QStringLiteral(
                            "SELECT due_date FROM assessments WHERE child_id = 2 AND kind = 'RHA'"))
                     .toString(),
                 QStringLiteral("2025-12-20"));
        QCOMPARE(
            scalar(QStringLiteral("SELECT next_due_kind FROM children WHERE id = 2")).toString(),
            QStringLiteral("RHA"));
        // Leaving care before that review makes it not required instead of late.
        exec(QStringLiteral("UPDATE care_periods SET end_date = '2025-11-30' WHERE id = 2"));
        QVERIFY(ok(service.recompute({2}, QDate(2026, 1, 5))));
        QCOMPARE(
            scalar(QStringLiteral(
                       "SELECT status || '/' || exemption FROM assessments WHERE kind = 'RHA'"))
                .toString(),
            QStringLiteral("not_required/left_care"));
        QCOMPARE(scalar(QStringLiteral("SELECT in_care FROM children WHERE id = 2")).toInt(), 0);
        QVERIFY(scalar(QStringLiteral("SELECT next_due_date FROM children WHERE id = 2")).isNull());
    }

    void recomputeAllCoversEveryChild()
    {
        const DueDateService service(*db, calendar, AssessmentPolicy{});
        QVERIFY(ok(service.recomputeAll()));
        QCOMPARE(scalar(QStringLiteral("SELECT count(DISTINCT child_id) FROM assessments")).toInt(),
                 2);
    }
};

QTEST_GUILESS_MAIN(TestDueDateService)
#include "tst_duedateservice.moc"
