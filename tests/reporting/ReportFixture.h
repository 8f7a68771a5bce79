// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A hand-built database for the reporting tests: children, care periods, placements and
// assessment rows written directly, so that every expected figure can be worked out by hand
// in the test that uses it.

#include "data/Database.h"
#include "support/TestDatabase.h"

#include <QDate>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QVariant>

#include <memory>

namespace lac::test {

class ReportFixture
{
public:
    struct Assessment
    {
        qint64 child = 0;
        qint64 period = 0;
        QString kind = QStringLiteral("IHA");
        QDate clockStart;
        QDate due;
        QDate requestDue;
        QDate requested;
        QString status = QStringLiteral("open");
        QString exemption;
        QDate completed;
        QString lateReason;
        QString locationAtDue = QStringLiteral("UNKNOWN");
        bool closed = false;
    };

    explicit ReportFixture(const QString& name)
    {
        auto opened = Database::open(TestDatabase::freshLocation(
            m_dir.filePath(name + QStringLiteral(".sqlite")), m_serverDatabase));
        if (!opened)
            qFatal("%s", qPrintable(opened.failure().text()));
        m_db = std::move(opened).value();
    }

    ~ReportFixture()
    {
        m_db.reset();
        if (!m_serverDatabase.isEmpty())
            TestDatabase::dropServerDatabase(m_serverDatabase);
    }
    ReportFixture(const ReportFixture&) = delete;
    ReportFixture& operator=(const ReportFixture&) = delete;

    const Database& db() const { return *m_db; }
    QString path() const { return m_db->path(); }

