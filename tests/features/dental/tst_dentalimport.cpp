// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Importing dental checks from a CSV, on SQLite and PostgreSQL: the dialog's rules, all or
// nothing, every problem as file:line: column: value: reason, a check already recorded
// skipped, an unreadable file refused before anything is read.
#include "WorkspaceFixture.h"

#include "data/SettingsStore.h"
#include "dental/core/DentalCheckService.h"
#include "dental/core/DentalImport.h"

#include <QFile>
#include <QTemporaryDir>

using namespace lac;
using namespace lac::test;

class TestDentalImport : public QObject
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

    static int checks(WorkspaceFixture& f)
    {
        return f.database.scalar(QStringLiteral("SELECT count(*) FROM dental_checks")).toInt();
    }

private Q_SLOTS:
    void importsOnceAndSkipsWhatIsThere()
    {
        WorkspaceFixture f; // today is 16/03/2026
        const qint64 a =
            f.childInCare(QStringLiteral("C100"), QDate(2015, 3, 1), QDate(2025, 1, 5));
        f.childInCare(QStringLiteral("C200"), QDate(2011, 6, 1), QDate(2026, 2, 1));
        const QString path = csv(QStringLiteral("good.csv"),
                                 "child_id,date,dentist,not_seen,notes\n"
                                 "C100,12/02/2025,Castlegate Dental,,\n"
                                 "C100,2026-01-20,,no_nhs_dentist,\"rang 4 practices, none\"\n"
                                 "\n"
                                 "C200,03/03/2026,,other,moved before the visit\n");
        const DentalImport import(f.context);
        const int audits = f.auditCount();

        auto dry = import.run(path, true);
        QVERIFY(ok(dry));
        QCOMPARE(dry.value().rows, 3);
        QCOMPARE(dry.value().written, 0);
        QCOMPARE(checks(f), 0);

        auto first = import.run(path, false);
        QVERIFY(ok(first));
        QVERIFY(first.value().problems.isEmpty());
        QCOMPARE(first.value().written, 3);
        QCOMPARE(checks(f), 3);
        QCOMPARE(f.auditCount(), audits + 1);
        const SettingsStore settings(f.database.db());
        const DentalCheckService service(f.context, settings);
        const auto recorded = service.forChild(a).value();
        QCOMPARE(recorded.size(), 2);
        QVERIFY(recorded.at(0).seen());
        QCOMPARE(recorded.at(0).dentist, QStringLiteral("Castlegate Dental"));
        QCOMPARE(recorded.at(1).reason, DentalNotSeenReason::NoNhsDentist);
        QCOMPARE(recorded.at(1).notes, QStringLiteral("rang 4 practices, none"));
        // The next check is due a year after the last one seen, not after the failed attempt.
        QCOMPARE(service.nextDue(a).value(), QDate(2026, 2, 12));

        auto again = import.run(path, false);
        QVERIFY(ok(again));
        QCOMPARE(again.value().written, 0);
        QCOMPARE(again.value().alreadyRecorded, 3);
        QCOMPARE(checks(f), 3);
    }

    void oneBadRowAndNothingIsWritten()
    {
        WorkspaceFixture f;
        f.childInCare(QStringLiteral("C100"), QDate(2015, 3, 1), QDate(2025, 1, 5));
        const QString path = csv(QStringLiteral("bad.csv"), "child_id,date,dentist,not_seen\n"
                                                            "C100,12/02/2025,Castlegate,\n"
                                                            "C999,12/02/2025,Castlegate,\n"
                                                            "C100,17/03/2026,Castlegate,\n"
                                                            "C100,01/03/2014,Castlegate,\n"
                                                            "C100,31/02/2025,Castlegate,\n"
                                                            "C100,12/02/2025,,\n"
                                                            "C100,12/02/2025,,lost\n"
                                                            "C100,12/02/2025,,other\n");
        auto r = DentalImport(f.context).run(path, false);
        QVERIFY(ok(r));
        QStringList texts;
        for (const ImportProblem& p : r.value().problems)
            texts << p.text().section(QStringLiteral(": "), 0, 1);
        QCOMPARE(texts,
                 (QStringList{
                     path + QStringLiteral(":3: child_id"), path + QStringLiteral(":4: date"),
                     path + QStringLiteral(":5: date"), path + QStringLiteral(":6: date"),
                     path + QStringLiteral(":7: dentist"), path + QStringLiteral(":8: not_seen"),
                     path + QStringLiteral(":9: notes")}));
        QCOMPARE(r.value().written, 0);
        QCOMPARE(checks(f), 0); // the good first row was not written either
    }

    void aFileWithoutTheColumnsOrUnreadableIsRefused()
    {
        WorkspaceFixture f;
        const QString path = csv(QStringLiteral("cols.csv"), "child,date\nC1,01/01/2020\n");
        auto r = DentalImport(f.context).run(path, false);
        QVERIFY(ok(r));
        QCOMPARE(r.value().problems.size(), 1);
        QCOMPARE(r.value().problems.at(0).line, 1);
        QVERIFY(r.value().problems.at(0).column.contains(QStringLiteral("child_id")));
        QVERIFY(r.value().problems.at(0).column.contains(QStringLiteral("not_seen")));
        QVERIFY(!DentalImport(f.context).run(m_dir.filePath(QStringLiteral("none.csv")), false));
        QVERIFY(!DentalImport(f.context).run(csv(QStringLiteral("empty.csv"), ""), false));
    }

    void aViewerCannotImport()
    {
        WorkspaceFixture f(UserRole::Viewer);
        const QString path = csv(QStringLiteral("v.csv"), "child_id,date,dentist,not_seen\n");
        QVERIFY(!DentalImport(f.context).run(path, false));
    }
};

QTEST_MAIN(TestDentalImport)
#include "tst_dentalimport.moc"
