// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Immunisations as a kind of record, on SQLite and PostgreSQL: what the service refuses,
// what it stores and audits, the status it computes from the stored doses, the worklist
// pile, and the list model.
#include "WorkspaceFixture.h"

#include "immunisations/core/ImmunisationService.h"
#include "immunisations/data/ImmunisationStore.h"
#include "immunisations/models/ImmunisationListModel.h"

#include <QAbstractItemModelTester>

using namespace lac;
using namespace lac::test;

class TestImmunisations : public QObject
{
    Q_OBJECT

    static ImmunisationDose dose(qint64 child, const QString& vaccine, QDate on,
                                 DoseSource source = DoseSource::GpRecord)
    {
        ImmunisationDose d;
        d.childId = child;
        d.vaccine = vaccine;
        d.date = on;
        d.source = source;
        return d;
    }

    static ImmunisationService service(WorkspaceFixture& f)
    {
        return ImmunisationService(f.context, ImmunisationScheduleBook::bundled());
    }

private Q_SLOTS:
    void refusesWhatCannotBeRight_data()
    {
        QTest::addColumn<QString>("vaccine");
        QTest::addColumn<QDate>("date");
        QTest::addColumn<QString>("where");
        QTest::newRow("in the future")
            << QStringLiteral("MMR") << QDate(2026, 3, 17) << QStringLiteral("Date");
        QTest::newRow("before the child was born")
            << QStringLiteral("MMR") << QDate(2014, 12, 31) << QStringLiteral("Date");
        QTest::newRow("no date") << QStringLiteral("MMR") << QDate() << QStringLiteral("Date");
        QTest::newRow("a vaccine the schedule does not know")
            << QStringLiteral("BCG") << QDate(2016, 1, 2) << QStringLiteral("Vaccine");
        QTest::newRow("no vaccine")
            << QStringLiteral("") << QDate(2016, 1, 2) << QStringLiteral("Vaccine");
    }
    void refusesWhatCannotBeRight()
    {
        QFETCH(QString, vaccine);
        QFETCH(QDate, date);
        QFETCH(QString, where);
        WorkspaceFixture f;
        const ImmunisationService s = service(f);
        const qint64 child =
            f.childInCare(QStringLiteral("I1"), QDate(2015, 1, 1), QDate(2026, 1, 5));
        const int before = f.auditCount();
        auto r = s.record(dose(child, vaccine, date));
        QVERIFY(!r);
        QCOMPARE(r.failure().where, where);
        QCOMPARE(f.auditCount(), before);
        QCOMPARE(s.forChild(child).value().size(), 0);
    }

    void recordsAndCorrectsWithAudit()
    {
        WorkspaceFixture f;
        const ImmunisationService s = service(f);
        const qint64 child =
            f.childInCare(QStringLiteral("I2"), QDate(2022, 3, 1), QDate(2025, 1, 5));
        const int before = f.auditCount();
        QVERIFY(ok(
            s.record(dose(child, QStringLiteral("MMR"), QDate(2023, 3, 2), DoseSource::RedBook))));
        QCOMPARE(f.auditCount(), before + 1);
        QCOMPARE(f.database
                     .scalar(QStringLiteral("SELECT source FROM immunisations WHERE child_id = ?"),
                             {child})
                     .toString(),
                 QStringLiteral("red_book"));
        auto doses = s.forChild(child).value();
        QCOMPARE(doses.size(), 1);
        QCOMPARE(doses.at(0).source, DoseSource::RedBook);
        QCOMPARE(doses.at(0).date, QDate(2023, 3, 2));

        ImmunisationDose fix = doses.at(0);
        fix.vaccine = QStringLiteral("HibMenC");
        fix.source = DoseSource::OverseasRecord;
        QVERIFY(ok(s.correct(fix)));
        QCOMPARE(f.auditCount(), before + 2);
        QCOMPARE(f.database.scalar(QStringLiteral("SELECT action FROM audit_log ORDER BY id DESC"))
                     .toString(),
                 QStringLiteral("update"));
        QCOMPARE(s.forChild(child).value().at(0).vaccine, QStringLiteral("HibMenC"));
        QCOMPARE(s.forChild(child).value().at(0).source, DoseSource::OverseasRecord);
        // The same old version again: someone else's change is never overwritten.
        fix.notes = QStringLiteral("second edit from a stale copy");
        QVERIFY(!s.correct(fix));
        QCOMPARE(s.forChild(child).value().at(0).notes, QString());
        // A dose of one child cannot be moved to another by a correction.
        const qint64 other =
            f.childInCare(QStringLiteral("I3"), QDate(2022, 3, 1), QDate(2025, 1, 5));
        ImmunisationDose moved = s.forChild(child).value().at(0);
        moved.childId = other;
        QVERIFY(!s.correct(moved));
    }

