// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Runs the real `lachealth caseload` on a database with our own children in care and children
// placed here by two authorities: the split as CSV and JSON, one authority's statement written
// and audited (its own children only), and the refusals with their exit codes.
#include "support/TestDatabase.h"

#include "incoming/core/IncomingService.h"
#include "services/AppServices.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace lac;
using namespace lac::test;

class TestCaseloadCommand : public QObject
{
    Q_OBJECT

    struct Run
    {
        int exit = -1;
        QString out;
        QString err;
    };

    static Run lachealth(const QString& login, const QStringList& arguments)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("USER"), login);
        env.insert(QStringLiteral("USERNAME"), login);
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(LACHEALTH_BINARY),
                QStringList{QStringLiteral("caseload")} + arguments);
        if (!p.waitForFinished(120000))
            return {};
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2,
                QString::fromUtf8(p.readAllStandardOutput()),
                QString::fromUtf8(p.readAllStandardError())};
    }

    int exports()
    {
        Database::Options options;
        options.createIfMissing = false;
        auto db = Database::open(m_db, options);
        if (!db)
            qFatal("%s", qPrintable(db.failure().text()));
        return TestDatabase::scalarOn(*db.value(),
                                      QStringLiteral("SELECT count(*) FROM audit_log WHERE "
                                                     "action = 'export' AND entity = "
                                                     "'host_requests'"),
                                      {})
            .toInt();
    }

    QTemporaryDir m_dir;
    QString m_db;

