// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Importing incoming requests from a CSV (SQLite, and PostgreSQL as the _postgresql twin):
// all or nothing with every problem as file:line: column, the same rules as a request saved by
// hand, children found or added (and linked to our own child by NHS number), and the same file
// imported twice writes nothing new.
#include "WorkspaceFixture.h"

#include "data/SettingsStore.h"
#include "incoming/core/IncomingImport.h"
#include "incoming/core/IncomingService.h"

#include <QFile>
#include <QTemporaryDir>

using namespace lac;
using namespace lac::test;

namespace {

QString write(const QTemporaryDir& dir, const QString& name, const QByteArray& text)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(text) != text.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

const QByteArray header = "authority,their_case_id,nhs_number,given_name,family_name,"
                          "date_of_birth,placed_from,kind,received,complete,requester_due,done\n";

} // namespace

class TestIncomingImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void oneBadRowAndNothingIsWritten()
    {
        WorkspaceFixture f;
        SettingsStore settings(f.database.db());
        const IncomingService service(f.context, settings, f.calendar,
                                      RequestingAuthorities::bundled().value());
        QTemporaryDir dir;
        const QString path = write(
            dir, QStringLiteral("requests.csv"),
            header + "E08000025,B1,,Ava,Reed,02/05/2014,01/09/2025,RHA,02/02/2026,,16/03/2026,\n"
                     "Northshire,B2,,Ben,Reed,02/05/2014,01/09/2025,RHA,02/02/2026,,,\n"
                     "Kent,K1,9876544321,Cal,Hope,02/05/2014,01/09/2025,RHA,02/02/2026,,,\n"
                     "Kent,K2,,Dee,Hope,02/05/2014,01/09/2025,MOT,31/02/2026,,,\n"
                     "Kent,K3,,Eve,Hope,02/05/2014,01/09/2025,RHA,01/03/2026,,,05/03/2026\n"
                     "Kent,K4,,Fay,Hope,02/05/2014,01/09/2025,RHA,17/03/2026,,,\n");
        auto report = IncomingImport(service).run(path, false);
        QVERIFY(ok(report));
        QStringList where;
        for (const ImportProblem& p : report.value().problems)
            where << QStringLiteral("%1:%2").arg(p.line).arg(p.column);
        QCOMPARE(where, (QStringList{QStringLiteral("3:authority"), QStringLiteral("4:nhs_number"),
                                     QStringLiteral("5:kind"), QStringLiteral("5:received"),
                                     QStringLiteral("6:done"), QStringLiteral("7:received")}));
        QVERIFY(report.value().problems.first().text().startsWith(path + QStringLiteral(":3")));
        QCOMPARE(report.value().written, 0);
        QCOMPARE(f.database.scalar(QStringLiteral("SELECT count(*) FROM host_children")).toInt(),
                 0);
        QCOMPARE(f.database.scalar(QStringLiteral("SELECT count(*) FROM host_requests")).toInt(),
                 0);
    }

    void aGoodFileIsWrittenOnceAndLinksOurOwnChild()
    {
        WorkspaceFixture f;
        const qint64 own =
            f.childInCare(QStringLiteral("N1"), QDate(2014, 5, 2), QDate(2026, 2, 1));
        f.database.exec(QStringLiteral("INSERT INTO nhs_numbers (child_id, nhs_number, "
                                       "valid_from, recorded_at) VALUES (?, '9434765919', "
                                       "'2014-05-02', '2026-02-01')"),
                        {own});
        SettingsStore settings(f.database.db());
        const IncomingService service(f.context, settings, f.calendar,
                                      RequestingAuthorities::bundled().value());
        QTemporaryDir dir;
        const QString path = write(
            dir, QStringLiteral("requests.csv"),
            header + "Birmingham,B1,943 476 5919,Ava,Reed,02/05/2014,01/09/2025,RHA,05/01/2026,"
                     "05/01/2026,16/02/2026,30/01/2026\n"
                     "E08000025,B1,943 476 5919,Ava,Reed,02/05/2014,01/09/2025,IHA,2026-03-02,,,\n"
                     "w06000015,C9,,Bo,Lee,01/01/2010,01/01/2026,rha,02/03/2026,,,\n");
        auto dry = IncomingImport(service).run(path, true);
        QVERIFY(ok(dry));
        QVERIFY(dry.value().problems.isEmpty());
        QCOMPARE(dry.value().written, 0);
        QCOMPARE(f.database.scalar(QStringLiteral("SELECT count(*) FROM host_requests")).toInt(),
                 0);
        const int audits = f.auditCount();
        auto report = IncomingImport(service).run(path, false);
        QVERIFY(ok(report));
        QCOMPARE(report.value().written, 3);
        QCOMPARE(report.value().childrenAdded, 2);
        QCOMPARE(f.auditCount(), audits + 1);
        QCOMPARE(f.database
                     .scalar(QStringLiteral("SELECT own_child_id FROM host_children WHERE "
                                            "their_case_id = 'B1'"))
                     .toLongLong(),
                 own);
        auto again = IncomingImport(service).run(path, false);
        QVERIFY(ok(again));
        QCOMPARE(again.value().written, 0);
        QCOMPARE(again.value().alreadyRecorded, 3);
        QCOMPARE(f.database.scalar(QStringLiteral("SELECT count(*) FROM host_requests")).toInt(),
                 3);
        // A viewer may not import at all.
        AuditLog viewerAudit(f.database.db(), UserContext{QStringLiteral("v"), UserRole::Viewer});
        const CaseContext viewerContext{
            f.database.db(), viewerAudit, f.dueDates, {}, f.context.today()};
        const IncomingService viewer(viewerContext, settings, f.calendar,
                                     RequestingAuthorities::bundled().value());
        QVERIFY(!IncomingImport(viewer).run(path, false));
    }
};

QTEST_MAIN(TestIncomingImport)
#include "tst_incomingimport.moc"
