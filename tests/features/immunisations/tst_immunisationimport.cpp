// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Importing immunisation histories from a CSV, on SQLite and PostgreSQL: all or nothing,
// every problem as file:line: column: value: reason, a dose already recorded skipped.
#include "WorkspaceFixture.h"

#include "immunisations/core/ImmunisationImport.h"
#include "immunisations/core/ImmunisationService.h"

#include <QFile>
#include <QTemporaryDir>

using namespace lac;
using namespace lac::test;

class TestImmunisationImport : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    ImmunisationScheduleBook m_book = ImmunisationScheduleBook::bundled().value();

    QString csv(const QString& name, const QByteArray& text)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(path));
        f.write(text);
        return path;
    }

    static int doses(WorkspaceFixture& f)
    {
        return f.database.scalar(QStringLiteral("SELECT count(*) FROM immunisations")).toInt();
    }

private Q_SLOTS:
    void importsOnceAndSkipsWhatIsThere()
    {
        WorkspaceFixture f; // today is 16/03/2026
        const qint64 a =
            f.childInCare(QStringLiteral("C100"), QDate(2022, 3, 1), QDate(2025, 1, 5));
        f.childInCare(QStringLiteral("C200"), QDate(2011, 6, 1), QDate(2026, 2, 1));
        const QString path = csv(QStringLiteral("good.csv"),
                                 "child_id,vaccine,date,source,notes\n"
                                 "C100,6in1,26/04/2022,red_book,\n"
                                 "C100,MMR,2023-03-01,gp_record,\"batch AB12, left arm\"\n"
                                 "C200,6in1,20/03/2013,overseas_record,Syrian card\n");
        const ImmunisationImport import(f.context, m_book);
        const int audits = f.auditCount();

        auto dry = import.run(path, true);
        QVERIFY(ok(dry));
        QCOMPARE(dry.value().rows, 3);
        QCOMPARE(dry.value().written, 0);
        QCOMPARE(doses(f), 0);

        auto first = import.run(path, false);
        QVERIFY(ok(first));
        QVERIFY(first.value().problems.isEmpty());
        QCOMPARE(first.value().written, 3);
        QCOMPARE(doses(f), 3);
        QCOMPARE(f.auditCount(), audits + 1);
        const ImmunisationService service(f.context, m_book);
        const auto recorded = service.forChild(a).value();
        QCOMPARE(recorded.size(), 2);
        QCOMPARE(recorded.at(0).source, DoseSource::RedBook);
        QCOMPARE(recorded.at(1).notes, QStringLiteral("batch AB12, left arm"));

        auto again = import.run(path, false);
        QVERIFY(ok(again));
        QCOMPARE(again.value().written, 0);
        QCOMPARE(again.value().alreadyRecorded, 3);
        QCOMPARE(doses(f), 3);
    }

    void oneBadRowAndNothingIsWritten()
    {
        WorkspaceFixture f;
        f.childInCare(QStringLiteral("C100"), QDate(2022, 3, 1), QDate(2025, 1, 5));
        const QString path = csv(QStringLiteral("bad.csv"), "child_id,vaccine,date,source\n"
                                                            "C100,6in1,26/04/2022,red_book\n"
                                                            "C999,MMR,01/03/2023,gp_record\n"
                                                            "C100,BCG,01/03/2023,gp_record\n"
                                                            "C100,MMR,17/03/2027,gp_record\n"
                                                            "C100,MMR,01/03/2021,gp_record\n"
                                                            "C100,MMR,31/02/2023,gp_record\n"
                                                            "C100,MMR,01/03/2023,rumour\n");
        auto r = ImmunisationImport(f.context, m_book).run(path, false);
        QVERIFY(ok(r));
        QStringList texts;
        for (const ImportProblem& p : r.value().problems)
            texts << p.text().section(QStringLiteral(": "), 0, 2);
        QCOMPARE(texts, (QStringList{path + QStringLiteral(":3: child_id: C999"),
                                     path + QStringLiteral(":4: vaccine: BCG"),
                                     path + QStringLiteral(":5: date: 17/03/2027"),
                                     path + QStringLiteral(":6: date: 01/03/2021"),
                                     path + QStringLiteral(":7: date: 31/02/2023"),
                                     path + QStringLiteral(":8: source: rumour")}));
        QCOMPARE(r.value().written, 0);
        QCOMPARE(doses(f), 0); // the good first row was not written either
    }

    void aFileWithoutTheColumnsIsRefused()
    {
        WorkspaceFixture f;
        const QString path =
            csv(QStringLiteral("cols.csv"), "child,vaccine,date\nC1,MMR,01/01/2020\n");
        auto r = ImmunisationImport(f.context, m_book).run(path, false);
        QVERIFY(ok(r));
        QCOMPARE(r.value().problems.size(), 1);
        QCOMPARE(r.value().problems.at(0).line, 1);
        QVERIFY(r.value().problems.at(0).column.contains(QStringLiteral("child_id")));
        QVERIFY(r.value().problems.at(0).column.contains(QStringLiteral("source")));
    }

    void aViewerCannotImport()
    {
        WorkspaceFixture f(UserRole::Viewer);
        const QString path = csv(QStringLiteral("v.csv"), "child_id,vaccine,date,source\n");
        QVERIFY(!ImmunisationImport(f.context, m_book).run(path, false));
    }
};

QTEST_MAIN(TestImmunisationImport)
#include "tst_immunisationimport.moc"
