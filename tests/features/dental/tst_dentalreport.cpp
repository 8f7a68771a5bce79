// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The dental section of the report on a database (SQLite, and PostgreSQL as the _postgresql
// twin): the CSV and JSON rows by month on hand-built children, the local standard from
// Settings, and the section suppressed at a board paper's threshold through the paper's own
// steps, with every kind of record's section from the one list the window and CLI share.
#include "WorkspaceFixture.h"

#include "FeatureReports.h"
#include "data/SettingsStore.h"
#include "dental/core/DentalCheckService.h"
#include "dental/core/DentalReport.h"
#include "reporting/BoardPaperPublisher.h"
#include "reporting/ReportCsvWriter.h"
#include "reporting/ReportJsonWriter.h"
#include "reporting/TimelinessReportService.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace lac;
using namespace lac::test;

namespace {

DentalCheckRecord checkOn(qint64 child, QDate on,
                          DentalNotSeenReason reason = DentalNotSeenReason::Seen)
{
    DentalCheckRecord c;
    c.childId = child;
    c.date = on;
    c.reason = reason;
    c.dentist = QStringLiteral("Bridge Street Dental");
    return c;
}

bool hidden(const QString& cell)
{
    return cell.startsWith(QLatin1Char('<')) || cell == QLatin1String("*");
}

} // namespace

class TestDentalReport : public QObject
{
    Q_OBJECT

    /// Twelve children in care since June 2025: eight checked on 20 January 2026, one last
    /// checked on 10 February 2025 (lapsed a year on), one turned away for want of an NHS
    /// dentist on 3 February, two with nothing on record.
    static void addChildren(WorkspaceFixture& f, const DentalCheckService& service)
    {
        for (int i = 1; i <= 12; ++i) {
            const qint64 child =
                f.childInCare(QStringLiteral("DR%1").arg(i), QDate(2014, 4, i), QDate(2025, 6, 1));
            if (i <= 8)
                QVERIFY(ok(service.record(checkOn(child, QDate(2026, 1, 20)))));
            else if (i == 9)
                QVERIFY(ok(service.record(checkOn(child, QDate(2025, 2, 10)))));
            else if (i == 10)
                QVERIFY(ok(service.record(
                    checkOn(child, QDate(2026, 2, 3), DentalNotSeenReason::NoNhsDentist))));
        }
    }

private Q_SLOTS:
    void countsByMonthInTheCsvAndJson()
    {
        WorkspaceFixture f;
        SettingsStore settings(f.database.db());
        const DentalCheckService service(f.context, settings);
        addChildren(f, service);
        const ReportRequest period{QDate(2026, 1, 1), QDate(2026, 3, 1), f.context.today()};
        auto report = TimelinessReportService(f.database.db(), settings)
                          .build(period, ReportSettings::load(settings));
        QVERIFY(ok(report));
        const PublishedReport internal(report.value(), 0);
        auto section = DentalReport(f.database.db(), settings).section(internal, f.context.user());
        QVERIFY(ok(section));
        QVERIFY(section.value());
        const QByteArray csv = ReportCsvWriter::write(internal, {*section.value()});
        // January: nine up to date (the eight, and the check of February 2025 still within
        // the year); from February eight; March counted to the as-of day, 16 March.
        for (const char* row :
             {"2026-01,dental_in_care,,,12\n", "2026-01,dental_up_to_date,,,9\n",
              "2026-01,dental_up_to_date_pct,,,75.0\n", "2026-01,dental_checks,,,8\n",
              "2026-02,dental_up_to_date,,,8\n", "2026-02,dental_no_nhs_dentist,,,1\n",
              "2026-03,dental_up_to_date_pct,,,66.7\n", "2026-03,dental_checks,,,0\n",
              "2026-01/2026-03,dental_in_care,,,12\n", "2026-01/2026-03,dental_checks,,,8\n",
              "2026-01/2026-03,dental_no_nhs_dentist,,,1\n"})
            QVERIFY2(csv.contains(row), row);
        QVERIFY(section.value()->paragraphs.last().contains(
            QStringLiteral("On 16 March 2026, 8 of 12 children in care")));

        const QJsonObject json =
            QJsonDocument::fromJson(ReportJsonWriter::write(internal, {*section.value()})).object();
        const QJsonObject first =
            json.value(QStringLiteral("sections")).toArray().first().toObject();
        QCOMPARE(first.value(QStringLiteral("title")).toString(), QStringLiteral("Dental checks"));
        const QJsonObject upToDate = first.value(QStringLiteral("rows")).toArray().at(1).toObject();
        QCOMPARE(upToDate.value(QStringLiteral("indicator")).toString(),
                 QStringLiteral("dental_up_to_date"));
        QCOMPARE(upToDate.value(QStringLiteral("months")).toArray(), QJsonArray({9, 8, 8}));
        QCOMPARE(upToDate.value(QStringLiteral("period")).toInt(), 8);
    }