    void aViewerCannotRecord()
    {
        WorkspaceFixture f(UserRole::Viewer);
        const ImmunisationService s = service(f);
        const qint64 child = f.database.addChild(
            QStringLiteral("I4"), QStringLiteral("Amy"), QStringLiteral("I4"), QDate(2015, 1, 1),
            QDate(2026, 1, 5), QStringLiteral("U4"), QStringLiteral("IN"));
        QVERIFY(!s.record(dose(child, QStringLiteral("MMR"), QDate(2016, 1, 2))));
        QVERIFY(ok(s.forChild(child)));
        QVERIFY(ok(s.status(child, f.context.today())));
    }

    void theStatusComesFromTheStoredDoses()
    {
        WorkspaceFixture f; // today is 16/03/2026
        const ImmunisationService s = service(f);
        const QDate dob(2022, 3, 1);
        const qint64 child = f.childInCare(QStringLiteral("I5"), dob, QDate(2025, 1, 5));
        for (const char* v : {"6in1", "MenB", "rotavirus"})
            QVERIFY(ok(s.record(dose(child, QString::fromLatin1(v), dob.addDays(56)))));
        for (const char* v : {"6in1", "PCV", "rotavirus"})
            QVERIFY(ok(s.record(dose(child, QString::fromLatin1(v), dob.addDays(84)))));
        for (const char* v : {"6in1", "MenB"})
            QVERIFY(ok(s.record(dose(child, QString::fromLatin1(v), dob.addDays(112)))));
        for (const char* v : {"HibMenC", "MMR", "PCV", "MenB"})
            QVERIFY(ok(s.record(dose(child, QString::fromLatin1(v), dob.addYears(1)))));
        // At 3 years 4 months (01/07/2025) the pre-school booster and MMR 2 became due.
        auto late = s.status(child, f.context.today());
        QVERIFY(ok(late));
        QCOMPARE(late.value().overdue().size(), 2);
        QVERIFY(ok(s.record(dose(child, QStringLiteral("4in1"), QDate(2026, 3, 1)))));
        QVERIFY(ok(s.record(
            dose(child, QStringLiteral("MMR"), QDate(2026, 3, 1), DoseSource::ParentsAccount))));
        auto now = s.status(child, f.context.today());
        QVERIFY(now.value().upToDate());
        QCOMPARE(now.value().nextDue().first().dose.vaccine, QStringLiteral("HPV"));
        // On a reference date before the last doses, the same child was overdue.
        QVERIFY(!s.status(child, QDate(2026, 2, 1)).value().upToDate());
    }

    void thePileListsWhoIsOverdue()
    {
        WorkspaceFixture f; // today is 16/03/2026
        const ImmunisationService s = service(f);
        const ImmunisationWorklistPile pile(s);
        // A UASC young person with no record: everything due at 14 is overdue.
        const qint64 uasc =
            f.childInCare(QStringLiteral("U1"), QDate(2011, 6, 1), QDate(2026, 2, 1));
        // A baby whose first doses are not yet due.
        const qint64 baby =
            f.childInCare(QStringLiteral("B1"), QDate(2026, 2, 1), QDate(2026, 2, 10));
        // A two-year-old overdue only the 18-month doses (due 01/01/2026).
        const QDate dob(2024, 7, 1);
        const qint64 toddler = f.childInCare(QStringLiteral("T1"), dob, QDate(2025, 1, 5));
        for (int weeks : {8, 12, 16}) {
            QVERIFY(ok(s.record(dose(toddler, QStringLiteral("6in1"), dob.addDays(7 * weeks)))));
        }
        for (int weeks : {8, 12}) {
            QVERIFY(ok(s.record(dose(toddler, QStringLiteral("MenB"), dob.addDays(7 * weeks)))));
            QVERIFY(
                ok(s.record(dose(toddler, QStringLiteral("rotavirus"), dob.addDays(7 * weeks)))));
        }
        QVERIFY(ok(s.record(dose(toddler, QStringLiteral("PCV"), dob.addDays(112)))));
        for (const char* v : {"PCV", "MenB", "MMR"})
            QVERIFY(ok(s.record(dose(toddler, QString::fromLatin1(v), dob.addYears(1)))));

        auto rows = pile.rows(f.context.today());
        QVERIFY(ok(rows));
        QList<qint64> ids;
        for (const WorklistRow& r : rows.value())
            ids << r.childId;
        // Owed the longest first: the toddler since the 18-month doses fell due (01/01/2026);
        // the UASC young person since care started (01/02/2026), not since 2011.
        QCOMPARE(ids, (QList<qint64>{toddler, uasc}));
        QCOMPARE(rows.value().at(0).due, QDate(2026, 1, 1));
        QCOMPARE(rows.value().at(0).since, dob.addYears(1)); // the last dose recorded
        QVERIFY2(rows.value().at(0).detail.contains(QStringLiteral("MMRV dose 2")),
                 qPrintable(rows.value().at(0).detail));
        QCOMPARE(rows.value().at(1).due, QDate(2026, 2, 1));
        QCOMPARE(rows.value().at(1).since, QDate());
        QCOMPARE(pile.count(f.context.today()).value(), 2);
        QCOMPARE(pile.key(), QStringLiteral("immunisations_overdue"));
        Q_UNUSED(baby);

        // Given the 18-month doses, the toddler leaves the pile.
        QVERIFY(ok(s.record(dose(toddler, QStringLiteral("6in1"), QDate(2026, 3, 2)))));
        QVERIFY(ok(s.record(dose(toddler, QStringLiteral("MMRV"), QDate(2026, 3, 2)))));
        QCOMPARE(pile.count(f.context.today()).value(), 1);
    }

