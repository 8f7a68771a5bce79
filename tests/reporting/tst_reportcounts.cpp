// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The report's stored counts (report_counts, schema 20) are kept by the database's triggers as
// the records are written. Whatever is written, the figures read from them must equal the
// figures counted from the records themselves, on both engines; and `lachealth check` must
// notice when they do not.
#include "ReportFixture.h"
#include "data/IntegrityCheck.h"
#include "data/ReportRepository.h"
#include "support/ReportFigures.h"

#include <QMap>
#include <QTest>

using namespace lac;
using lac::test::ReportFixture;

namespace {

using Figures = lac::test::ReportFigures;

// The figures of 2024 to 2026, whichever way they were read.
Figures figures(const Database& db, ReportRepository::CountsFrom from, QDate asOf,
                bool exact = true)
{
    return lac::test::reportFigures(db, from, QDate(2024, 1, 1), QDate(2026, 12, 31), asOf, exact);
}

} // namespace

class TestReportCounts : public QObject
{
    Q_OBJECT

    std::unique_ptr<ReportFixture> fx;
    const QDate asOf{2026, 5, 31};

    int stored(const QString& measure, const QString& month, const QString& outcome)
    {
        QSqlQuery q = fx->exec(QStringLiteral("SELECT COALESCE(sum(n), 0) FROM report_counts "
                                              "WHERE measure = ? AND month = ? AND outcome = ?"),
                               {measure, month, outcome});
        q.next();
        return q.value(0).toInt();
    }

    void compareBothWays()
    {
        const Figures kept = figures(fx->db(), ReportRepository::CountsFrom::StoredCounts, asOf);
        const Figures counted = figures(fx->db(), ReportRepository::CountsFrom::Records, asOf);
        QVERIFY(!counted.isEmpty());
        QCOMPARE(kept, counted);
    }

private Q_SLOTS:
    void initTestCase()
    {
        fx = std::make_unique<ReportFixture>(QStringLiteral("counts"));
        fx->buildQuarterScenario();
    }

    // Completing an open RHA on its due date adds exactly one RHA in time to its due month;
    // recording it in error takes that one away again.
    void completingAnAssessmentAddsOne()
    {
        QSqlQuery open = fx->exec(QStringLiteral(
            "SELECT id, substr(due_date, 1, 7) FROM assessments WHERE kind = 'RHA' AND "
            "completed_date IS NULL AND closed_at IS NULL AND exemption = '' AND status <> "
            "'not_required' ORDER BY id LIMIT 1"));
        QVERIFY(open.next());
        const qint64 id = open.value(0).toLongLong();
        const QString month = open.value(1).toString();
        const int before = stored(QStringLiteral("RHA"), month, QStringLiteral("in_time"));
        fx->exec(QStringLiteral("UPDATE assessments SET completed_date = due_date, status = "
                                "'completed' WHERE id = ?"),
                 {id});
        QCOMPARE(stored(QStringLiteral("RHA"), month, QStringLiteral("in_time")), before + 1);
        // Recorded in error: taken away again.
        fx->exec(QStringLiteral("UPDATE assessments SET closed_at = '2026-05-01T00:00:00Z' "
                                "WHERE id = ?"),
                 {id});
        QCOMPARE(stored(QStringLiteral("RHA"), month, QStringLiteral("in_time")), before);
        compareBothWays();
    }

