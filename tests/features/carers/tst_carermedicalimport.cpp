// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Importing carers' medicals from a CSV on a database (SQLite, and PostgreSQL as the
// _postgresql twin): all or nothing with file:line problems, applicants found or added, the
// same file twice, and the adviser's reviews refused to a role that may not record them.
#include "WorkspaceFixture.h"

#include "carers/core/CarerMedicalImport.h"
#include "carers/core/CarerMedicalService.h"
#include "data/SettingsStore.h"

#include <QTemporaryDir>

using namespace lac;
using namespace lac::test;

namespace {

/// The same database as \a f, signed in with another role.
struct OtherRole
{
    OtherRole(WorkspaceFixture& f, UserRole role)
        : audit(f.database.db(), UserContext{QStringLiteral("other"), role})
        , context{f.database.db(), audit, f.dueDates, AssessmentPolicy{}, f.context.today()}
        , settings(f.database.db())
        , service(context, settings)
    {}
    AuditLog audit;
    CaseContext context;
    SettingsStore settings;
    CarerMedicalService service;
};

bool writeFile(const QString& path, const QByteArray& text)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(text) == text.size();
}

} // namespace

class TestCarerMedicalImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void anImportIsAllOrNothing()
    {
        WorkspaceFixture f(UserRole::Administrator);
        SettingsStore settings(f.database.db());
        const CarerMedicalService service(f.context, settings);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("medicals.csv"));
        const QByteArray header = "applicant,household,application,form,requested,gp_practice,"
                                  "received,reviewed,outcome,fee,fee_payer\n";
        QVERIFY(writeFile(path, header +
                                    "Ann Lee,\"Lee, 1 Mill Lane\",fostering,AH,05/01/2026,Mill "
                                    "Lane Surgery,20/02/2026,25/02/2026,clear,85,agency\n"
                                    "Bo Chan,\"Chan, 2 Elm Grove\",adopting,AH,2026-01-10,,,,,,\n"
                                    "Cy Dee,\"Dee, 9 High St\",adoption,AH2,01/02/2026,,"
                                    "10/02/2026,08/02/2026,clear,,\n"));
        auto refused = CarerMedicalImport(f.context).run(path, false);
        QVERIFY(ok(refused));
        QCOMPARE(refused->problems.size(), 2);
        QCOMPARE(refused->problems.at(0).line, 3);
        QCOMPARE(refused->problems.at(0).column, QStringLiteral("application"));
        QCOMPARE(refused->problems.at(1).line, 4);
        QCOMPARE(refused->problems.at(1).column, QStringLiteral("reviewed"));
        QCOMPARE(refused->written, 0);
        QVERIFY(service.all().value().isEmpty());

        QVERIFY(writeFile(path,
                          header + "Ann Lee,\"Lee, 1 Mill Lane\",fostering,AH,05/01/2026,Mill "
                                   "Lane Surgery,20/02/2026,25/02/2026,clear,85,agency\n"
                                   "Bo Chan,\"Chan, 2 Elm Grove\",adoption,AH,2026-01-10,,,,,,\n"));
        const int audits = f.auditCount();
        auto done = CarerMedicalImport(f.context).run(path, false);
        QVERIFY(ok(done));
        QVERIFY(done->problems.isEmpty());
        QCOMPARE(done->written, 2);
        QCOMPARE(done->applicantsAdded, 2);
        QCOMPARE(f.auditCount(), audits + 1);
        const auto all = service.all().value();
        QCOMPARE(all.size(), 2);
        QCOMPARE(all.first().medical.feePence, 8500);
        QCOMPARE(all.first().medical.signedOff(), QDate(2026, 2, 25));
        // The same file again changes nothing.
        auto again = CarerMedicalImport(f.context).run(path, false);
        QCOMPARE(again->alreadyRecorded, 2);
        QCOMPARE(again->written, 0);

        // A health admin may import the team's steps, not the adviser's reviews.
        OtherRole admin(f, UserRole::HealthAdmin);
        QVERIFY(writeFile(path, header + "Eve Fox,\"Fox, 4 Oak Rd\",fostering,AH,01/03/2026,,"
                                         "10/03/2026,11/03/2026,concern,,\n"));
        QVERIFY(!CarerMedicalImport(admin.context).run(path, false));
        QCOMPARE(service.all().value().size(), 2);
    }
};

QTEST_MAIN(TestCarerMedicalImport)
#include "tst_carermedicalimport.moc"
