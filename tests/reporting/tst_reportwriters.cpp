// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportFixture.h"
#include "data/SettingsStore.h"
#include "reporting/ReportCsvWriter.h"
#include "reporting/ReportHtmlWriter.h"
#include "reporting/ReportJsonWriter.h"
#include "reporting/TimelinessReportService.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace lac;
using lac::test::ReportFixture;

class TestReportWriters : public QObject
{
    Q_OBJECT

    std::unique_ptr<ReportFixture> fx;
    TimelinessReport quarter;

private Q_SLOTS:
    void initTestCase()
    {
        fx = std::make_unique<ReportFixture>(QStringLiteral("writers"));
        fx->buildQuarterScenario();
        const SettingsStore settings(fx->db());
        auto r = TimelinessReportService(fx->db(), settings)
                     .build(ReportRequest{QDate(2026, 1, 1), QDate(2026, 3, 1), QDate(2026, 5, 31)},
                            ReportSettings::load(settings));
        QVERIFY(r);
        quarter = r.value();
    }

    void csvIsLongFormat()
    {
        const QList<QByteArray> lines =
            ReportCsvWriter::write(PublishedReport(quarter, 0)).split('\n');
        QCOMPARE(lines.first(),
                 QByteArray("month,indicator,in_area,out_of_area_or_not_known,total"));
        // Three months, then the quarter (where a public paper gives its split), and the
        // trailing newline.
        QCOMPARE(lines.size(), 1 + 4 * reportIndicatorCount + 1);
        QVERIFY(lines.contains("2026-01/2026-03,entered_care,5,2,7"));
        // One child whose placement is not known is counted with those out of area.
        QVERIFY(lines.contains("2026-01,entered_care,2,2,4"));
        QVERIFY(lines.contains("2026-01,iha_late,0,2,2"));
        QVERIFY(lines.contains("2026-02,iha_due,1,0,1"));
        QVERIFY(lines.contains("2026-03,rha_due,2,1,3"));
        QVERIFY(lines.contains("2026-03,iha_requests_in_time,2,0,2"));
    }

    void csvSuppressedWhenAsked()
    {
        // As the paper (BoardTableLayout): this quarter's months are mostly 1 to 4, so each
        // row is given for the quarter only, and split only where no part is 1 to 4 (entries:
        // 5 in area, 2 out of area or not known). What is not printed is empty.
        const QByteArray csv = ReportCsvWriter::write(PublishedReport(quarter, 5));
        QVERIFY(csv.contains("2026-01,entered_care,,,\n"));
        QVERIFY(csv.contains("2026-02,iha_pending,,,0\n"));
        QVERIFY(csv.contains("2026-02,iha_requests_in_time,,,\n"));
        QVERIFY(csv.contains("2026-01/2026-03,entered_care,,,7\n"));
        QVERIFY(csv.contains("2026-01/2026-03,iha_pending,0,0,0\n"));
        QVERIFY(!csv.contains(",*,0"));
        // The table's shape before the redesign: each month for all children, the split for
        // the quarter.
        const QByteArray before =
            ReportCsvWriter::write(PublishedReport(quarter, 5, {}, BoardTableLayout{}));
        QVERIFY(before.contains("2026-01,entered_care,,,<5\n"));
        QVERIFY(before.contains("2026-01/2026-03,entered_care,*,<5,*\n"));
    }