    void aBrokenScheduleIsAFailureNotAGuess()
    {
        WorkspaceFixture f;
        const ImmunisationService s(
            f.context, Failure{QStringLiteral("broken"), QStringLiteral("file.json:3:1")});
        const qint64 child =
            f.childInCare(QStringLiteral("X1"), QDate(2015, 1, 1), QDate(2026, 1, 5));
        QVERIFY(!s.status(child, f.context.today()));
        QVERIFY(!s.record(dose(child, QStringLiteral("MMR"), QDate(2016, 1, 2))));
        QVERIFY(!ImmunisationWorklistPile(s).count(f.context.today()));
    }

    void sourceCodesRoundTrip()
    {
        for (DoseSource d : {DoseSource::GpRecord, DoseSource::RedBook, DoseSource::ParentsAccount,
                             DoseSource::OverseasRecord})
            QCOMPARE(ImmunisationStore::sourceFromCode(ImmunisationStore::sourceCode(d)), d);
        QVERIFY(!ImmunisationStore::sourceFromCode(QStringLiteral("rumour")));
    }

    void theListModelIsAWellBehavedModel()
    {
        ImmunisationListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setVaccineNames({{QStringLiteral("MMR"), QStringLiteral("MMR")},
                               {QStringLiteral("6in1"), QStringLiteral("6-in-1")}});
        ImmunisationDose a = dose(1, QStringLiteral("6in1"), QDate(2026, 1, 2));
        a.id = 7;
        ImmunisationDose b =
            dose(1, QStringLiteral("MMR"), QDate(2025, 1, 2), DoseSource::OverseasRecord);
        b.id = 8;
        b.notes = QStringLiteral("Syrian vaccination card\nin Arabic");
        model.setDoses({a, b}, {{7, QStringLiteral("6-in-1 dose 1")}});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, ImmunisationListModel::VaccineColumn).data().toString(),
                 QStringLiteral("6-in-1"));
        QCOMPARE(model.index(0, ImmunisationListModel::CountsColumn).data().toString(),
                 QStringLiteral("6-in-1 dose 1"));
        QCOMPARE(model.index(1, ImmunisationListModel::CountsColumn).data().toString(), QString());
        QCOMPARE(model.index(1, ImmunisationListModel::SourceColumn).data().toString(),
                 ImmunisationListModel::sourceText(DoseSource::OverseasRecord));
        QCOMPARE(model.index(1, ImmunisationListModel::NotesColumn).data().toString(),
                 QStringLiteral("Syrian vaccination card"));
        QCOMPARE(model.index(1, ImmunisationListModel::DateColumn)
                     .data(PagedTableModel::RawValueRole)
                     .toDate(),
                 QDate(2025, 1, 2));
        QCOMPARE(model.index(1, 0).data(PagedTableModel::RecordIdRole).toLongLong(), 8);
        model.setDoses({}, {});
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_MAIN(TestImmunisations)
#include "tst_immunisations.moc"
