// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// An import into a team database on a real PostgreSQL 15 server (the throwaway one CTest
// starts) gives exactly what the same import gives on SQLite: the same children, periods,
// episodes, assessments and due dates, the same counts and the same rejected rows.
#include "support/TestDatabase.h"

#include "data/AuditLog.h"
#include "data/SettingsStore.h"
#include "rules/WorkingDayCalendar.h"
#include "services/DueDateService.h"
#include "services/ImportService.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace lac;
using namespace lac::test;

namespace {

/// The case tables by their natural keys (case ID, dates), without ids or time stamps, which
/// need not agree between two databases.
const char* const facts[] = {
    "SELECT case_id, sex, date_of_birth, ethnicity, upn, uasc, in_care, "
    "current_placement_type, current_location, next_due_kind, next_due_date FROM children",
    "SELECT c.case_id, p.start_date, p.end_date, p.started_in_window, p.end_reason, "
    "CASE WHEN p.closed_at IS NULL THEN 0 ELSE 1 END, p.closed_reason, p.version "
    "FROM care_periods p JOIN children c ON c.id = p.child_id",
    "SELECT c.case_id, e.start_date, e.end_date, e.rne, e.legal_status, e.cin, "
    "e.placement_type, e.placement_provider, e.location, e.placement_postcode, e.reason_end, "
    "e.reason_place_change, e.urn, p.start_date, e.version FROM episodes e "
    "JOIN children c ON c.id = e.child_id JOIN care_periods p ON p.id = e.care_period_id",
    "SELECT c.case_id, a.kind, a.clock_start, a.due_date, a.request_due_date, a.status, "
    "a.exemption, a.location_at_due, a.completed_date, a.requested_date, a.late_reason_code, "
    "a.notes, CASE WHEN a.closed_at IS NULL THEN 0 ELSE 1 END, p.start_date FROM assessments a "
    "JOIN children c ON c.id = a.child_id LEFT JOIN care_periods p ON p.id = a.care_period_id",
    "SELECT c.case_id, ap.scheduled_at, ap.outcome, ap.outcome_date FROM appointments ap "
    "JOIN assessments a ON a.id = ap.assessment_id JOIN children c ON c.id = a.child_id",
};

QStringList dump(const Database& db)
{
    QStringList out;
    for (const char* sql : facts) {
        QSqlQuery q = TestDatabase::execOn(db, QString::fromLatin1(sql), {});
        QStringList rows;
        while (q.next()) {
            QStringList cells;
            for (int i = 0; i < q.record().count(); ++i)
                cells << (q.value(i).isNull() ? QStringLiteral("NULL") : q.value(i).toString());
            rows << cells.join(QLatin1Char('|'));
        }
        rows.sort();
        out << rows;
    }
    return out;
}

/// One database and the services an import needs on it.
struct Importer
{
    explicit Importer(const Database& db)
        : settings(db)
        , audit(db, UserContext{QStringLiteral("tester"), UserRole::Administrator})
        , dueDates(db, calendar, AssessmentPolicy{})
        , service(db, audit, settings, dueDates)
    {}
    WorkingDayCalendar calendar;
    SettingsStore settings;
    AuditLog audit;
    DueDateService dueDates;
    ImportService service;
};

QString text(const ImportReport& r)
{
    QStringList problems;
    for (const ImportProblem& p : r.problems)
        problems << p.text();
    return r.counts.summary() + QLatin1Char('\n') + problems.join(QLatin1Char('\n'));
}

} // namespace

class TestServerImport : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    /// Runs \a request on both databases; both reports must agree.
    void importOnBoth(const Database& sqlite, const Database& server, ImportRequest request,
                      const QString& name)
    {
        Importer onFile(sqlite);
        Importer onServer(server);
        request.rejectedPath = m_dir.filePath(name + QStringLiteral("-sqlite"));
        const auto a = onFile.service.run(request);
        request.rejectedPath = m_dir.filePath(name + QStringLiteral("-server"));
        const auto b = onServer.service.run(request);
        QVERIFY2(a, a ? "" : qPrintable(a.failure().text()));
        QVERIFY2(b, b ? "" : qPrintable(b.failure().text()));
        QVERIFY(a->written);
        QVERIFY(b->written);
        QCOMPARE(text(*b), text(*a));
        QCOMPARE(b->counts.rejected, a->counts.rejected);
        for (const char* file : {"header.csv", "episodes.csv", "uasc.csv"}) {
            QFile x(m_dir.filePath(name + QStringLiteral("-sqlite/") + QLatin1String(file)));
            QFile y(m_dir.filePath(name + QStringLiteral("-server/") + QLatin1String(file)));
            QCOMPARE(y.exists(), x.exists());
            if (x.open(QIODevice::ReadOnly) && y.open(QIODevice::ReadOnly))
                QCOMPARE(y.readAll(), x.readAll());
        }
    }