    void json()
    {
        const QJsonObject o =
            QJsonDocument::fromJson(ReportJsonWriter::write(PublishedReport(quarter, 0))).object();
        QCOMPARE(o.value(QStringLiteral("from")).toString(), QStringLiteral("2026-01"));
        QCOMPARE(o.value(QStringLiteral("as_of")).toString(), QStringLiteral("2026-05-31"));
        const QJsonArray months = o.value(QStringLiteral("months")).toArray();
        QCOMPARE(months.size(), 3);
        const QJsonObject jan =
            months.at(0).toObject().value(QStringLiteral("indicators")).toObject();
        QCOMPARE(jan.value(QStringLiteral("entered_care"))
                     .toObject()
                     .value(QStringLiteral("total"))
                     .toInt(),
                 4);
        QCOMPARE(o.value(QStringLiteral("late_by_owner")).toArray().size(), 4);
        QCOMPARE(o.value(QStringLiteral("placement_groups")).toArray().size(), 4);
        const QJsonObject suppressed =
            QJsonDocument::fromJson(ReportJsonWriter::write(PublishedReport(quarter, 5))).object();
        const QJsonObject janEntered = suppressed.value(QStringLiteral("months"))
                                           .toArray()
                                           .at(0)
                                           .toObject()
                                           .value(QStringLiteral("indicators"))
                                           .toObject()
                                           .value(QStringLiteral("entered_care"))
                                           .toObject();
        // This quarter's entries are given for the quarter only, for all children (their
        // months and split are mostly 1 to 4): a figure not printed is left out.
        QVERIFY(janEntered.isEmpty());
        const QJsonObject periodEntered = suppressed.value(QStringLiteral("period"))
                                              .toObject()
                                              .value(QStringLiteral("entered_care"))
                                              .toObject();
        QCOMPARE(periodEntered.value(QStringLiteral("total")).toInt(), 7);
        QVERIFY(!periodEntered.contains(QStringLiteral("in_area")));
    }

    void htmlIsAccessibleAndAnonymous()
    {
        const QString html =
            QString::fromUtf8(ReportHtmlWriter::write(PublishedReport(quarter, 5)));
        QVERIFY(html.startsWith(QStringLiteral("<!DOCTYPE html>")));
        QVERIFY(html.contains(QStringLiteral("<html lang=\"en-GB\">")));
        QVERIFY(html.contains(QStringLiteral("<th scope=\"col\">Jan 2026</th>")));
        QVERIFY(html.contains(QStringLiteral("<th scope=\"col\">Q1 2026</th>")));
        QVERIFY(html.contains(QStringLiteral("<caption>")));
        QVERIFY(html.contains(QStringLiteral("&lt;5")));
        // Months for all children; the split in its own table for the quarter.
        QVERIFY(html.contains(QStringLiteral(
            "<caption>Where the child was placed, January 2026 to March 2026</caption>")));
        QVERIFY(!html.contains(QStringLiteral("scope=\"rowgroup\"")));
        QVERIFY(html.contains(QStringLiteral("<li><strong>January 2026 to March 2026:</strong> "
                                             "Late: ")));
        QVERIFY(html.contains(QStringLiteral("Definitions and method")));
        for (const char* secret : {"Zebedee", "Quartermaine", "ZQ-10", "Ottoline", "2015-04-02"})
            QVERIFY2(!html.contains(QLatin1String(secret)), secret);
    }

    void aTableOfPeriodsReadsDown()
    {
        // A section's figures three months at a time: a row per period, a column per figure,
        // as the monthly table reads; the CSV keys each value by its interval.
        ReportSectionTable table;
        table.caption = QStringLiteral("Medicals, January 2026 to June 2026");
        table.periodsDown = true;
        table.columns = {QStringLiteral("Jan 2026 to Mar 2026"),
                         QStringLiteral("Apr 2026 to Jun 2026"), QStringLiteral("Period")};
        table.columnKeys = {QStringLiteral("2026-01/2026-03"), QStringLiteral("2026-04/2026-06"),
                            QStringLiteral("2026-01/2026-06")};
        table.rows << ReportSectionRow{
            QStringLiteral("carer_medicals_requested"),
            QStringLiteral("Requested"),
            {QStringLiteral("21"), QStringLiteral("23"), QStringLiteral("44")}};
        ReportSection section;
        section.title = QStringLiteral("Medicals");
        section.tables << table;
        const PublishedReport paper(quarter, 5);
        const QString html = QString::fromUtf8(ReportHtmlWriter::write(paper, {section}));
        QVERIFY(
            html.contains(QStringLiteral("<caption>Medicals, January 2026 to June 2026</caption>\n"
                                         "<thead><tr><td></td><th scope=\"col\">Requested</th>"
                                         "</tr></thead>")));
        QVERIFY(html.contains(QStringLiteral("<tr><th scope=\"row\">Apr 2026 to Jun 2026</th>"
                                             "<td>23</td></tr>")));
        const QByteArray csv = ReportCsvWriter::write(paper, {section});
        QVERIFY(csv.contains("2026-04/2026-06,carer_medicals_requested,,,23\n"));
    }
};

QTEST_GUILESS_MAIN(TestReportWriters)
#include "tst_reportwriters.moc"
