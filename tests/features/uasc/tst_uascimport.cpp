// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Importing UASC screenings from a CSV, on SQLite and PostgreSQL: the dialog's rules, all or
// nothing, every problem as file:line: column: value: reason, a screening already recorded
// skipped, an unreadable file refused.
#include "WorkspaceFixture.h"

#include "data/SettingsStore.h"
#include "uasc/core/UascImport.h"
#include "uasc/core/UascService.h"

#include <QFile>
#include <QTemporaryDir>

using namespace lac;
using namespace lac::test;

class TestUascImport : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString csv(const QString& name, const QByteArray& text)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(path));
        f.write(text);
        return path;
    }

    static int screenings(WorkspaceFixture& f)
    {
        return f.database.scalar(QStringLiteral("SELECT count(*) FROM uasc_screenings")).toInt();
    }

private Q_SLOTS:
    void importsOnceAndSkipsWhatIsThere()
    {
        WorkspaceFixture f; // today is 16/03/2026
        const qint64 a =
            f.childInCare(QStringLiteral("C100"), QDate(2009, 3, 1), QDate(2026, 1, 5));
        f.database.exec(QStringLiteral("UPDATE children SET uasc = 1 WHERE id = ?"), {a});
        const QString path = csv(QStringLiteral("good.csv"),
                                 "child_id,screen,other_name,date,outcome,referral,notes\n"
                                 "C100,tb,,12/01/2026,referred,TB clinic,latent TB\n"
                                 "C100,hepatitis_b,,2026-01-12,no_further_action,,\n"
                                 "\n"
                                 "C100,hiv,,12/01/2026,declined,,\n"
                                 "C100,other,Schistosomiasis,20/01/2026,awaited,,\n");
        const UascImport import(f.context);
        const int audits = f.auditCount();

        auto dry = import.run(path, true);
        QVERIFY(ok(dry));
        QCOMPARE(dry.value().rows, 4);
        QCOMPARE(dry.value().written, 0);
        QCOMPARE(screenings(f), 0);

        auto first = import.run(path, false);
        QVERIFY(ok(first));
        QVERIFY(first.value().problems.isEmpty());
        QCOMPARE(first.value().written, 4);
        QCOMPARE(f.auditCount(), audits + 1);
        const SettingsStore settings(f.database.db());
        const UascService service(f.context, settings, f.calendar);
        const auto recorded = service.screenings(a).value();
        QCOMPARE(recorded.size(), 4);
        QCOMPARE(recorded.at(0).referral, QStringLiteral("TB clinic"));
        QCOMPARE(recorded.at(3).otherName, QStringLiteral("Schistosomiasis"));
        // Hepatitis C is still missing, and 02/02/2026 is past.
        QCOMPARE(service.status(a).value()->missing, QList<UascScreen>{UascScreen::HepatitisC});

        auto again = import.run(path, false);
        QVERIFY(ok(again));
        QCOMPARE(again.value().written, 0);
        QCOMPARE(again.value().alreadyRecorded, 4);
        QCOMPARE(screenings(f), 4);
    }

    void oneBadRowAndNothingIsWritten()
    {
        WorkspaceFixture f;
        f.childInCare(QStringLiteral("C100"), QDate(2009, 3, 1), QDate(2025, 1, 5));
        const QString path =
            csv(QStringLiteral("bad.csv"), "child_id,screen,date,outcome,referral\n"
                                           "C100,tb,12/02/2025,declined,\n"
                                           "C999,tb,12/02/2025,declined,\n"
                                           "C100,tb,17/03/2026,declined,\n"
                                           "C100,tb,31/02/2025,declined,\n"
                                           "C100,xray,12/02/2025,declined,\n"
                                           "C100,hiv,12/02/2025,positive,\n"
                                           "C100,hiv,12/02/2025,referred,\n"
                                           "C100,other,12/02/2025,declined,\n");
        auto r = UascImport(f.context).run(path, false);
        QVERIFY(ok(r));
        QStringList texts;
        for (const ImportProblem& p : r.value().problems)
            texts << p.text().section(QStringLiteral(": "), 0, 1);
        QCOMPARE(texts,
                 (QStringList{
                     path + QStringLiteral(":3: child_id"), path + QStringLiteral(":4: date"),
                     path + QStringLiteral(":5: date"), path + QStringLiteral(":6: screen"),
                     path + QStringLiteral(":7: outcome"), path + QStringLiteral(":8: referral"),
                     path + QStringLiteral(":9: other_name")}));
        QCOMPARE(r.value().written, 0);
        QCOMPARE(screenings(f), 0); // the good first row was not written either
    }

    void aFileWithoutTheColumnsOrUnreadableIsRefused()
    {
        WorkspaceFixture f;
        const QString path = csv(QStringLiteral("cols.csv"), "child,date\nC1,01/01/2020\n");
        auto r = UascImport(f.context).run(path, false);
        QVERIFY(ok(r));
        QCOMPARE(r.value().problems.size(), 1);
        QCOMPARE(r.value().problems.at(0).line, 1);
        QVERIFY(r.value().problems.at(0).column.contains(QStringLiteral("screen")));
        QVERIFY(!UascImport(f.context).run(m_dir.filePath(QStringLiteral("none.csv")), false));
    }

    void aViewerCannotImport()
    {
        WorkspaceFixture f(UserRole::Viewer);
        const QString path = csv(QStringLiteral("v.csv"), "child_id,screen,date,outcome\n");
        QVERIFY(!UascImport(f.context).run(path, false));
    }
};

QTEST_MAIN(TestUascImport)
#include "tst_uascimport.moc"
