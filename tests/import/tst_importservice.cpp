// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportTestSupport.h"
#include "support/ReportFigures.h"
#include "support/TestDatabase.h"

#include "data/AuditLog.h"
#include "data/Database.h"
#include "data/ReportRepository.h"
#include "data/SettingsStore.h"
#include "import/CsvReader.h"
#include "services/DueDateService.h"
#include "services/ImportService.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace lac;

namespace {

QString corpus()
{
    // Carried in the repository (tests/data/README.md), so a fresh clone has it.
    return QStringLiteral(LACHEALTH_TEST_DATA_DIR "/ssda903-fake");
}

/// Records in a CSV file, the column line not counted.
qint64 records(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    CsvReader reader(&f);
    QStringList fields;
    qint64 n = -1;
    while (reader.readRecord(fields))
        ++n;
    return n;
}

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

} // namespace

/// The import service on real files: the synthetic SSDA903 corpus, the accepted formats and
/// codes, idempotence, all-or-nothing, cancel, permissions and the assessments file. Runs on
/// SQLite and, as its PostgreSQL twin, on a server database (TestDatabase::freshLocation).
class TestImportService : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QStringList m_serverDatabases; // dropped at the end
    std::unique_ptr<Database> m_db;
    std::unique_ptr<SettingsStore> m_settings;
    std::unique_ptr<AuditLog> m_audit;
    WorkingDayCalendar m_calendar;
    std::unique_ptr<DueDateService> m_dueDates;
    std::unique_ptr<ImportService> m_service;

    QString dbPath() const { return m_db->path(); }
    // Every figure of the report, through the stored counts and from the records.
    test::ReportFigures figures(ReportRepository::CountsFrom from) const
    {
        return test::reportFigures(*m_db, from, QDate(2000, 1, 1), QDate(2030, 12, 31),
                                   QDate(2030, 12, 31));
    }
    qint64 scalar(const QString& sql) const { return importtest::scalar(dbPath(), sql); }

    void open(const QString& name, UserRole role = UserRole::HealthAdmin)
    {
        m_service.reset();
        m_dueDates.reset();
        m_audit.reset();
        m_settings.reset();
        m_db.reset();
        QString serverDatabase;
        auto db = Database::open(test::TestDatabase::freshLocation(
            m_dir.filePath(name + QStringLiteral(".sqlite")), serverDatabase));
        if (!serverDatabase.isEmpty())
            m_serverDatabases << serverDatabase;
        QVERIFY(db);
        m_db = std::move(db).value();
        m_settings = std::make_unique<SettingsStore>(*m_db);
        m_audit = std::make_unique<AuditLog>(*m_db, UserContext{QStringLiteral("tester"), role});
        m_dueDates = std::make_unique<DueDateService>(*m_db, m_calendar, AssessmentPolicy{});
        m_service = std::make_unique<ImportService>(*m_db, *m_audit, *m_settings, *m_dueDates);
    }

    ImportReport run(ImportRequest request)
    {
        auto r = m_service->run(request);
        if (!r)
            qWarning("%s", qPrintable(r.failure().text()));
        return r ? r.value() : ImportReport{};
    }

    static ImportRequest ssda903(const QString& dir, bool skipInvalid = false)
    {
        ImportRequest r;
        r.path = dir;
        r.skipInvalid = skipInvalid;
        return r;
    }

    QString folder(const QString& name, const QByteArray& header, const QByteArray& episodes)
    {
        const QString dir = m_dir.filePath(name);
        QDir().mkpath(dir);
        writeFile(dir + QStringLiteral("/header.csv"), header);
        writeFile(dir + QStringLiteral("/episodes.csv"), episodes);
        return dir;
    }

