// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Runs the real `lachealth passport` on a database with one young person whose passport is
// signed off and one whose is not: a nurse gets the PDF (audited as an export), the one not
// signed off and a viewer's request end with exit 1 and the reason, and nothing is audited.
#include "support/TestDatabase.h"

#include "passport/core/PassportService.h"
#include "services/AppServices.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace lac;
using namespace lac::test;

class TestPassportCommand : public QObject
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
                QStringList{QStringLiteral("passport")} + arguments);
        if (!p.waitForFinished(120000))
            return {};
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2,
                QString::fromUtf8(p.readAllStandardOutput()),
                QString::fromUtf8(p.readAllStandardError())};
    }

    QTemporaryDir m_dir;
    QString m_db;

    int exports()
    {
        Database::Options options;
        options.createIfMissing = false;
        auto db = Database::open(m_db, options);
        if (!db)
            qFatal("%s", qPrintable(db.failure().text()));
        return TestDatabase::scalarOn(*db.value(),
                                      QStringLiteral("SELECT count(*) FROM audit_log WHERE "
                                                     "action = 'export' AND user_login = "
                                                     "'nurse.cli'"),
                                      {})
            .toInt();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_db = m_dir.filePath(QStringLiteral("lac.sqlite"));
        auto db = Database::open(m_db);
        QVERIFY(db);
        AppServices services(std::move(db).value(),
                             UserContext{QStringLiteral("admin.cli"), UserRole::Administrator});
        for (const auto& [login, role] : {std::pair{"admin.cli", UserRole::Administrator},
                                          std::pair{"nurse.cli", UserRole::DesignatedNurse},
                                          std::pair{"viewer.cli", UserRole::Viewer}})
            QVERIFY(services.userAdministration().add(QString::fromLatin1(login), {}, role));
        const QDate today = services.caseContext().today();
        const PassportService passports(services.caseContext(), services.settings());
        for (const QString& caseId : {QStringLiteral("P1"), QStringLiteral("P2")}) {
            const qint64 child =
                TestDatabase::scalarOn(services.database(),
                                       QStringLiteral("INSERT INTO children (case_id, given_name, "
                                                      "family_name, date_of_birth, created_at, "
                                                      "updated_at) VALUES (?, 'Kai', 'Moss', ?, "
                                                      "'x', 'x') RETURNING id"),
                                       {caseId, today.addYears(-17).toString(Qt::ISODate)})
                    .toLongLong();
            QVERIFY(passports.start(child));
            if (caseId == QLatin1String("P2"))
                continue;
            PassportStepInput in;
            in.date = today;
            QVERIFY(passports.takeStep(child, PassportStep::Draft, in));
            QVERIFY(passports.takeStep(child, PassportStep::SignOff, in));
        }
    }

    void aNurseGetsTheLatestSignedOffCopy()
    {
        const QString out = m_dir.filePath(QStringLiteral("P1.pdf"));
        const Run r = lachealth(QStringLiteral("nurse.cli"),
                                {QStringLiteral("--db"), m_db, QStringLiteral("--child"),
                                 QStringLiteral("P1"), QStringLiteral("--out"), out});
        QVERIFY2(r.exit == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(out));
        QFile pdf(out);
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QVERIFY(pdf.read(5).startsWith("%PDF-"));
        QCOMPARE(exports(), 1);
    }

    void refusalsSayWhyAndAuditNothing()
    {
        const int before = exports();
        const QString out = m_dir.filePath(QStringLiteral("refused.pdf"));
        Run r = lachealth(QStringLiteral("nurse.cli"),
                          {QStringLiteral("--db"), m_db, QStringLiteral("--child"),
                           QStringLiteral("P2"), QStringLiteral("--out"), out});
        QCOMPARE(r.exit, 1);
        QVERIFY2(r.err.contains(QStringLiteral("signed off")), qPrintable(r.err));
        r = lachealth(QStringLiteral("viewer.cli"),
                      {QStringLiteral("--db"), m_db, QStringLiteral("--child"),
                       QStringLiteral("P1"), QStringLiteral("--out"), out});
        QCOMPARE(r.exit, 1);
        QVERIFY2(r.err.contains(QStringLiteral("viewer")), qPrintable(r.err));
        r = lachealth(QStringLiteral("nurse.cli"),
                      {QStringLiteral("--db"), m_db, QStringLiteral("--child"),
                       QStringLiteral("NOBODY"), QStringLiteral("--out"), out});
        QCOMPARE(r.exit, 1);
        r = lachealth(
            QStringLiteral("nurse.cli"),
            {QStringLiteral("--db"), m_db, QStringLiteral("--child"), QStringLiteral("P1")});
        QCOMPARE(r.exit, 2); // no --out: never the current folder by default
        QVERIFY(!QFile::exists(out));
        QCOMPARE(exports(), before);
    }
};

QTEST_GUILESS_MAIN(TestPassportCommand)
#include "tst_passportcommand.moc"
