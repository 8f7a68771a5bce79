// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The host caseload's section of the report on a database (SQLite, and PostgreSQL as the
// _postgresql twin): the CSV indicators by month on hand-built requests, turnaround and delays
// by whose delay, the caseload split by authority, the section suppressed at a board paper's
// threshold with nothing to be worked out, and our own children's figures unchanged by other
// authorities' children.
#include "WorkspaceFixture.h"

#include "data/SettingsStore.h"
#include "incoming/core/IncomingReport.h"
#include "incoming/core/IncomingService.h"
#include "reporting/BoardPaperPublisher.h"
#include "reporting/ReportCsvWriter.h"
#include "reporting/TimelinessReportService.h"

using namespace lac;
using namespace lac::test;

namespace {

HostChild child(const QString& caseId, const QString& authority)
{
    HostChild c;
    c.authorityCode = authority;
    c.theirCaseId = caseId;
    c.dateOfBirth = QDate(2012, 3, 1);
    c.placedFrom = QDate(2025, 6, 1);
    return c;
}

} // namespace

class TestIncomingReport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theSectionCountsByMonthAndKeepsOurOwnFiguresApart()
    {
        WorkspaceFixture f(UserRole::Administrator);
        f.childInCare(QStringLiteral("N1"), QDate(2015, 1, 1), QDate(2026, 1, 12));
        f.childInCare(QStringLiteral("N2"), QDate(2016, 1, 1), QDate(2026, 2, 2),
                      QStringLiteral("OUT"));
        SettingsStore settings(f.database.db());
        const ReportRequest period{QDate(2026, 1, 1), QDate(2026, 3, 1), f.context.today()};
        const TimelinessReportService reports(f.database.db(), settings);
        auto before = reports.build(period, ReportSettings::load(settings));
        QVERIFY(ok(before));
        const QByteArray ownBefore = ReportCsvWriter::write(PublishedReport(before.value(), 0), {});

        const IncomingService service(f.context, settings, f.calendar,
                                      RequestingAuthorities::bundled().value());
        // Birmingham: six requests received in January, complete on 5 January (host due
        // 2 February); four done in January (in target), two done on 16 February (late, ours).
        // Kent: one received in February, still waiting on its paperwork.
        for (int i = 0; i < 6; ++i) {
            auto kid =
                service.addChild(child(QStringLiteral("B%1").arg(i), QStringLiteral("E08000025")));
            QVERIFY(ok(kid));
            IncomingRequest r;
            r.hostChildId = kid.value();
            r.received = QDate(2026, 1, 5);
            r.complete = QDate(2026, 1, 5);
            r.requesterDue = QDate(2026, 2, 10);
            r.done = i < 4 ? QDate(2026, 1, 26 + i) : QDate(2026, 2, 16);
            QVERIFY(ok(service.receive(r)));
        }
        auto kent = service.addChild(child(QStringLiteral("K1"), QStringLiteral("E10000016")));
        IncomingRequest waiting;
        waiting.hostChildId = kent.value();
        waiting.received = QDate(2026, 2, 9);
        QVERIFY(ok(service.receive(waiting)));

        auto report = reports.build(period, ReportSettings::load(settings));
        QVERIFY(ok(report));
        // Nothing about other authorities' children enters our own children's figures.
        QCOMPARE(ReportCsvWriter::write(PublishedReport(report.value(), 0), {}), ownBefore);

        const IncomingReport incoming(f.database.db(), settings);
        auto internalSection =
            incoming.section(PublishedReport(report.value(), 0), f.context.user());
        QVERIFY(ok(internalSection));
        QVERIFY(internalSection.value());
        const ReportSection internal = *internalSection.value();
        const QByteArray csv =
            ReportCsvWriter::write(PublishedReport(report.value(), 0), {internal});
        QVERIFY2(csv.contains("2026-01,host_requests_received,,,6\n"), csv.constData());
        QVERIFY(csv.contains("2026-01,host_requests_complete,,,6\n"));
        QVERIFY(csv.contains("2026-01,host_done_in_target,,,4\n"));
        QVERIFY(csv.contains("2026-02,host_requests_received,,,1\n"));
        QVERIFY(csv.contains("2026-02,host_requests_done,,,2\n"));
        QVERIFY(csv.contains("2026-02,host_done_in_target,,,0\n"));
        QVERIFY(csv.contains("2026-02,host_late_host,,,2\n"));
        QVERIFY(csv.contains("2026-02,host_late_requester,,,0\n"));
        QVERIFY(csv.contains("2026-01,host_waiting_requester,,,0\n"));
        QVERIFY(csv.contains("2026-03,host_waiting_requester,,,1\n"));
        QVERIFY2(csv.contains("2026-01,host_median_working_days,,,16.5\n"), csv.constData());
        QVERIFY(csv.contains("2026-02,host_median_working_days,,,30\n"));
        // The caseload on 16 March: two of ours, seven placed here by Birmingham and Kent.
        const QString paragraphs = internal.paragraphs.join(QLatin1Char('\n'));
        QVERIFY2(paragraphs.contains(QStringLiteral("caseload was 9 children: 2 of ")),
                 qPrintable(paragraphs));
        QVERIFY(paragraphs.contains(QStringLiteral("Birmingham 6; Kent 1")));
        QVERIFY(paragraphs.contains(
            QStringLiteral("Birmingham 6 done, 4 within target, median 17.5 working days")));

        // At a threshold of 5 no count from 1 to 4 is printed, nor can one be worked out.
        const PublishedReport paper(report.value(), 5);
        auto publishedSection = incoming.section(paper, f.context.user());
        QVERIFY(ok(publishedSection));
        const ReportSection& published = *publishedSection.value();
        QVERIFY2(published.leak.isEmpty(), qPrintable(published.leak));
        for (const ReportSectionRow& row : published.rows)
            for (const QString& cell : row.cells)
                for (int small = 1; small < 5; ++small)
                    QVERIFY2(row.code == QStringLiteral("host_median_working_days") ||
                                 cell != QString::number(small),
                             qPrintable(row.label + QLatin1Char(' ') + cell));
        const QString publicText = published.paragraphs.join(QLatin1Char('\n'));
        QVERIFY2(!publicText.contains(QStringLiteral("Kent 1")), qPrintable(publicText));
        QVERIFY(!publicText.contains(QStringLiteral(": 2 of")));
        QVERIFY2(
            publicText.contains(QStringLiteral("Birmingham 6; 1 other authorities with small")),
            qPrintable(publicText));
        for (const QString& line : published.auditLines)
            QVERIFY2(!line.contains(QStringLiteral("CAN BE WORKED OUT")), qPrintable(line));

        // A viewer's report goes without the section.
        auto forViewer =
            incoming.section(paper, UserContext{QStringLiteral("v"), UserRole::Viewer});
        QVERIFY(ok(forViewer));
        QVERIFY(!forViewer.value());

        // The paper's own steps carry the section, attacked with the table.
        ReportSections sections;
        sections.add(incoming);
        const BoardPaperPublisher publisher(reports, f.audit, &sections);
        auto prepared = publisher.prepare(period, 5);
        QVERIFY(ok(prepared));
        QCOMPARE(prepared->sections.size(), 1);
        QVERIFY(prepared->attack.leak.isEmpty());
    }
};

QTEST_MAIN(TestIncomingReport)
#include "tst_incomingreport.moc"
