// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The health outcomes section on a database (SQLite, and PostgreSQL as the _postgresql twin):
// the year's column is the OC2 return's cohort child for child, the column of the 12 months to
// today applies the same rules to its own span, and the section reaches the CSV and JSON of the
// report and the board paper's own steps, suppressed, through the list the window and CLI share.
#include "WorkspaceFixture.h"

#include "FeatureReports.h"
#include "data/SettingsStore.h"
#include "oc2/core/Oc2ReturnService.h"
#include "outcomes/core/OutcomesReport.h"
#include "reporting/BoardPaperPublisher.h"
#include "reporting/ReportCsvWriter.h"
#include "reporting/ReportJsonWriter.h"
#include "reporting/TimelinessReportService.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace lac;
using namespace lac::test;

class TestOutcomesReport : public QObject
{
    Q_OBJECT

    /// On 1 May 2026: A1 in care since 1 April 2025 (in the 2025-26 cohort and in the 12
    /// months to 1 May 2026), assessed on 20 May 2025, teeth checked on 1 September 2025, SDQ
    /// 18; B2 in care since 2 April 2025 (too late for the year's cohort, in the 12 months to
    /// 1 May 2026) with nothing on record; C3 since 1 January 2026 (in neither).
    static QList<qint64> addChildren(WorkspaceFixture& f)
    {
        const qint64 a = f.childInCare(QStringLiteral("A1"), QDate(2012, 6, 1), QDate(2025, 4, 1));
        const qint64 b = f.childInCare(QStringLiteral("B2"), QDate(2012, 6, 1), QDate(2025, 4, 2));
        const qint64 c = f.childInCare(QStringLiteral("C3"), QDate(2012, 6, 1), QDate(2026, 1, 1));
        const QString now = QStringLiteral("2026-01-01T00:00:00Z");
        f.database.exec(QStringLiteral("INSERT INTO dental_checks (child_id, check_date, "
                                       "dentist, created_at, updated_at) VALUES (?, "
                                       "'2025-09-01', 'Bridge Street', ?, ?)"),
                        {a, now, now});
        f.database.exec(QStringLiteral("UPDATE assessments SET status = 'completed', "
                                       "completed_date = '2025-05-20' WHERE child_id = ?"),
                        {a});
        f.database.exec(QStringLiteral("INSERT INTO sdq_scores (child_id, sdq_date, score, "
                                       "created_at, updated_at) VALUES (?, '2025-10-10', 18, ?, "
                                       "?)"),
                        {a, now, now});
        return {a, b, c};
    }

private Q_SLOTS:
    void theColumnsAreTheReturnsCohorts()
    {
        WorkspaceFixture f(UserRole::HealthAdmin, QDate(2026, 5, 1));
        addChildren(f);
        auto oc2 = Oc2ReturnService(f.database.db(), f.audit).prepare(Oc2Year{2025});
        QVERIFY(ok(oc2));
        auto year = OutcomesReport::count(f.database.db(), Oc2Year{2025});
        QVERIFY(ok(year));
        QCOMPARE(year->children, int(oc2.value().cohort.size()));
        QCOMPARE(year->children, 1);
        QCOMPARE(year->healthAssessment, 1);
        QCOMPARE(year->teethChecked, 1);
        QCOMPARE(year->immunisations, 0); // nothing on record: not up to date
        QCOMPARE(year->sdqConcern, 1);
        // The 12 months to 1 May 2026 (2 May 2025 on): A1 and B2. A1's assessment of 20 May
        // 2025 is within them; B2 has nothing.
        auto today = OutcomesReport::count(f.database.db(), Oc2Span::endingOn(QDate(2026, 5, 1)));
        QVERIFY(ok(today));
        QCOMPARE(today->children, 2);
        QCOMPARE(today->healthAssessment, 1);
        QCOMPARE(today->fiveToSixteen, 2);
        QCOMPARE(today->sdqReceived, 1);
    }

    void theSectionReachesTheCsvJsonAndThePaper()
    {
        WorkspaceFixture f(UserRole::Administrator, QDate(2026, 5, 1));
        addChildren(f);
        SettingsStore settings(f.database.db());
        const ReportRequest period{QDate(2026, 2, 1), QDate(2026, 4, 1), f.context.today()};
        const TimelinessReportService reports(f.database.db(), settings);
        auto report = reports.build(period, ReportSettings::load(settings));
        QVERIFY(ok(report));
        const PublishedReport internal(report.value(), 0);
        const OutcomesReport outcomes(f.database.db(), QString());
        auto section = outcomes.section(internal, f.context.user());
        QVERIFY(ok(section));
        QVERIFY(section.value());
        const QByteArray csv = ReportCsvWriter::write(internal, {*section.value()});
        for (const char* row : {"2025-04/2026-03,outcomes_children,,,1\n",
                                "2025-04/2026-03,outcomes_health_assessment_pct,,,100.0\n",
                                "2026-05-01,outcomes_children,,,2\n",
                                "2026-05-01,outcomes_teeth_checked_pct,,,50.0\n"})
            QVERIFY2(csv.contains(row), row);
        QVERIFY(!csv.contains("outcomes_children,,,58530")); // England's is not ours
        const QJsonObject json =
            QJsonDocument::fromJson(ReportJsonWriter::write(internal, {*section.value()})).object();
        const QJsonObject table = json.value(QStringLiteral("sections"))
                                      .toArray()
                                      .first()
                                      .toObject()
                                      .value(QStringLiteral("tables"))
                                      .toArray()
                                      .first()
                                      .toObject();
        const QJsonObject children =
            table.value(QStringLiteral("rows")).toArray().first().toObject();
        QCOMPARE(children.value(QStringLiteral("values")).toArray(), QJsonArray({1, 2, 58530}));

        // The board paper: the one list the window and the CLI share, suppressed at 5.
        const FeatureReports features(f.database.db(), settings);
        const BoardPaperPublisher publisher(reports, f.audit, &features.sections());
        auto prepared = publisher.prepare(period, 5);
        QVERIFY(ok(prepared));
        QVERIFY(prepared->attack.leak.isEmpty());
        const ReportSection* published = nullptr;
        for (const ReportSection& s : prepared->sections)
            if (s.title == QStringLiteral("Health outcomes"))
                published = &s;
        QVERIFY(published);
        QVERIFY2(published->leak.isEmpty(), qPrintable(published->leak));
        const ReportSectionTable& t = published->tables.first();
        QCOMPARE(t.rows.first().cells.mid(0, 2),
                 (QStringList{QStringLiteral("<5"), QStringLiteral("<5")}));
        for (const ReportSectionRow& row : t.rows)
            for (int col = 0; col < 2; ++col)
                for (int small = 1; small < 5; ++small)
                    QVERIFY2(row.cells.at(col) != QString::number(small),
                             qPrintable(row.label + QLatin1Char(' ') + row.cells.at(col)));
        QCOMPARE(t.rows.at(2).cells.at(0), QStringLiteral("*")); // no share of a hidden count
    }
};

QTEST_MAIN(TestOutcomesReport)
#include "tst_outcomesreport.moc"
