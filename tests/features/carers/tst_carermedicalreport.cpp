// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The carers' medicals section of the report on a database (SQLite, and PostgreSQL as the
// _postgresql twin): the CSV rows by month on hand-built medicals, the 90th percentile, and the
// section suppressed at a board paper's threshold, also through the paper's own steps.
#include "WorkspaceFixture.h"

#include "carers/core/CarerMedicalReport.h"
#include "carers/core/CarerMedicalService.h"
#include "data/SettingsStore.h"
#include "reporting/BoardPaperPublisher.h"
#include "reporting/ReportCsvWriter.h"
#include "reporting/TimelinessReportService.h"

using namespace lac;
using namespace lac::test;

namespace {

CarerApplicant applicant(const QString& name)
{
    CarerApplicant a;
    a.name = name;
    a.household = name.section(QLatin1Char(' '), -1) + QStringLiteral(", 3 Elm Grove");
    a.socialWorker = QStringLiteral("Sam Reed");
    return a;
}

CarerMedical request(qint64 applicantId, QDate on)
{
    CarerMedical m;
    m.applicantId = applicantId;
    m.requested = on;
    m.gpPractice = QStringLiteral("Mill Lane Surgery");
    m.feePence = 12000;
    m.feePayer = CarerFeePayer::Agency;
    return m;
}

} // namespace

class TestCarerMedicalReport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theReportCountsWaitsByMonthAndSuppresses()
    {
        WorkspaceFixture f(UserRole::Administrator);
        SettingsStore settings(f.database.db());
        const CarerMedicalService service(f.context, settings);
        // Seven medicals signed off in February 2026 after 20..80 days, two waiting.
        const QList<int> days{20, 30, 40, 50, 60, 70, 80};
        for (int i = 0; i < days.size(); ++i) {
            auto a = service.addApplicant(applicant(QStringLiteral("A%1 Lee").arg(i)));
            CarerMedical m = request(a.value(), QDate(2026, 2, 20).addDays(-days.at(i)));
            m.received = QDate(2026, 2, 20);
            m.reviewed = QDate(2026, 2, 20);
            m.outcome = CarerAdviserOutcome::Clear;
            QVERIFY(ok(service.request(m)));
        }
        for (int i = 0; i < 2; ++i) {
            auto a = service.addApplicant(applicant(QStringLiteral("W%1 Poe").arg(i)));
            QVERIFY(ok(service.request(request(a.value(), QDate(2026, 3, 2 + i)))));
        }
        const ReportRequest period{QDate(2026, 1, 1), QDate(2026, 3, 1), f.context.today()};
        auto report = TimelinessReportService(f.database.db(), settings)
                          .build(period, ReportSettings::load(settings));
        QVERIFY(ok(report));
        const CarerMedicalReport carers(f.database.db());
        auto internalSection = carers.section(PublishedReport(report.value(), 0), f.context.user());
        QVERIFY(ok(internalSection));
        QVERIFY(internalSection.value());
        const ReportSection internal = *internalSection.value();
        const QByteArray csv =
            ReportCsvWriter::write(PublishedReport(report.value(), 0), {internal});
        // Requested: three in December (before the report), four in January (31/01, 21/01,
        // 11/01, 01/01), none in February, the two waiting in March.
        QVERIFY(csv.contains("2026-01,carer_medicals_requested,,,4\n"));
        QVERIFY(csv.contains("2026-02,carer_medicals_signed_off,,,7\n"));
        QVERIFY(csv.contains("2026-02,carer_medicals_median_days,,,50\n"));
        QVERIFY(csv.contains("2026-02,carer_medicals_waiting,,,0\n"));
        QVERIFY(csv.contains("2026-03,carer_medicals_waiting,,,2\n"));
        QVERIFY(csv.contains("2026-03,carer_medicals_median_days,,,\n"));
        QCOMPARE(internal.rows.at(4).cells.at(1), QStringLiteral("80")); // 90th percentile

        // At a threshold of 5 no count from 1 to 4 is printed, nor can one be worked out, and
        // no median is given for fewer than 5 sign-offs.
        const PublishedReport paper(report.value(), 5);
        auto publishedSection = carers.section(paper, f.context.user());
        QVERIFY(ok(publishedSection));
        QVERIFY(publishedSection.value());
        const ReportSection* published = &*publishedSection.value();
        // A viewer, who may not read carers' medicals, gets a report without the section.
        auto forViewer = carers.section(paper, UserContext{QStringLiteral("v"), UserRole::Viewer});
        QVERIFY(ok(forViewer));
        QVERIFY(!forViewer.value());
        QVERIFY2(published->leak.isEmpty(), qPrintable(published->leak));
        // January's 4 requests and March's 2 are 1 to 4: by month, the quarter's sums and the
        // waiting list would have cost larger figures ("*"). The section is given for the
        // whole quarter instead, in a table of its own, and says why.
        QVERIFY(published->rows.isEmpty());
        QCOMPARE(published->tables.size(), 1);
        const ReportSectionTable& table = published->tables.first();
        QVERIFY(table.periodsDown);
        QCOMPARE(table.columns, QStringList{QStringLiteral("Q1 2026")});
        QCOMPARE(table.columnKeys, QStringList{QStringLiteral("2026-01/2026-03")});
        const auto cell = [&table](int row) { return table.rows.at(row).cells.value(0); };
        QStringList cells;
        for (int row = 0; row < table.rows.size(); ++row)
            cells << cell(row);
        // The 3 waiting before January are not printed, but the quarter's 2 waiting and 7
        // signed off less its requests would narrow them: the requests are hidden ("*").
        const QStringList expected{QStringLiteral("*"), QStringLiteral("7"), QStringLiteral("<5"),
                                   QStringLiteral("50"), QStringLiteral("80")};
        QCOMPARE(cells, expected);
        QVERIFY(published->paragraphs.join(QLatin1Char(' '))
                    .contains(QStringLiteral("for the whole period only")));
        QVERIFY(!published->auditLines.isEmpty());
        for (const QString& line : published->auditLines)
            QVERIFY2(!line.contains(QStringLiteral("CAN BE WORKED OUT")), qPrintable(line));
        QVERIFY(published->charts.isEmpty()); // nothing by month to chart

        // The paper's own steps carry the section, attacked with the table.
        ReportSections sections;
        sections.add(carers);
        const TimelinessReportService reports(f.database.db(), settings);
        const BoardPaperPublisher publisher(reports, f.audit, &sections);
        auto prepared = publisher.prepare(period, 5);
        QVERIFY(ok(prepared));
        QCOMPARE(prepared->sections.size(), 1);
        QCOMPARE(prepared->sections.first().tables.first().rows.at(2).cells,
                 table.rows.at(2).cells); // the same suppression either way
        QVERIFY(prepared->attack.leak.isEmpty());
        const QByteArray paperCsv = ReportCsvWriter::write(prepared->published, prepared->sections);
        QVERIFY(paperCsv.contains("2026-01/2026-03,carer_medicals_waiting,,,<5\n"));
    }
};

QTEST_MAIN(TestCarerMedicalReport)
#include "tst_carermedicalreport.moc"