private Q_SLOTS:
    void cleanupTestCase()
    {
        m_service.reset();
        m_dueDates.reset();
        m_audit.reset();
        m_settings.reset();
        m_db.reset();
        for (const QString& name : m_serverDatabases)
            test::TestDatabase::dropServerDatabase(name);
    }

    void corpusIsAccountedForAndIdempotent()
    {
        open(QStringLiteral("corpus"));
        ImportRequest request = ssda903(corpus(), true);
        request.rejectedPath = m_dir.filePath(QStringLiteral("corpus-rejected"));
        QElapsedTimer timer;
        timer.start();
        const ImportReport first = run(request);
        qInfo("corpus import: %lld ms", timer.elapsed());
        QVERIFY(first.written);

        const qint64 headerRows = records(corpus() + QStringLiteral("/header.csv"));
        const qint64 episodeRows = records(corpus() + QStringLiteral("/episodes.csv"));
        QCOMPARE(headerRows, 2675);
        QCOMPARE(episodeRows, 5050);
        const qint64 rejectedHeader = records(request.rejectedPath + QStringLiteral("/header.csv"));
        const qint64 rejectedEpisodes =
            records(request.rejectedPath + QStringLiteral("/episodes.csv"));
        const ImportCounts& c = first.counts;
        QCOMPARE(c.childrenAdded + c.childrenUpdated + c.childrenUnchanged + rejectedHeader,
                 headerRows);
        QCOMPARE(c.episodesAdded + c.episodesUpdated + c.episodesUnchanged + rejectedEpisodes,
                 episodeRows);
        QCOMPARE(rejectedHeader + rejectedEpisodes, c.rejected);
        QVERIFY(c.rejected > 0); // the corpus has overlapping episodes
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM children")), c.childrenAdded);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM episodes")), c.episodesAdded);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM children WHERE uasc = 1")), 132);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM children WHERE given_name <> '' "
                                       "OR family_name <> ''")),
                 0);
        // Every rejected row says why; every problem is on a rejected row.
        QFile rejected(request.rejectedPath + QStringLiteral("/episodes.csv"));
        QVERIFY(rejected.open(QIODevice::ReadOnly));
        CsvReader reader(&rejected);
        QStringList fields;
        QVERIFY(reader.readRecord(fields));
        QCOMPARE(fields.last(), QStringLiteral("problem"));
        while (reader.readRecord(fields))
            QVERIFY(!fields.last().isEmpty());
        QCOMPARE(first.problemCount, first.problems.size());
        for (const ImportProblem& p : first.problems) {
            QVERIFY(p.line > 1);
            QVERIFY(!p.reason.isEmpty());
        }
        // Periods: chains starting with a non-S episode expect no IHA.
        QVERIFY(scalar(QStringLiteral(
                    "SELECT count(*) FROM care_periods WHERE started_in_window = 0")) > 0);
        QCOMPARE(scalar(QStringLiteral(
                     "SELECT count(*) FROM assessments a JOIN care_periods p ON p.id = "
                     "a.care_period_id WHERE a.kind = 'IHA' AND p.started_in_window = 0")),
                 0);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM assessments WHERE kind = 'IHA'")),
                 scalar(QStringLiteral(
                     "SELECT count(*) FROM care_periods WHERE started_in_window = 1")));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'import' "
                                       "AND user_login = 'tester' AND after_json LIKE "
                                       "'%\"episodes_added\":%'")),
                 1);

        // A first import counts the report's figures once, at the end (SQLite): the counts
        // equal the records and the triggers that keep them are back.
        QCOMPARE(figures(ReportRepository::CountsFrom::StoredCounts),
                 figures(ReportRepository::CountsFrom::Records));
        QVERIFY(scalar(QStringLiteral("SELECT count(*) FROM report_counts WHERE n > 0")) > 10);
        if (!m_db->isServer())
            QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = "
                                           "'trigger' AND sql LIKE '%report_counts%'")),
                     4);

        // Again: nothing changes (the audit trail gains the entry saying it was imported).
        const QString before = importtest::dumpTables(dbPath(), {QStringLiteral("audit_log")});
        request.rejectedPath = m_dir.filePath(QStringLiteral("corpus-rejected-2"));
        const ImportReport second = run(request);
        QVERIFY(second.written);
        QVERIFY(second.counts.nothingChanged());
        QCOMPARE(second.counts.childrenUnchanged, c.childrenAdded);
        QCOMPARE(second.counts.episodesUnchanged, c.episodesAdded);
        QCOMPARE(second.counts.rejected, c.rejected);
        QCOMPARE(importtest::dumpTables(dbPath(), {QStringLiteral("audit_log")}), before);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM audit_log")), 2);
    }

    void corpusAllOrNothingWritesNothing()
    {
        open(QStringLiteral("corpus-strict"));
        const QString before = importtest::dumpTables(dbPath());
        const ImportReport report = run(ssda903(corpus()));
        QVERIFY(!report.written);
        QVERIFY(report.problemCount > 0);
        QVERIFY(report.problems.first().text().contains(QStringLiteral("episodes.csv:")));
        QVERIFY(report.problems.first().text().contains(QStringLiteral(": DECOM: ")));
        QCOMPARE(importtest::dumpTables(dbPath()), before);
    }

    void formatsAndCodes()
    {
        open(QStringLiteral("formats"));
        QVERIFY(m_settings->setValue(QStringLiteral("authority.postcode_districts"),
                                     QStringLiteral("WV1, WV2")));
        // BOM, CRLF, quoted comma and line break, extra columns, both date forms, old and new
        // codes (SEX 1/2 and M/F/U; K3; Z11-Z14; H5 and P2), PL_LOCATION beside postcodes.
        const QString dir = folder(
            QStringLiteral("formats"),
            "\xEF\xBB\xBF"
            "CHILD,SEX,DOB,ETHNIC,UPN,EXTRA\r\n"
            "A1,1,01/02/2015,WBRI,,x\r\nA2,2,2016-03-04,MIXD,,y\r\nA3,M,05/06/2010,,,\r\n"
            "A4,F,2011-07-08,,,\r\nA5,U,09/10/2012,,,\r\n",
            "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,"
            "PL_POST,URN,PL_LOCATION,NOTE\r\n"
            "A1,2025-01-06,S,C1,N1,K3,\"Provider, Ltd\",03/02/2025,X1,,,WV1 "
            "1AA,,,\"two\r\nlines\"\r\n"
            "A1,03/02/2025,P,C2,N1,Z11,PR1,,,CARPL,,B1 1AA,,,\r\n"
            "A2,2025-02-03,S,V2,N2,Z12,PR1,,,,,wv2 9zz,,OUT,\r\n"
            "A3,01/03/2024,L,C2,N2,Z13,PR1,,,,,,,,\r\n"
            "A4,01/03/2024,S,C2,N2,Z14,PR1,31/03/2024,E11,,,,,IN,\r\n"
            "A5,01/03/2023,S,C2,N2,H5,PR1,01/04/2023,X1,,,,,,\r\n"
            "A5,01/04/2023,T,C2,N2,P2,PR1,,,,,,,,\r\n");
        const ImportReport report = run(ssda903(dir));
        for (const auto& p : report.problems)
            qWarning("%s", qPrintable(p.text()));
        QVERIFY(report.written);
        QCOMPARE(report.counts.childrenAdded, 5);
        QCOMPARE(report.counts.episodesAdded, 7);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM children WHERE (case_id, sex) IN "
                                       "(VALUES ('A1','M'),('A2','F'),('A3','M'),('A4','F'),"
                                       "('A5','U'))")),
                 5);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM children WHERE case_id = 'A2' AND "
                                       "date_of_birth = '2016-03-04'")),
                 1);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM episodes WHERE placement_provider "
                                       "= 'Provider, Ltd' AND placement_type = 'K3'")),
                 1);
        // Location: own district -> IN, other -> OUT, PL_LOCATION wins, no postcode -> UNKNOWN
        // (A1 from 06/01/2025 in WV1; A1 from 03/02/2025 in B1 and A2 with PL_LOCATION OUT;
        // A3 with no postcode).
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM episodes WHERE (start_date, location) "
                                       "IN (VALUES ('2025-01-06','IN'),('2025-02-03','OUT'),"
                                       "('2024-03-01','UNKNOWN'))")),
                 4);
        QCOMPARE(scalar(QStringLiteral("SELECT location = 'OUT' FROM episodes WHERE start_date = "
                                       "'2025-02-03'")),
                 1); // wv2 is in area by postcode, but PL_LOCATION says OUT
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM episodes e JOIN children c ON c.id = "
                                       "e.child_id WHERE c.case_id = 'A4' AND e.location = 'IN'")),
                 1);
        // Periods: A1's two episodes are one period; A3 began before the data; A4 has ended.
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM care_periods p JOIN children c ON "
                                       "c.id = p.child_id WHERE c.case_id = 'A1'")),
                 1);
        QCOMPARE(scalar(QStringLiteral("SELECT started_in_window FROM care_periods p JOIN children "
                                       "c ON c.id = p.child_id WHERE c.case_id = 'A3'")),
                 0);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM care_periods WHERE end_date = "
                                       "'2024-03-31' AND end_reason = 'E11'")),
                 1);
        // Due dates recomputed in the same import: A1's IHA is due 20 working days after
        // 06/01/2025 (03/02/2025).
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM assessments a JOIN children c ON "
                                       "c.id = a.child_id WHERE c.case_id = 'A1' AND a.kind = "
                                       "'IHA' AND a.due_date = '2025-02-03'")),
                 1);
        QCOMPARE(scalar(QStringLiteral("SELECT in_care FROM children WHERE case_id = 'A1'")), 1);
    }

    void newerExportUpdatesWithoutDuplicating()
    {
        open(QStringLiteral("newer"));
        const QByteArray header = "CHILD,SEX,DOB\nB1,1,01/02/2015\n";
        QVERIFY(run(ssda903(folder(QStringLiteral("v1"), header,
                                   "CHILD,DECOM,RNE,LS,PLACE,DEC,REC\n"
                                   "B1,06/01/2025,S,C1,U4,,\n")))
                    .written);
        const ImportReport r = run(ssda903(folder(QStringLiteral("v2"), header,
                                                  "CHILD,DECOM,RNE,LS,PLACE,DEC,REC\n"
                                                  "B1,06/01/2025,S,C1,U4,03/03/2025,X1\n"
                                                  "B1,03/03/2025,P,C2,U6,,\n")));
        QVERIFY(r.written);
        QCOMPARE(r.counts.episodesUpdated, 1);
        QCOMPARE(r.counts.episodesAdded, 1);
        QCOMPARE(r.counts.childrenUnchanged, 1);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM episodes")), 2);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM care_periods")), 1);
        QCOMPARE(
            scalar(QStringLiteral("SELECT version FROM episodes WHERE start_date = '2025-01-06'")),
            2);
        // A later export that no longer holds the first episode keeps it (a chain that
        // continues from what is recorded is the same period, not a new one).
        const ImportReport r3 = run(ssda903(folder(QStringLiteral("v3"), header,
                                                   "CHILD,DECOM,RNE,LS,PLACE,DEC,REC\n"
                                                   "B1,03/03/2025,P,C2,U6,01/06/2025,E11\n")));
        QVERIFY(r3.written);
        QCOMPARE(
            scalar(QStringLiteral("SELECT count(*) FROM care_periods WHERE closed_at IS NULL")), 1);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM care_periods WHERE start_date = "
                                       "'2025-01-06' AND end_date = '2025-06-01' AND "
                                       "started_in_window = 1")),
                 1);
        // A corrected export: care really started earlier (S on 01/12/2024) and the episode
        // of 06/01/2025 was a legal status change. The period now starts earlier; the old one
        // is closed, never deleted.
        const ImportReport r4 = run(ssda903(folder(QStringLiteral("v4"), header,
                                                   "CHILD,DECOM,RNE,LS,PLACE,DEC,REC\n"
                                                   "B1,01/12/2024,S,V2,U4,06/01/2025,X1\n"
                                                   "B1,06/01/2025,L,C1,U4,03/03/2025,X1\n")));
        QVERIFY(r4.written);
        QCOMPARE(r4.counts.periodsAdded, 1);
        QCOMPARE(r4.counts.episodesAdded, 1);
        QCOMPARE(r4.counts.episodesUpdated, 1);
        QCOMPARE(
            scalar(QStringLiteral("SELECT count(*) FROM care_periods WHERE closed_at IS NULL")), 1);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM care_periods WHERE closed_reason = "
                                       "'superseded by import'")),
                 1);
        QCOMPARE(scalar(QStringLiteral("SELECT count(DISTINCT care_period_id) FROM episodes")), 1);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM episodes")), 3);
        // The IHA now runs from 01/12/2024; the one for the closed period is no longer expected.
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM assessments WHERE kind = 'IHA' AND "
                                       "closed_at IS NULL AND clock_start = '2024-12-01'")),
                 1);
    }

    void rejectedRowsCanBeCorrectedAndImported()
    {
        open(QStringLiteral("rejected"));
        const QString dir =
            folder(QStringLiteral("with-bad"), "CHILD,SEX,DOB\nC1,1,01/02/2015\nC2,2,31/02/2016\n",
                   "CHILD,DECOM,RNE,LS,PLACE\nC1,06/01/2025,S,C1,U4\n"
                   "C2,06/01/2025,S,C1,=HYPERLINK(1)\n");
        ImportRequest request = ssda903(dir, true);
        request.rejectedPath = m_dir.filePath(QStringLiteral("to-correct"));
        const ImportReport r = run(request);
        QVERIFY(r.written);
        QCOMPARE(r.counts.childrenAdded, 1);
        QCOMPARE(r.counts.rejected, 2);
        QFile h(request.rejectedPath + QStringLiteral("/header.csv"));
        QVERIFY(h.open(QIODevice::ReadOnly));
        const QByteArray rejectedHeader = h.readAll();
        QVERIFY(rejectedHeader.contains("C2,2,31/02/2016,DOB: 31/02/2016: impossible date"));
        QFile e(request.rejectedPath + QStringLiteral("/episodes.csv"));
        QVERIFY(e.open(QIODevice::ReadOnly));
        QVERIFY(e.readAll().contains("'=HYPERLINK(1)")); // a spreadsheet must not run it
        // The user corrects the date and the code in the rejected files and imports them.
        writeFile(request.rejectedPath + QStringLiteral("/header.csv"),
                  QByteArray(rejectedHeader).replace("31/02/2016", "28/02/2016"));
        writeFile(request.rejectedPath + QStringLiteral("/episodes.csv"),
                  "CHILD,DECOM,RNE,LS,PLACE,problem\nC2,06/01/2025,S,C1,U5,was wrong\n");
        const ImportReport again = run(ssda903(request.rejectedPath));
        QVERIFY(again.written);
        QCOMPARE(again.counts.childrenAdded, 1);
        QCOMPARE(again.counts.episodesAdded, 1);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM children")), 2);
    }

    void rejectedRowsGoBesideTheImportNeverTheCurrentFolder()
    {
        // Rejected rows are children's personal data: by default they must land beside the
        // imported folder, not in whatever folder the program happened to be started from.
        open(QStringLiteral("rejected-default"));
        const QString dir = folder(QStringLiteral("incoming/with-bad"),
                                   "CHILD,SEX,DOB\nC1,1,01/02/2015\nC2,2,31/02/2016\n",
                                   "CHILD,DECOM,RNE,LS,PLACE\nC1,06/01/2025,S,C1,U4\n");
        QTemporaryDir elsewhere;
        const QString before = QDir::currentPath();
        QVERIFY(QDir::setCurrent(elsewhere.path()));
        const ImportReport r = run(ssda903(dir, true));
        QVERIFY(QDir::setCurrent(before));
        QVERIFY(r.written);
        QCOMPARE(r.counts.rejected, 1);
        QVERIFY(QDir(elsewhere.path()).isEmpty());
        const QFileInfo written(r.rejectedPath);
        QCOMPARE(written.absolutePath(), m_dir.filePath(QStringLiteral("incoming")));
        QVERIFY2(written.fileName().startsWith(QStringLiteral("with-bad-rejected-")),
                 qPrintable(written.fileName()));
        QVERIFY(QFileInfo::exists(r.rejectedPath + QStringLiteral("/header.csv")));
    }

    void assessments()
    {
        open(QStringLiteral("assessments"));
        QVERIFY(run(ssda903(folder(QStringLiteral("children"), "CHILD,SEX,DOB\nD1,1,01/02/2015\n",
                                   "CHILD,DECOM,RNE,LS,PLACE\nD1,06/01/2025,S,C1,U4\n")))
                    .written);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM assessments WHERE status = 'open'")),
                 1);
        const QString file = m_dir.filePath(QStringLiteral("assessments.csv"));
        writeFile(
            file,
            "\xEF\xBB\xBF"
            "child_id,type,completed_date,requested_date,appointment_date,"
            "outcome,delay_reason,notes,ignored\r\n"
            "D1,IHA,30/01/2025,2025-01-10,30/01/2025,Attended,,\"seen by Dr A,\r\nfine\",x\r\n"
            "D1,RHA,2025-07-15,,,,health_capacity,,\r\n");
        ImportRequest request;
        request.source = ImportRequest::Source::Assessments;
        request.path = file;
        const ImportReport r = run(request);
        for (const auto& p : r.problems)
            qWarning("%s", qPrintable(p.text()));
        QVERIFY(r.written);
        QCOMPARE(r.counts.assessmentsAdded, 2);
        // The IHA completed the expected row rather than adding a second one.
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM assessments WHERE kind = 'IHA'")), 1);
        QCOMPARE(
            scalar(QStringLiteral("SELECT count(*) FROM assessments WHERE kind = 'IHA' AND "
                                  "status = 'completed' AND completed_date = '2025-01-30' AND "
                                  "requested_date = '2025-01-10' AND notes LIKE 'seen by Dr A,%'")),
            1);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM appointments WHERE outcome = "
                                       "'attended'")),
                 1);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM assessments WHERE kind = 'RHA' AND "
                                       "late_reason_code = 'health_capacity'")),
                 1);
        // The next RHA is planned 12 months after the last completed one (child is 9).
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM assessments WHERE kind = 'RHA' AND "
                                       "completed_date IS NULL AND due_date = '2026-07-15'")),
                 1);
        const QString before = importtest::dumpTables(dbPath(), {QStringLiteral("audit_log")});
        const ImportReport again = run(request);
        QVERIFY(again.written);
        QCOMPARE(again.counts.assessmentsUnchanged, 2);
        QCOMPARE(again.counts.assessmentsAdded, 0);
        QCOMPARE(importtest::dumpTables(dbPath(), {QStringLiteral("audit_log")}), before);
    }

    void cancelPartWayLeavesTheDatabaseAsItWas()
    {
        open(QStringLiteral("cancel"));
        const QString before = importtest::dumpTables(dbPath());
        std::atomic_bool cancel = false;
        ImportRequest request = ssda903(corpus(), true);
        request.cancel = &cancel;
        double seen = 0;
        request.progress = [&](double f, const QString&) {
            seen = f;
            if (f > 0.6)
                cancel = true; // children already written by now, episodes under way
        };
        auto r = m_service->run(request);
        QVERIFY(!r);
        QVERIFY(r.failure().message.contains(QStringLiteral("cancelled")));
        QVERIFY(seen > 0.6);
        QCOMPARE(importtest::dumpTables(dbPath()), before);
        // The first import had taken the count triggers away; the rollback put them back.
        if (!m_db->isServer())
            QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = "
                                           "'trigger' AND sql LIKE '%report_counts%'")),
                     4);
    }

    void needsTheImportPermission()
    {
        open(QStringLiteral("viewer"), UserRole::Viewer);
        auto r = m_service->run(ssda903(corpus()));
        QVERIFY(!r);
        QVERIFY(r.failure().message.contains(QStringLiteral("does not allow")));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM children")), 0);
    }
};

QTEST_GUILESS_MAIN(TestImportService)
#include "tst_importservice.moc"
