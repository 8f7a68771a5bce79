// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// File → Import records…: any kind a feature registered, checked and imported on a worker's
// own connection, all or nothing, with the problems listed by file and line.

#include "GuiFixture.h"

#include "dental/ui/DentalFeature.h"
#include "immunisations/ui/ImmunisationFeature.h"
#include "import/RecordImportDialog.h"
#include "support/Screenshots.h"

#include <QComboBox>
#include <QFile>
#include <QListWidget>
#include <QSignalSpy>
#include <QTest>

using namespace lac;
using namespace lac::test;

class TestRecordImportDialog : public QObject
{
    Q_OBJECT

    static QString csv(GuiFixture& f, const QString& name, const QString& text)
    {
        const QString path = f.m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0)
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

    static QString daysAgo(int n)
    {
        return QDate::currentDate().addDays(-n).toString(QStringLiteral("dd/MM/yyyy"));
    }

    static int checks(GuiFixture& f)
    {
        return f.scalar(QStringLiteral("SELECT count(*) FROM dental_checks")).toInt();
    }

    static int audits(GuiFixture& f)
    {
        return f.scalar(QStringLiteral("SELECT count(*) FROM audit_log")).toInt();
    }

    static bool run(RecordImportDialog& dialog, bool dryRun)
    {
        QSignalSpy done(&dialog, &RecordImportDialog::runFinished);
        dryRun ? dialog.check() : dialog.import();
        return done.count() == 1 || done.wait(30000);
    }

private Q_SLOTS:
    void offersEveryRegisteredKind()
    {
        GuiFixture f;
        DentalFeature::install(*f.services, *f.work);
        ImmunisationFeature::install(*f.services, *f.work);
        RecordImportDialog dialog(f.work->recordImports(), f.services->databaseLocation(),
                                  f.services->user(), {});
        auto* kind = dialog.findChild<QComboBox*>(QStringLiteral("kind"));
        QVERIFY(kind);
        QCOMPARE(kind->count(), 2);
        QVERIFY(kind->findData(QStringLiteral("dental")) >= 0);
        QVERIFY(kind->findData(QStringLiteral("immunisations")) >= 0);
    }

    void badRowsWriteNothingThenTheCorrectedFileImportsOnce()
    {
        GuiFixture f;
        f.child(QStringLiteral("D1"), QStringLiteral("Achebe"), 400);
        f.child(QStringLiteral("D2"), QStringLiteral("Brook"), 200);
        DentalFeature::install(*f.services, *f.work);
        RecordImportDialog dialog(f.work->recordImports(), f.services->databaseLocation(),
                                  f.services->user(), {});
        QSignalSpy imported(&dialog, &RecordImportDialog::imported);
        const int auditsBefore = audits(f);

        // A date in the future and an unknown child: both listed, by line; nothing written.
        const QString bad = csv(f, QStringLiteral("bad.csv"),
                                QStringLiteral("child_id,date,dentist,not_seen,notes\n"
                                               "D1,%1,Castlegate Dental,,\n"
                                               "D2,%2,Castlegate Dental,,\n"
                                               "X9,%1,Castlegate Dental,,\n")
                                    .arg(daysAgo(30), daysAgo(-10)));
        dialog.setSource(QStringLiteral("dental"), bad);
        QVERIFY(run(dialog, false));
        QCOMPARE(dialog.lastFailure(), QString());
        QCOMPARE(dialog.lastOutcome().problems.size(), 2);
        QCOMPARE(dialog.problemList()->count(), 2);
        QVERIFY2(dialog.problemList()->item(0)->text().contains(QStringLiteral("bad.csv:3:")),
                 qPrintable(dialog.problemList()->item(0)->text()));
        QVERIFY(dialog.problemList()->item(1)->text().contains(QStringLiteral("bad.csv:4:")));
        QVERIFY(dialog.summaryText().startsWith(QStringLiteral("Nothing was imported")));
        QCOMPARE(checks(f), 0);
        QCOMPARE(audits(f), auditsBefore);
        QCOMPARE(imported.count(), 0);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        test::keepScreenshot(&dialog, QStringLiteral("record-import-problems"));

        // Corrected: the check says what Import would add and writes nothing.
        const QString good = csv(f, QStringLiteral("good.csv"),
                                 QStringLiteral("child_id,date,dentist,not_seen,notes\n"
                                                "D1,%1,Castlegate Dental,,\n"
                                                "D2,%2,,no_nhs_dentist,rang 4 practices\n")
                                     .arg(daysAgo(30), daysAgo(3)));
        dialog.setSource(QStringLiteral("dental"), good);
        QVERIFY(run(dialog, true));
        QCOMPARE(dialog.problemList()->count(), 0);
        QVERIFY2(dialog.summaryText().contains(QStringLiteral("would add 2 dental check(s)")),
                 qPrintable(dialog.summaryText()));
        QCOMPARE(checks(f), 0);

        // Imported, audited once, views told; a second import finds both already recorded.
        QVERIFY(run(dialog, false));
        QVERIFY2(dialog.summaryText().startsWith(QStringLiteral("Imported 2 dental check(s)")),
                 qPrintable(dialog.summaryText()));
        QCOMPARE(checks(f), 2);
        QCOMPARE(audits(f), auditsBefore + 1);
        QCOMPARE(imported.count(), 1);
        test::keepScreenshot(&dialog, QStringLiteral("record-import-done"));
        QVERIFY(run(dialog, false));
        QCOMPARE(dialog.lastOutcome().written, 0);
        QCOMPARE(dialog.lastOutcome().alreadyRecorded, 2);
        QCOMPARE(checks(f), 2);
        QCOMPARE(imported.count(), 1);
    }

    void anUnreadableFileOrAHeldDatabaseIsSaidAndNothingWritten()
    {
        GuiFixture f;
        f.child(QStringLiteral("D1"), QStringLiteral("Achebe"), 400);
        DentalFeature::install(*f.services, *f.work);
        const QString good =
            csv(f, QStringLiteral("good.csv"),
                QStringLiteral("child_id,date,dentist,not_seen,notes\nD1,%1,Castlegate Dental,,\n")
                    .arg(daysAgo(30)));

        RecordImportDialog missing(f.work->recordImports(), f.services->databaseLocation(),
                                   f.services->user(), {});
        missing.setSource(QStringLiteral("dental"), f.m_dir.filePath(QStringLiteral("gone.csv")));
        QVERIFY(run(missing, true));
        QVERIFY(!missing.lastFailure().isEmpty() || !missing.lastOutcome().problems.isEmpty());
        QVERIFY(missing.summaryText().startsWith(QStringLiteral("Nothing was imported")));

        // The start's integrity check has not let writes through: the import does not start.
        RecordImportDialog held(
            f.work->recordImports(), f.services->databaseLocation(), f.services->user(), [] {
                return Status(Failure{QStringLiteral("the file is being checked"), {}});
            });
        held.setSource(QStringLiteral("dental"), good);
        QVERIFY(run(held, false));
        QVERIFY2(held.summaryText().contains(QStringLiteral("the file is being checked")),
                 qPrintable(held.summaryText()));
        QCOMPARE(checks(f), 0);
        // A check still may: it writes nothing.
        QVERIFY(run(held, true));
        QVERIFY(held.summaryText().contains(QStringLiteral("would add 1 dental check")));
    }
};

QTEST_MAIN(TestRecordImportDialog)
#include "tst_recordimportdialog.moc"