    void everyWriteKeepsTheCounts_data()
    {
        QTest::addColumn<QString>("sql");
        const QString done = QStringLiteral(
            "(SELECT %1(id) FROM assessments WHERE kind = '%2' AND completed_date IS NOT NULL "
            "AND closed_at IS NULL AND status <> 'not_required' AND exemption = '')");
        const QString open = QStringLiteral(
            "(SELECT min(id) FROM assessments WHERE kind = '%1' AND completed_date IS NULL "
            "AND closed_at IS NULL AND status <> 'not_required' AND exemption = '' AND "
            "care_period_id IS NOT NULL)");
        const QString ihaPeriod =
            QStringLiteral("(SELECT min(care_period_id) FROM assessments WHERE kind = 'IHA' AND "
                           "completed_date IS NOT NULL AND closed_at IS NULL)");
        QTest::newRow("an IHA done on its due date")
            << QStringLiteral("UPDATE assessments SET completed_date = due_date, status = "
                              "'completed' WHERE id = %1")
                   .arg(open.arg(QStringLiteral("IHA")));
        QTest::newRow("a late reason given")
            << QStringLiteral("UPDATE assessments SET late_reason_code = (SELECT min(code) FROM "
                              "late_reasons) WHERE completed_date > due_date");
        QTest::newRow("a request made in time")
            << QStringLiteral("UPDATE assessments SET requested_date = request_due_date WHERE "
                              "kind = 'IHA' AND request_due_date IS NOT NULL");
        QTest::newRow("a completion date corrected")
            << QStringLiteral("UPDATE assessments SET completed_date = '2026-04-30' WHERE id = %1")
                   .arg(done.arg(QStringLiteral("min"), QStringLiteral("RHA")));
        QTest::newRow("an RHA's placement on its due date")
            << QStringLiteral("UPDATE assessments SET location_at_due = 'OUT', "
                              "placement_type_at_due = 'K2' WHERE kind = 'RHA'");
        QTest::newRow("found not required")
            << QStringLiteral("UPDATE assessments SET status = 'not_required' WHERE id = %1")
                   .arg(done.arg(QStringLiteral("max"), QStringLiteral("IHA")));
        QTest::newRow("exempt") << QStringLiteral(
                                       "UPDATE assessments SET exemption = 'other' WHERE id = %1")
                                       .arg(done.arg(QStringLiteral("max"), QStringLiteral("RHA")));
        QTest::newRow("a period's start moved")
            << QStringLiteral("UPDATE care_periods SET start_date = '2025-12-20' WHERE id = %1")
                   .arg(ihaPeriod);
        QTest::newRow("a period's first placement")
            << QStringLiteral("UPDATE care_periods SET entry_placement_type = 'R1', "
                              "entry_location = 'OUT' WHERE id = %1")
                   .arg(ihaPeriod);
        QTest::newRow("a period not started in the window")
            << QStringLiteral("UPDATE care_periods SET started_in_window = 0 WHERE id = "
                              "(SELECT max(id) FROM care_periods)");
        QTest::newRow("a period recorded in error")
            << QStringLiteral("UPDATE care_periods SET closed_at = '2026-05-01T00:00:00Z' "
                              "WHERE id = %1")
                   .arg(ihaPeriod);
        QTest::newRow("an IHA moved off its period")
            << QStringLiteral("UPDATE assessments SET care_period_id = NULL WHERE id = %1")
                   .arg(done.arg(QStringLiteral("min"), QStringLiteral("IHA")));
    }

    void everyWriteKeepsTheCounts()
    {
        QFETCH(QString, sql);
        const Figures before = figures(fx->db(), ReportRepository::CountsFrom::Records, asOf);
        fx->exec(sql);
        QVERIFY2(figures(fx->db(), ReportRepository::CountsFrom::Records, asOf) != before,
                 "the write should change a figure");
        compareBothWays();
    }

    void newRecordsAreCounted()
    {
        const qint64 child = fx->child(QStringLiteral("ZQ-9001"), QStringLiteral("Nell"),
                                       QStringLiteral("Counter"), QDate(2016, 3, 3));
        const qint64 period = fx->carePeriod(child, QDate(2026, 4, 6));
        fx->episode(child, period, QDate(2026, 4, 6), QStringLiteral("U4"), QStringLiteral("IN"));
        fx->keepReportPlacements();
        ReportFixture::Assessment a;
        a.child = child;
        a.period = period;
        a.clockStart = QDate(2026, 4, 6);
        a.due = QDate(2026, 5, 5);
        a.completed = QDate(2026, 5, 1);
        fx->assessment(a);
        QCOMPARE(stored(QStringLiteral("entry"), QStringLiteral("2026-04"), QStringLiteral("")), 1);
        QCOMPARE(
            stored(QStringLiteral("IHA"), QStringLiteral("2026-04"), QStringLiteral("in_time")), 1);
        compareBothWays();
    }

    // A report as at a date before a counted completion cannot use the counts: it reads the
    // records, and so gives what it gave before the completion was recorded.
    void aReportAsAtAnEarlierDateCountsTheRecords()
    {
        for (const QDate earlier : {QDate(2026, 2, 10), QDate(2026, 3, 31)}) {
            QCOMPARE(figures(fx->db(), ReportRepository::CountsFrom::StoredCounts, earlier),
                     figures(fx->db(), ReportRepository::CountsFrom::Records, earlier));
        }
    }

    void aToleranceCountsTheRecords()
    {
        QCOMPARE(figures(fx->db(), ReportRepository::CountsFrom::StoredCounts, asOf, false),
                 figures(fx->db(), ReportRepository::CountsFrom::Records, asOf, false));
    }

    // `lachealth check` (the full check) compares the two; SQLite files only.
    void theCheckFindsCountsThatDisagree()
    {
        if (fx->db().isServer())
            QSKIP("the file check is for SQLite files");
        QVERIFY(IntegrityCheck::run(fx->path(), IntegrityCheck::Depth::Full).value().ok);
        fx->exec(QStringLiteral("UPDATE report_counts SET n = n + 1 WHERE measure = 'RHA' AND "
                                "n > 0 AND month = (SELECT min(month) FROM report_counts WHERE "
                                "measure = 'RHA' AND n > 0)"));
        const IntegrityReport found =
            IntegrityCheck::run(fx->path(), IntegrityCheck::Depth::Full).value();
        QVERIFY(!found.ok);
        QVERIFY2(found.problems.join(QLatin1Char(' ')).contains(QLatin1String("stored counts")),
                 qPrintable(found.problems.join(QLatin1Char(' '))));
    }
};

QTEST_GUILESS_MAIN(TestReportCounts)
#include "tst_reportcounts.moc"
