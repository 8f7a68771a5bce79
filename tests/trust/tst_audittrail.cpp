// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The audit trail: append-only in the database itself, filtered and paged in SQL, exported
// to a spreadsheet-safe CSV, and the export itself audited.
#include "TrustTestSupport.h"

#include "services/AuditTrailService.h"

#include <QFile>

using namespace lac;
using namespace lac::trust;

class TestAuditTrail : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    qint64 m_childA = 0;
    qint64 m_childB = 0;

    /// An entry with a chosen time, so date filters can be tested.
    void appendAt(const QString& at, const QString& login, qint64 childId, const QString& summary)
    {
        QVERIFY(
            tryExec(*m_db,
                    QStringLiteral("INSERT INTO audit_log (at, user_login, action, entity, "
                                   "child_id, summary) VALUES (?, ?, 'update', 'children', ?, ?)"),
                    {at, login,
                     childId ? QVariant(childId) : QVariant(QMetaType::fromType<qint64>()),
                     summary})
                .isEmpty());
    }

private Q_SLOTS:
    void initTestCase()
    {
        auto db = Database::open(m_dir.filePath(QStringLiteral("audit.sqlite")));
        QVERIFY(db);
        m_db = std::move(db).value();
        m_childA = addChild(*m_db, QStringLiteral("A1"), QStringLiteral("Amira"),
                            QStringLiteral("Khan"), QStringLiteral("2016-01-01"));
        m_childB = addChild(*m_db, QStringLiteral("B2"), QStringLiteral("Ben"),
                            QStringLiteral("Jones"), QStringLiteral("2012-05-05"));
        // 250 entries over three days by two people, about two children.
        for (int i = 0; i < 250; ++i) {
            const QString at =
                QStringLiteral("2026-03-0%1T%2:00:00Z").arg(1 + i % 3).arg(10 + i % 10);
            appendAt(at, i % 2 ? QStringLiteral("alice") : QStringLiteral("bob"),
                     i % 5 == 0 ? m_childA : (i % 5 == 1 ? m_childB : 0),
                     QStringLiteral("entry %1").arg(i));
        }
    }

    void refusesUpdateAndDelete()
    {
        const QString update = tryExec(*m_db, QStringLiteral("UPDATE audit_log SET summary = 'x'"));
        QVERIFY2(update.contains(QStringLiteral("only be appended")), qPrintable(update));
        const QString del = tryExec(*m_db, QStringLiteral("DELETE FROM audit_log WHERE id = 1"));
        QVERIFY2(del.contains(QStringLiteral("only be appended")), qPrintable(del));
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE summary = 'x'"))
                     .toInt(),
                 0);
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM audit_log")).toInt(), 250);
    }

    void appendWritesWhoWhatBeforeAndAfter()
    {
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(QStringLiteral("a.sqlite")));
        QVERIFY(db);
        AuditLog log(*db.value(), UserContext{QStringLiteral("carol"), UserRole::HealthAdmin});
        AuditEntry e;
        e.action = QStringLiteral("update");
        e.entity = QStringLiteral("assessments");
        e.entityId = 7;
        e.summary = QStringLiteral("booked");
        e.before = QJsonObject{{QStringLiteral("status"), QStringLiteral("requested")}};
        e.after = QJsonObject{{QStringLiteral("status"), QStringLiteral("booked")}};
        QVERIFY(log.append(e));
        AuditLog reader(*db.value(), UserContext{QStringLiteral("admin"), UserRole::Administrator});
        AuditTrailService trail(*db.value(), reader);
        auto rows = trail.page({}, 0, 10);
        QVERIFY(rows);
        QCOMPARE(rows->size(), 1);
        const AuditRecord& r = rows->first();
        QCOMPARE(r.login, QStringLiteral("carol"));
        QCOMPARE(r.action, QStringLiteral("update"));
        QCOMPARE(r.entityId, 7);
        QVERIFY(r.at.endsWith(QLatin1Char('Z')));
        QCOMPARE(r.beforeJson, QStringLiteral("{\"status\":\"requested\"}"));
        QCOMPARE(r.afterJson, QStringLiteral("{\"status\":\"booked\"}"));
    }

    void filtersByChildUserAndDate_data()
    {
        QTest::addColumn<int>("child"); // 0 none, 1 A, 2 B
        QTest::addColumn<QString>("login");
        QTest::addColumn<QDate>("from");
        QTest::addColumn<QDate>("to");
        QTest::addColumn<int>("expected");
        QTest::newRow("all") << 0 << QString() << QDate() << QDate() << 250;
        QTest::newRow("child A") << 1 << QString() << QDate() << QDate() << 50;
        QTest::newRow("child B, alice") << 2 << QStringLiteral("alice") << QDate() << QDate() << 25;
        QTest::newRow("one day") << 0 << QString() << QDate(2026, 3, 2) << QDate(2026, 3, 2) << 83;
        QTest::newRow("from day 2") << 0 << QString() << QDate(2026, 3, 2) << QDate() << 166;
        QTest::newRow("to day 1") << 0 << QString() << QDate() << QDate(2026, 3, 1) << 84;
        QTest::newRow("bob on day 3")
            << 0 << QStringLiteral("bob") << QDate(2026, 3, 3) << QDate(2026, 3, 3) << 42;
        QTest::newRow("nobody") << 0 << QStringLiteral("mallory") << QDate() << QDate() << 0;
    }

    void filtersByChildUserAndDate()
    {
        QFETCH(int, child);
        QFETCH(QString, login);
        QFETCH(QDate, from);
        QFETCH(QDate, to);
        QFETCH(int, expected);
        AuditLog reader(*m_db, UserContext{QStringLiteral("nurse"), UserRole::DesignatedNurse});
        AuditTrailService trail(*m_db, reader);
        AuditFilter f;
        f.childId = child == 1 ? m_childA : (child == 2 ? m_childB : 0);
        f.login = login;
        f.from = from;
        f.to = to;
        auto n = trail.count(f);
        QVERIFY(n);
        QCOMPARE(*n, qint64(expected));
        // Paging through gives the same entries, newest first, each once.
        qint64 below = 0;
        qint64 seen = 0;
        qint64 previous = std::numeric_limits<qint64>::max();
        for (;;) {
            auto page = trail.page(f, below, 37);
            QVERIFY(page);
            for (const AuditRecord& r : *page) {
                QVERIFY(r.id < previous);
                previous = r.id;
                if (f.childId)
                    QCOMPARE(r.childId, f.childId);
                if (!login.isEmpty())
                    QCOMPARE(r.login, login);
            }
            seen += page->size();
            if (page->size() < 37)
                break;
            below = page->last().id;
        }
        QCOMPARE(seen, qint64(expected));
    }

    void caseIdFindsTheChild()
    {
        AuditLog reader(*m_db, UserContext{QStringLiteral("admin"), UserRole::Administrator});
        AuditTrailService trail(*m_db, reader);
        auto found = trail.childIdForCaseId(QStringLiteral(" A1 "));
        QVERIFY(found && found->has_value());
        QCOMPARE(found->value(), m_childA);
        auto missing = trail.childIdForCaseId(QStringLiteral("ZZ"));
        QVERIFY(missing && !missing->has_value());
        auto page = trail.page(AuditFilter{m_childA, {}, {}, {}}, 0, 1);
        QVERIFY(page);
        QCOMPARE(page->first().caseId, QStringLiteral("A1"));
    }

    void exportIsSpreadsheetSafeAndAudited()
    {
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(QStringLiteral("e.sqlite")));
        QVERIFY(db);
        AuditLog writer(*db.value(),
                        UserContext{QStringLiteral("=cmd|' /C calc'!A0"), UserRole::HealthAdmin});
        AuditEntry e;
        e.action = QStringLiteral("update");
        e.entity = QStringLiteral("children");
        e.summary = QStringLiteral("@SUM(1+1), \"quoted\"\nsecond line");
        QVERIFY(writer.append(e));

        AuditLog reader(*db.value(),
                        UserContext{QStringLiteral("auditor"), UserRole::Administrator});
        AuditTrailService trail(*db.value(), reader);
        const QString file = dir.filePath(QStringLiteral("out.csv"));
        auto written = trail.exportCsv({}, file);
        QVERIFY2(written, qPrintable(written.failure().text()));
        QCOMPARE(*written, 1);
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF")); // so that Excel reads UTF-8
        const QString text = QString::fromUtf8(bytes);
        QVERIFY(text.contains(QStringLiteral("id,at_utc,user,action")));
        QVERIFY2(text.contains(QStringLiteral(",'=cmd|' /C calc'!A0,")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("\"'@SUM(1+1), \"\"quoted\"\"\nsecond line\"")));
        // No cell starts with a formula character.
        QVERIFY(!text.contains(QStringLiteral(",=")));
        QVERIFY(!text.contains(QStringLiteral(",@")));

        auto last = trail.page({}, 0, 1);
        QVERIFY(last);
        QCOMPARE(last->first().action, QStringLiteral("export"));
        QCOMPARE(last->first().login, QStringLiteral("auditor"));
        QVERIFY(last->first().afterJson.contains(QStringLiteral("\"entries\":1")));
    }

    void exportToAnUnwritablePlaceFailsCleanly()
    {
        AuditLog reader(*m_db, UserContext{QStringLiteral("admin"), UserRole::Administrator});
        AuditTrailService trail(*m_db, reader);
        const int before = scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM audit_log")).toInt();
        auto r = trail.exportCsv({}, QStringLiteral("/proc/no/such/folder/x.csv"));
        QVERIFY(!r);
        QVERIFY(!r.failure().message.isEmpty());
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM audit_log")).toInt(), before);
    }
};

QTEST_GUILESS_MAIN(TestAuditTrail)
#include "tst_audittrail.moc"