private Q_SLOTS:
    void theCorpusImportsAsOnSqlite()
    {
        TestDatabase server;
        QVERIFY(server.db().isServer());
        auto sqlite = Database::open(m_dir.filePath(QStringLiteral("corpus.sqlite")));
        QVERIFY(sqlite);

        ImportRequest request;
        request.path = QStringLiteral(LACHEALTH_TEST_DATA_DIR "/ssda903-fake");
        request.skipInvalid = true;
        importOnBoth(*sqlite.value(), server.db(), request, QStringLiteral("corpus"));
        if (QTest::currentTestFailed())
            return;
        const QStringList expected = dump(*sqlite.value());
        QVERIFY(expected.size() > 7500); // children and episodes at least
        QCOMPARE(dump(server.db()), expected);

        // The small fixture of the import tests, then past assessments for its children.
        request.path = QStringLiteral(LACHEALTH_IMPORT_TESTDATA "/data/base");
        importOnBoth(*sqlite.value(), server.db(), request, QStringLiteral("base"));
        if (QTest::currentTestFailed())
            return;
        const QString assessments = m_dir.filePath(QStringLiteral("assessments.csv"));
        QFile f(assessments);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(TestDatabase::scalarOn(*sqlite.value(),
                                       QStringLiteral("SELECT case_id FROM children c WHERE "
                                                      "EXISTS (SELECT 1 FROM assessments a "
                                                      "WHERE a.child_id = c.id AND a.kind = "
                                                      "'IHA' AND a.status = 'open') ORDER BY "
                                                      "case_id LIMIT 1"),
                                       {})
                    .toString()
                    .prepend(QStringLiteral("child_id,type,completed_date,requested_date,"
                                            "appointment_date,outcome,delay_reason,notes\n"))
                    .append(QStringLiteral(",IHA,30/01/2025,2025-01-10,30/01/2025,Attended,,"
                                           "\"seen, fine; \\\\ é\ttab\"\n"))
                    .toUtf8());
        f.close();
        request = ImportRequest{};
        request.source = ImportRequest::Source::Assessments;
        request.path = assessments;
        importOnBoth(*sqlite.value(), server.db(), request, QStringLiteral("assessments"));
        QCOMPARE(dump(server.db()), dump(*sqlite.value()));
        QCOMPARE(server.scalar(QStringLiteral("SELECT count(*) FROM appointments")).toInt(), 1);
    }

    void theImportsPlannerSettingsEndWithIt()
    {
        // The import plans its own transaction for tables that grow under it (index paths
        // only); the window's lists on the same connection must be planned as usual after it.
        TestDatabase server;
        ImportRequest request;
        request.path = QStringLiteral(LACHEALTH_IMPORT_TESTDATA "/data/base");
        request.rejectedPath = m_dir.filePath(QStringLiteral("settings-rejected"));
        Importer importer(server.db());
        const auto report = importer.service.run(request);
        QVERIFY2(report, report ? "" : qPrintable(report.failure().text()));
        QVERIFY(report->written);
        QVERIFY(server.scalar(QStringLiteral("SELECT count(*) FROM episodes")).toInt() > 0);
        for (const char* setting : {"enable_seqscan", "enable_hashjoin", "enable_mergejoin"})
            QCOMPARE(server.scalar(QStringLiteral("SELECT current_setting(?)"),
                                   {QString::fromLatin1(setting)}),
                     QVariant(QStringLiteral("on")));
        // A second import on the same connection starts from empty scratch tables again.
        request.rejectedPath = m_dir.filePath(QStringLiteral("settings-rejected-again"));
        const auto again = importer.service.run(request);
        QVERIFY2(again, again ? "" : qPrintable(again.failure().text()));
        QVERIFY(again->written);
        QCOMPARE(again->counts.rejected, report->counts.rejected);
    }
};

QTEST_GUILESS_MAIN(TestServerImport)
#include "tst_serverimport.moc"