    QSqlQuery exec(const QString& sql, const QVariantList& values = {})
    {
        QSqlQuery q(QSqlDatabase::database(m_db->connectionName()));
        if (!q.prepare(sql))
            qFatal("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        for (const QVariant& v : values)
            q.addBindValue(v);
        if (!q.exec())
            qFatal("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        return q;
    }

    qint64 insert(const QString& sql, const QVariantList& values)
    {
        QSqlQuery q = exec(sql + QStringLiteral(" RETURNING id"), values);
        q.next();
        return q.value(0).toLongLong();
    }

    static QVariant date(QDate d)
    {
        return d.isValid() ? QVariant(d.toString(Qt::ISODate))
                           : QVariant(QMetaType::fromType<QString>());
    }

    qint64 child(const QString& caseId, const QString& given, const QString& family, QDate dob)
    {
        return insert(
            QStringLiteral("INSERT INTO children (case_id, given_name, family_name, "
                           "date_of_birth, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)"),
            {caseId, given, family, date(dob), now(), now()});
    }

    qint64 carePeriod(qint64 child, QDate start, QDate end = {}, bool startedInWindow = true)
    {
        return insert(
            QStringLiteral("INSERT INTO care_periods (child_id, start_date, end_date, "
                           "started_in_window, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)"),
            {child, date(start), date(end), startedInWindow ? 1 : 0, now(), now()});
    }

    qint64 episode(qint64 child, qint64 period, QDate start, const QString& placementType,
                   const QString& location, QDate end = {},
                   const QString& legalStatus = QStringLiteral("C2"))
    {
        return insert(
            QStringLiteral("INSERT INTO episodes (care_period_id, child_id, start_date, end_date, "
                           "legal_status, placement_type, location, created_at, updated_at) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            {period, child, date(start), date(end), legalStatus, placementType, location, now(),
             now()});
    }

    qint64 assessment(const Assessment& a)
    {
        return insert(
            QStringLiteral(
                "INSERT INTO assessments (child_id, care_period_id, kind, clock_start, due_date, "
                "request_due_date, requested_date, status, exemption, completed_date, "
                "late_reason_code, location_at_due, created_at, updated_at, closed_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            {a.child, a.period > 0 ? QVariant(a.period) : QVariant(QMetaType::fromType<qint64>()),
             a.kind, date(a.clockStart), date(a.due), date(a.requestDue), date(a.requested),
             a.completed.isValid() ? QStringLiteral("completed")
             : a.status.isEmpty()  ? QStringLiteral("open")
                                   : a.status,
             a.exemption.isNull() ? QStringLiteral("") : a.exemption, date(a.completed),
             a.lateReason.isEmpty() ? QVariant(QMetaType::fromType<QString>())
                                    : QVariant(a.lateReason),
             a.locationAtDue.isEmpty() ? QStringLiteral("UNKNOWN") : a.locationAtDue, now(), now(),
             a.closed ? QVariant(now()) : QVariant(QMetaType::fromType<QString>())});
    }

    qint64 appointment(qint64 assessment, const QString& scheduledAt, const QString& outcome)
    {
        return insert(
            QStringLiteral("INSERT INTO appointments (assessment_id, scheduled_at, outcome, "
                           "created_at, updated_at) VALUES (?, ?, ?, ?, ?)"),
            {assessment, scheduledAt, outcome, now(), now()});
    }

    qint64 paperworkIssue(qint64 assessment, qint64 child, QDate found, QDate resolved = {})
    {
        return insert(
            QStringLiteral("INSERT INTO paperwork_issues (assessment_id, child_id, problem, "
                           "found_date, resolved_date, created_at, updated_at) "
                           "VALUES (?, ?, 'consent_missing', ?, ?, ?, ?)"),
            {assessment, child, date(found), date(resolved), now(), now()});
    }

    qint64 outOfAreaRequest(qint64 assessment, qint64 child, QDate requested, QDate resolved = {})
    {
        return insert(
            QStringLiteral("INSERT INTO ooa_requests (assessment_id, child_id, requested_date, "
                           "resolved_date, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)"),
            {assessment, child, date(requested), date(resolved), now(), now()});
    }

    void setSetting(const QString& key, const QString& value)
    {
        exec(QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?) "
                            "ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
             {key, value});
    }

    /// The January to March 2026 quarter the tests work out by hand (see tst_timelinessreport
    /// for the expected figures). Names and case IDs are distinctive so that a test can prove
    /// they never reach a published paper.
    void buildQuarterScenario();

    /// What the due-date recomputation keeps on the rows for reports (schema 18), for rows this
    /// fixture wrote by hand: each period's first placement, and each assessment's placement on
    /// its due date (the period's last that began by then, else its first). tst_duedateservice
    /// checks that the recomputation itself keeps them.
    void keepReportPlacements()
    {
        const QString first =
            QStringLiteral("(SELECT e.%1 FROM episodes e WHERE e.care_period_id = care_periods.id "
                           "AND e.closed_at IS NULL ORDER BY e.start_date, e.id LIMIT 1)");
        exec(QStringLiteral("UPDATE care_periods SET entry_placement_type = %1, "
                            "entry_location = COALESCE(%2, 'UNKNOWN')")
                 .arg(first.arg(QStringLiteral("placement_type")),
                      first.arg(QStringLiteral("location"))));
        exec(QStringLiteral(
            "UPDATE assessments SET placement_type_at_due = COALESCE((SELECT e.placement_type "
            "FROM episodes e WHERE e.care_period_id = assessments.care_period_id AND "
            "e.closed_at IS NULL AND e.start_date <= assessments.due_date ORDER BY e.start_date "
            "DESC, e.id DESC LIMIT 1), (SELECT e.placement_type FROM episodes e WHERE "
            "e.care_period_id = assessments.care_period_id AND e.closed_at IS NULL ORDER BY "
            "e.start_date, e.id LIMIT 1))"));
    }

    int auditEntries(const QString& action)
    {
        QSqlQuery q =
            exec(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = ?"), {action});
        q.next();
        return q.value(0).toInt();
    }

private:
    static QString now() { return QStringLiteral("2026-01-01T00:00:00Z"); }

    QTemporaryDir m_dir;
    QString m_serverDatabase;
    std::unique_ptr<Database> m_db;
};

// The scenario lists assessments positionally, leaving trailing fields at their defaults.
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"
inline void ReportFixture::buildQuarterScenario()
{
    using A = Assessment;
    const auto d = [](int y, int m, int day) { return QDate(y, m, day); };
    // January 2026 (New Year's Day is a bank holiday).
    // A: in area, foster care; IHA done on its due date, request sent in time.
    const qint64 a = child(QStringLiteral("ZQ-1001"), QStringLiteral("Zebedee"),
                           QStringLiteral("Quartermaine"), d(2015, 4, 2));
    const qint64 ap = carePeriod(a, d(2026, 1, 5));
    episode(a, ap, d(2026, 1, 5), QStringLiteral("U4"), QStringLiteral("IN"));
    assessment(A{a,
                 ap,
                 QStringLiteral("IHA"),
                 d(2026, 1, 5),
                 d(2026, 2, 2),
                 d(2026, 1, 12),
                 d(2026, 1, 9),
                 {},
                 {},
                 d(2026, 2, 2),
                 {},
                 QStringLiteral("IN")});
    // B: out of area, children's home; IHA late (host provider waiting list), request late.
    const qint64 b = child(QStringLiteral("ZQ-1002"), QStringLiteral("Ottoline"),
                           QStringLiteral("Vexbridge"), d(2012, 8, 30));
    const qint64 bp = carePeriod(b, d(2026, 1, 12));
    episode(b, bp, d(2026, 1, 12), QStringLiteral("K2"), QStringLiteral("OUT"));
    const qint64 bIha = assessment(A{b,
                                     bp,
                                     QStringLiteral("IHA"),
                                     d(2026, 1, 12),
                                     d(2026, 2, 9),
                                     d(2026, 1, 19),
                                     d(2026, 1, 20),
                                     {},
                                     {},
                                     d(2026, 2, 20),
                                     QStringLiteral("ooa_capacity"),
                                     QStringLiteral("OUT")});
    outOfAreaRequest(bIha, b, d(2026, 1, 14), d(2026, 2, 20));
    paperworkIssue(bIha, b, d(2026, 1, 15), d(2026, 2, 10));
    // C: in area, left care before the IHA was due: not required, counted nowhere but entries.
    const qint64 c = child(QStringLiteral("ZQ-1003"), QStringLiteral("Peregrine"),
                           QStringLiteral("Wolstenholme"), d(2019, 1, 1));
    const qint64 cp = carePeriod(c, d(2026, 1, 20), d(2026, 1, 30));
    episode(c, cp, d(2026, 1, 20), QStringLiteral("U1"), QStringLiteral("IN"), d(2026, 1, 30));
    assessment(A{c,
                 cp,
                 QStringLiteral("IHA"),
                 d(2026, 1, 20),
                 d(2026, 2, 17),
                 d(2026, 1, 27),
                 {},
                 QStringLiteral("not_required"),
                 QStringLiteral("left_care")});
    // D: placement location not recorded; IHA never done, no reason recorded.
    const qint64 dd = child(QStringLiteral("ZQ-1004"), QStringLiteral("Araminta"),
                            QStringLiteral("Fenwright"), d(2016, 6, 6));
    const qint64 dp = carePeriod(dd, d(2026, 1, 26));
    episode(dd, dp, d(2026, 1, 26), QStringLiteral("U6"), QStringLiteral("UNKNOWN"));
    assessment(A{dd, dp, QStringLiteral("IHA"), d(2026, 1, 26), d(2026, 2, 23), d(2026, 2, 2)});
    // A period of care that began before the data window: no IHA, not an entry.
    const qint64 old = child(QStringLiteral("ZQ-1005"), QStringLiteral("Barnaby"),
                             QStringLiteral("Crowthorne"), d(2010, 2, 2));
    const qint64 oldp = carePeriod(old, d(2026, 1, 7), {}, false);
    episode(old, oldp, d(2026, 1, 7), QStringLiteral("U4"), QStringLiteral("IN"));

    // February 2026: nobody placed out of area.
    // E: in area; IHA late, cancelled by carer; two missed appointments in March.
    const qint64 e = child(QStringLiteral("ZQ-1006"), QStringLiteral("Clementine"),
                           QStringLiteral("Ashbury"), d(2014, 3, 3));
    const qint64 ep = carePeriod(e, d(2026, 2, 16));
    episode(e, ep, d(2026, 2, 16), QStringLiteral("U6"), QStringLiteral("IN"));
    const qint64 eIha = assessment(A{e,
                                     ep,
                                     QStringLiteral("IHA"),
                                     d(2026, 2, 16),
                                     d(2026, 3, 16),
                                     d(2026, 2, 23),
                                     d(2026, 2, 20),
                                     {},
                                     {},
                                     d(2026, 3, 20),
                                     QStringLiteral("cancelled_by_carer"),
                                     QStringLiteral("IN")});
    // Moved by agreement before it happened: never a missed appointment.
    appointment(eIha, QStringLiteral("2026-03-06T10:00"), QStringLiteral("rescheduled"));
    appointment(eIha, QStringLiteral("2026-03-10T10:00"), QStringLiteral("cancelled_by_carer"));
    appointment(eIha, QStringLiteral("2026-03-13T14:30"), QStringLiteral("was_not_brought"));
    appointment(eIha, QStringLiteral("2026-03-20T09:00"), QStringLiteral("attended"));
    paperworkIssue(eIha, e, d(2026, 2, 20));

    // March 2026, with Easter (3 and 6 April) inside the IHA clock.
    // F: in area, with parents; IHA 30 calendar days after the start and still in time.
    const qint64 f = child(QStringLiteral("ZQ-1007"), QStringLiteral("Horatio"),
                           QStringLiteral("Pemberton"), d(2017, 9, 9));
    const qint64 fp = carePeriod(f, d(2026, 3, 30));
    episode(f, fp, d(2026, 3, 30), QStringLiteral("P1"), QStringLiteral("IN"));
    assessment(A{f,
                 fp,
                 QStringLiteral("IHA"),
                 d(2026, 3, 30),
                 d(2026, 4, 29),
                 d(2026, 4, 9),
                 d(2026, 4, 1),
                 {},
                 {},
                 d(2026, 4, 29),
                 {},
                 QStringLiteral("IN")});
    // G: in area, foster care; IHA one day late (no clinic slot).
    const qint64 g = child(QStringLiteral("ZQ-1008"), QStringLiteral("Winifred"),
                           QStringLiteral("Galloway"), d(2013, 11, 11));
    const qint64 gp = carePeriod(g, d(2026, 3, 31));
    episode(g, gp, d(2026, 3, 31), QStringLiteral("U4"), QStringLiteral("IN"));
    assessment(A{g,
                 gp,
                 QStringLiteral("IHA"),
                 d(2026, 3, 31),
                 d(2026, 4, 30),
                 d(2026, 4, 10),
                 d(2026, 4, 2),
                 {},
                 {},
                 d(2026, 5, 1),
                 QStringLiteral("health_capacity"),
                 QStringLiteral("IN")});
    // A closed (recorded in error) IHA row: ignored.
    assessment(A{g,
                 gp,
                 QStringLiteral("IHA"),
                 d(2026, 3, 31),
                 d(2026, 4, 30),
                 {},
                 {},
                 {},
                 {},
                 {},
                 {},
                 QStringLiteral("IN"),
                 true});

    // RHAs due in March 2026.
    // U: under 5; last assessment 2025-09-10, so due 6 months later; out of area; in time.
    const qint64 u = child(QStringLiteral("ZQ-1009"), QStringLiteral("Tobias"),
                           QStringLiteral("Marchbanks"), d(2023, 6, 1));
    const qint64 up = carePeriod(u, d(2025, 8, 1));
    episode(u, up, d(2025, 8, 1), QStringLiteral("U4"), QStringLiteral("OUT"));
    assessment(A{u,
                 up,
                 QStringLiteral("RHA"),
                 d(2025, 9, 10),
                 d(2026, 3, 10),
                 {},
                 {},
                 {},
                 {},
                 d(2026, 3, 9),
                 {},
                 QStringLiteral("OUT")});
    // V: aged 10, children's home in area; done two days after the due date (was not brought).
    const qint64 v = child(QStringLiteral("ZQ-1010"), QStringLiteral("Ignatius"),
                           QStringLiteral("Throckmorton"), d(2015, 5, 5));
    const qint64 vp = carePeriod(v, d(2024, 1, 8));
    episode(v, vp, d(2024, 1, 8), QStringLiteral("K2"), QStringLiteral("IN"));
    assessment(A{v,
                 vp,
                 QStringLiteral("RHA"),
                 d(2025, 3, 10),
                 d(2026, 3, 10),
                 {},
                 {},
                 {},
                 {},
                 d(2026, 3, 12),
                 QStringLiteral("was_not_brought"),
                 QStringLiteral("IN")});
    // W: in area with relatives; RHA due 25 March, never done, no reason.
    const qint64 w = child(QStringLiteral("ZQ-1011"), QStringLiteral("Euphemia"),
                           QStringLiteral("Saltonstall"), d(2011, 7, 7));
    const qint64 wp = carePeriod(w, d(2023, 2, 1));
    episode(w, wp, d(2023, 2, 1), QStringLiteral("U1"), QStringLiteral("IN"));
    assessment(A{w,
                 wp,
                 QStringLiteral("RHA"),
                 d(2025, 3, 25),
                 d(2026, 3, 25),
                 {},
                 {},
                 {},
                 {},
                 {},
                 {},
                 QStringLiteral("IN")});
    // X: short breaks, exempt: counted nowhere.
    const qint64 x = child(QStringLiteral("ZQ-1012"), QStringLiteral("Lysander"),
                           QStringLiteral("Hawksmoor"), d(2012, 1, 1));
    const qint64 xp = carePeriod(x, d(2024, 5, 5));
    episode(x, xp, d(2024, 5, 5), QStringLiteral("K2"), QStringLiteral("IN"), {},
            QStringLiteral("V3"));
    assessment(A{x,
                 xp,
                 QStringLiteral("RHA"),
                 d(2025, 3, 20),
                 d(2026, 3, 20),
                 {},
                 {},
                 QStringLiteral("not_required"),
                 QStringLiteral("short_break"),
                 {},
                 {},
                 QStringLiteral("IN")});
    keepReportPlacements();
}
#pragma GCC diagnostic pop

} // namespace lac::test