    void aTighterLocalStandardCountsFewerUpToDate()
    {
        WorkspaceFixture f;
        SettingsStore settings(f.database.db());
        QVERIFY(ok(settings.setValue(QStringLiteral("dental.months_between_checks"),
                                     QStringLiteral("1"))));
        const DentalCheckService service(f.context, settings);
        addChildren(f, service);
        auto figures =
            DentalReport(f.database.db(), settings)
                .figures(QDate(2026, 1, 1), QDate(2026, 3, 1), f.context.today(), f.context.user());
        QVERIFY(ok(figures));
        QCOMPARE(figures->monthsBetweenChecks, 1);
        // Checked on 20 January, due again on 20 February: up to date at January's end only.
        QCOMPARE(figures->months.at(0).upToDate, 8);
        QCOMPARE(figures->months.at(1).upToDate, 0);
    }

    void thePaperHidesSmallCountsAndWhatGivesThemAway()
    {
        WorkspaceFixture f(UserRole::Administrator);
        SettingsStore settings(f.database.db());
        const DentalCheckService service(f.context, settings);
        addChildren(f, service);
        const ReportRequest period{QDate(2026, 1, 1), QDate(2026, 3, 1), f.context.today()};
        const TimelinessReportService reports(f.database.db(), settings);
        const FeatureReports features(f.database.db(), settings);
        const BoardPaperPublisher publisher(reports, f.audit, &features.sections());
        auto prepared = publisher.prepare(period, 5);
        QVERIFY(ok(prepared));
        QVERIFY(prepared->attack.leak.isEmpty());
        QVERIFY(prepared->sections.size() >= 1);
        const ReportSection& dental = prepared->sections.first();
        QCOMPARE(dental.title, QStringLiteral("Dental checks"));
        QVERIFY2(dental.leak.isEmpty(), qPrintable(dental.leak));
        for (const ReportSectionRow& row : dental.rows) {
            if (row.code == QStringLiteral("dental_up_to_date_pct"))
                continue;
            for (const QString& cell : row.cells)
                for (int small = 1; small < 5; ++small)
                    QVERIFY2(cell != QString::number(small),
                             qPrintable(row.label + QLatin1Char(' ') + cell));
        }
        // Three or four children without a check each month: printing both the children in
        // care and those up to date would give that small number away, so one of them is
        // hidden, and so is the percentage.
        for (int m = 0; m <= 3; ++m) {
            QVERIFY(hidden(dental.rows.at(0).cells.at(m)) || hidden(dental.rows.at(1).cells.at(m)));
            QCOMPARE(dental.rows.at(2).cells.at(m), QStringLiteral("*"));
        }
        QCOMPARE(dental.rows.at(4).cells.at(1), QStringLiteral("<5")); // one turned away
        QCOMPARE(dental.rows.at(3).cells.at(0), QStringLiteral("8"));  // checks in January
        QVERIFY(!dental.auditLines.isEmpty());
        for (const QString& line : dental.auditLines)
            QVERIFY2(!line.contains(QStringLiteral("CAN BE WORKED OUT")), qPrintable(line));
        QCOMPARE(dental.charts.size(), 2);
        QVERIFY(dental.charts.first().percent);
        const QByteArray csv = ReportCsvWriter::write(prepared->published, prepared->sections);
        QVERIFY(csv.contains("2026-02,dental_no_nhs_dentist,,,<5\n"));
    }
};

QTEST_MAIN(TestDentalReport)
#include "tst_dentalreport.moc"