private Q_SLOTS:
    void initTestCase()
    {
        m_db = m_dir.filePath(QStringLiteral("lac.sqlite"));
        auto db = Database::open(m_db);
        QVERIFY(db);
        AppServices services(std::move(db).value(),
                             UserContext{QStringLiteral("admin.cli"), UserRole::Administrator});
        for (const auto& [login, role] : {std::pair{"admin.cli", UserRole::HealthAdmin},
                                          std::pair{"nurse.cli", UserRole::DesignatedNurse}})
            QVERIFY(services.userAdministration().add(QString::fromLatin1(login), {}, role));
        const QDate today = services.caseContext().today();
        // Two of our own children in care.
        for (const QString& caseId : {QStringLiteral("O1"), QStringLiteral("O2")}) {
            const qint64 id =
                TestDatabase::scalarOn(services.database(),
                                       QStringLiteral("INSERT INTO children (case_id, given_name, "
                                                      "family_name, date_of_birth, in_care, "
                                                      "created_at, updated_at) VALUES (?, 'Sam', "
                                                      "'Lee', '2015-01-01', 1, 'x', 'x') "
                                                      "RETURNING id"),
                                       {caseId})
                    .toLongLong();
            QVERIFY(id > 0);
            TestDatabase::scalarOn(services.database(),
                                   QStringLiteral("INSERT INTO care_periods (child_id, "
                                                  "start_date, created_at, updated_at) VALUES "
                                                  "(?, '2025-01-01', 'x', 'x') RETURNING id"),
                                   {id});
        }
        // Three placed here: two by Birmingham, one by Barnet, each with a request.
        const IncomingService host(services.caseContext(), services.settings(), services.calendar(),
                                   RequestingAuthorities::bundled().value());
        int n = 0;
        for (const QString& code : {QStringLiteral("E08000025"), QStringLiteral("E08000025"),
                                    QStringLiteral("E09000003")}) {
            HostChild c;
            c.authorityCode = code;
            c.theirCaseId = QStringLiteral("THEIR-%1").arg(++n);
            c.givenName = QStringLiteral("Kai");
            c.familyName = QStringLiteral("Brook%1").arg(n);
            c.dateOfBirth = QDate(2014, 5, 2);
            c.placedFrom = today.addMonths(-6);
            auto id = host.addChild(c);
            QVERIFY(id);
            IncomingRequest r;
            r.hostChildId = id.value();
            r.received = today.addMonths(-2);
            r.requesterDue = r.received.addDays(42);
            QVERIFY(host.receive(r));
        }
    }

    void printsTheSplitAsCsvAndJson()
    {
        Run r = lachealth(QStringLiteral("nurse.cli"), {QStringLiteral("--db"), m_db});
        QVERIFY2(r.exit == 0, qPrintable(r.err));
        const QStringList lines = r.out.trimmed().split(QLatin1Char('\n'));
        QCOMPARE(lines.first(), QStringLiteral("authority,own_children,placed_here_by_them"));
        QVERIFY2(lines.contains(QStringLiteral("Birmingham,0,2")), qPrintable(r.out));
        QVERIFY2(lines.contains(QStringLiteral("Barnet,0,1")), qPrintable(r.out));
        QCOMPARE(lines.last(), QStringLiteral("Total,2,3"));

        r = lachealth(
            QStringLiteral("nurse.cli"),
            {QStringLiteral("--db"), m_db, QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(r.exit, 0);
        const QJsonObject total = QJsonDocument::fromJson(r.out.toUtf8())
                                      .object()
                                      .value(QStringLiteral("total"))
                                      .toObject();
        QCOMPARE(total.value(QStringLiteral("caseload")).toInt(), 5);
    }

    void writesOneAuthoritysStatementAudited()
    {
        const QString out = m_dir.filePath(QStringLiteral("statements"));
        QVERIFY(QDir().mkpath(out));
        const Run r = lachealth(QStringLiteral("admin.cli"),
                                {QStringLiteral("--db"), m_db, QStringLiteral("--authority"),
                                 QStringLiteral("Birmingham"), QStringLiteral("--out"), out});
        QVERIFY2(r.exit == 0, qPrintable(r.err));
        QFile requests(QDir(out).filePath(QStringLiteral("E08000025-requests.csv")));
        QVERIFY(requests.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(requests.readAll());
        QCOMPARE(text.count(QLatin1Char('\n')), 3); // the header and their two children
        QVERIFY(text.contains(QStringLiteral("THEIR-1")) &&
                text.contains(QStringLiteral("THEIR-2")));
        QVERIFY(!text.contains(QStringLiteral("THEIR-3"))); // Barnet's child
        QVERIFY(QFile::exists(QDir(out).filePath(QStringLiteral("E08000025-turnaround.csv"))));
        QCOMPARE(exports(), 1);
    }

    void refusalsSayWhyAndWriteNothing()
    {
        const int before = exports();
        const QString out = m_dir.filePath(QStringLiteral("refused"));
        QVERIFY(QDir().mkpath(out));
        // The nurse may read the caseload but not export children's details.
        Run r = lachealth(QStringLiteral("nurse.cli"),
                          {QStringLiteral("--db"), m_db, QStringLiteral("--authority"),
                           QStringLiteral("E08000025"), QStringLiteral("--out"), out});
        QCOMPARE(r.exit, 1);
        QVERIFY2(r.err.contains(QStringLiteral("designated_nurse")), qPrintable(r.err));
        r = lachealth(QStringLiteral("admin.cli"),
                      {QStringLiteral("--db"), m_db, QStringLiteral("--authority"),
                       QStringLiteral("Atlantis"), QStringLiteral("--out"), out});
        QCOMPARE(r.exit, 2);
        r = lachealth(QStringLiteral("admin.cli"),
                      {QStringLiteral("--db"), m_db, QStringLiteral("--authority"),
                       QStringLiteral("E08000025")});
        QCOMPARE(r.exit, 2); // no --out: never the current folder by default
        r = lachealth(QStringLiteral("admin.cli"),
                      {QStringLiteral("--db"), m_db, QStringLiteral("--authority"),
                       QStringLiteral("E08000025"), QStringLiteral("--out"), out,
                       QStringLiteral("--from"), QStringLiteral("March 2026")});
        QCOMPARE(r.exit, 2);
        QVERIFY(QDir(out).isEmpty());
        QCOMPARE(exports(), before);
    }
};

QTEST_GUILESS_MAIN(TestCaseloadCommand)
#include "tst_caseloadcommand.moc"
