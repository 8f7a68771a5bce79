// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The OC2 return on a database: the year facts service's refusals and audit; the return on
// hand-built children (cohort, gaps, files, audit, who may write it); the demo county's return
// checked against every DfE validation rule that concerns OC2 (Oc2Validator.h); and the
// synthetic SSDA903 corpus, imported and completed with health records, whose cohort matches
// the DfE's definition child for child.
#include "Oc2Validator.h"
#include "WorkspaceFixture.h"

#include "DemoCommand.h"
#include "data/SettingsStore.h"
#include "demo/DemoDatabaseBuilder.h"
#include "dental/core/DentalDemo.h"
#include "development/core/DevelopmentDemo.h"
#include "immunisations/core/ImmunisationDemo.h"
#include "oc2/core/Oc2Demo.h"
#include "oc2/core/Oc2ReturnService.h"
#include "oc2/core/Oc2YearFactsService.h"
#include "oc2/models/Oc2GapListModel.h"
#include "oc2/models/Oc2YearFactsListModel.h"
#include "sdq/core/SdqDemo.h"
#include "services/ImportService.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QTemporaryDir>

using namespace lac;
using namespace lac::test;

namespace {

const Oc2Year year2526{2025};

std::optional<bool> flag(int v)
{
    return v < 0 ? std::nullopt : std::optional<bool>(v == 1);
}

QStringList firstLines(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
}

/// Children with a gap, from gaps.csv.
QSet<QString> gapChildren(const QString& folder)
{
    QSet<QString> children;
    for (const auto& g : readCsv(folder + QStringLiteral("/gaps.csv")))
        children << g.value(QStringLiteral("CHILD"));
    return children;
}

/// The findings of the validator for children without a gap (which must be none), and the
/// number for children with one (their blanks are what the gap list says).
QStringList findingsOutsideGaps(const QString& folder, Oc2Year year)
{
    const auto oc2 = readCsv(folder + QStringLiteral("/oc2.csv"));
    const auto episodes = readCsv(folder + QStringLiteral("/episodes.csv"));
    const QSet<QString> gaps = gapChildren(folder);
    QStringList outside;
    for (const QString& f : validate(oc2, episodes, year.start(), year.end()))
        if (!gaps.contains(f.section(QLatin1Char(' '), 1)))
            outside << f;
    return outside;
}

} // namespace

class TestOc2Return : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void factsRefuseWhatTheDfEWouldReject_data()
    {
        QTest::addColumn<int>("firstYear");
        QTest::addColumn<QDate>("born");
        QTest::addColumn<int>("misuse"); // -1 unknown
        QTest::addColumn<int>("received");
        QTest::addColumn<int>("offered");
        QTest::addColumn<int>("convicted");
        QTest::addColumn<QString>("where");
        QTest::newRow("all known") << 2025 << QDate(2010, 1, 1) << 1 << 0 << 1 << 0 << "";
        QTest::newRow("nothing known yet")
            << 2025 << QDate(2010, 1, 1) << -1 << -1 << -1 << -1 << "";
        QTest::newRow("an intervention without misuse (193)")
            << 2025 << QDate(2010, 1, 1) << 0 << 1 << -1 << 0 << "Intervention received";
        QTest::newRow("an intervention with misuse unknown (193)")
            << 2025 << QDate(2010, 1, 1) << -1 << 0 << -1 << 0 << "Intervention received";
        QTest::newRow("offered beside received (158)")
            << 2025 << QDate(2010, 1, 1) << 1 << 1 << 0 << 0 << "Intervention offered";
        QTest::newRow("offered, received unknown")
            << 2025 << QDate(2010, 1, 1) << 1 << -1 << 1 << 0 << "Intervention received";
        QTest::newRow("convicted aged 9 on 31 March (542)")
            << 2025 << QDate(2016, 4, 1) << 0 << -1 << -1 << 0 << "Convicted";
        QTest::newRow("convicted on the 10th birthday, 31 March")
            << 2025 << QDate(2016, 3, 31) << 0 << -1 << -1 << 1 << "";
        QTest::newRow("a year not begun")
            << 2026 << QDate(2010, 1, 1) << 0 << -1 << -1 << 0 << "Year";
    }
    void factsRefuseWhatTheDfEWouldReject()
    {
        QFETCH(int, firstYear);
        QFETCH(QDate, born);
        QFETCH(int, misuse);
        QFETCH(int, received);
        QFETCH(int, offered);
        QFETCH(int, convicted);
        QFETCH(QString, where);
        WorkspaceFixture f; // today is 16/03/2026
        Oc2YearFactsService service(f.context);
        const qint64 child = f.childInCare(QStringLiteral("F1"), born, QDate(2024, 1, 5));
        const int before = f.auditCount();
        Oc2YearFacts facts;
        facts.childId = child;
        facts.firstYear = firstYear;
        facts.substanceMisuse = flag(misuse);
        facts.interventionReceived = flag(received);
        facts.interventionOffered = flag(offered);
        facts.convicted = flag(convicted);
        auto saved = service.save(facts);
        if (where.isEmpty()) {
            QVERIFY(ok(saved));
            QCOMPARE(f.auditCount(), before + 1);
            const Oc2YearFacts back = service.forChild(child).value().at(0);
            QCOMPARE(back.substanceMisuse, facts.substanceMisuse);
            QCOMPARE(back.interventionOffered, facts.interventionOffered);
            QCOMPARE(back.convicted, facts.convicted);
            return;
        }
        QVERIFY(!saved);
        QCOMPARE(saved.failure().where, where);
        QCOMPARE(f.auditCount(), before);
        QVERIFY(service.forChild(child).value().isEmpty());
    }

    void factsAreOneRowAYearCorrectedWithAudit()
    {
        WorkspaceFixture f;
        Oc2YearFactsService service(f.context);
        const qint64 child =
            f.childInCare(QStringLiteral("F2"), QDate(2010, 1, 1), QDate(2024, 1, 5));
        Oc2YearFacts facts;
        facts.childId = child;
        facts.firstYear = 2025;
        QVERIFY(ok(service.save(facts)));
        QCOMPARE(service.save(facts).failure().where, QStringLiteral("Year")); // twice
        Oc2YearFacts fix = service.forChild(child).value().at(0);
        fix.substanceMisuse = false;
        fix.convicted = true;
        const int before = f.auditCount();
        QVERIFY(ok(service.save(fix)));
        QCOMPARE(f.auditCount(), before + 1);
        QCOMPARE(service.forChild(child).value().at(0).convicted, std::optional<bool>(true));
        fix.notes = QStringLiteral("from a stale copy");
        QVERIFY(!service.save(fix));
        WorkspaceFixture viewer(UserRole::Viewer);
        QVERIFY(!Oc2YearFactsService(viewer.context).save(facts));
    }

    void theListModelsAreWellBehavedModels()
    {
        Oc2YearFactsListModel facts;
        QAbstractItemModelTester factsTester(
            &facts, QAbstractItemModelTester::FailureReportingMode::QtTest);
        Oc2YearFacts misuse;
        misuse.firstYear = 2025;
        misuse.substanceMisuse = true;
        misuse.interventionReceived = false;
        misuse.interventionOffered = true;
        Oc2YearFacts unknown;
        unknown.firstYear = 2026;
        facts.setDateOfBirth(QDate(2016, 4, 1)); // 9 on 31 March 2026, 10 on 31 March 2027
        facts.setRows({misuse, unknown});
        QCOMPARE(facts.rowCount(), 2);
        QCOMPARE(facts.index(0, Oc2YearFactsListModel::YearColumn).data().toString(),
                 QStringLiteral("2025-26"));
        QCOMPARE(facts.index(0, Oc2YearFactsListModel::OfferedColumn).data().toString(),
                 Oc2YearFactsListModel::answerText(true));
        QVERIFY(facts.index(0, Oc2YearFactsListModel::ConvictedColumn)
                    .data()
                    .toString()
                    .startsWith(QStringLiteral("Not asked")));
        QCOMPARE(facts.index(1, Oc2YearFactsListModel::ConvictedColumn).data().toString(),
                 Oc2YearFactsListModel::answerText(std::nullopt));
        QVERIFY(!facts.index(1, Oc2YearFactsListModel::ReceivedColumn).data().isValid());

        Oc2GapListModel gaps;
        QAbstractItemModelTester gapsTester(&gaps,
                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
        gaps.setRows({Oc2Gap{5, QStringLiteral("C5"), QStringLiteral("Amy Brown"),
                             Oc2Field::Convicted, QStringLiteral("whether convicted")}});
        QCOMPARE(gaps.index(0, Oc2GapListModel::FieldColumn).data().toString(),
                 QStringLiteral("CONVICTED"));
        QCOMPARE(gaps.index(0, 0).data(PagedTableModel::RecordIdRole).toLongLong(), 5);
        gaps.setRows({});
        QCOMPARE(gaps.rowCount(), 0);
    }

    void theReturnOfHandBuiltChildren()
    {
        WorkspaceFixture f(UserRole::HealthAdmin, QDate(2026, 5, 1));
        const qint64 whole =
            f.childInCare(QStringLiteral("A1"), QDate(2012, 6, 1), QDate(2025, 4, 1));
        f.childInCare(QStringLiteral("B2"), QDate(2012, 6, 1), QDate(2025, 4, 2)); // too late
        const qint64 shortBreaks =
            f.childInCare(QStringLiteral("C3"), QDate(2012, 6, 1), QDate(2024, 1, 5));
        f.database.exec(QStringLiteral("UPDATE episodes SET legal_status = 'V3' WHERE "
                                       "child_id = ?"),
                        {shortBreaks});
        const qint64 unknown =
            f.childInCare(QStringLiteral("D4"), QDate(2012, 6, 1), QDate(2020, 1, 5));
        // A1 has everything a 13-year-old's row needs.
        const QString now = QStringLiteral("2026-01-01T00:00:00Z");
        f.database.exec(QStringLiteral("INSERT INTO dental_checks (child_id, check_date, "
                                       "dentist, created_at, updated_at) VALUES (?, "
                                       "'2025-09-01', 'Bridge Street', ?, ?)"),
                        {whole, now, now});
        f.database.exec(QStringLiteral("INSERT INTO immunisations (child_id, vaccine, given_on, "
                                       "source, created_at, updated_at) VALUES (?, 'MMR', "
                                       "'2013-06-02', 'gp_record', ?, ?)"),
                        {whole, now, now});
        f.database.exec(QStringLiteral("UPDATE assessments SET status = 'completed', "
                                       "completed_date = '2025-05-20' WHERE child_id = ?"),
                        {whole});
        f.database.exec(QStringLiteral("INSERT INTO sdq_scores (child_id, sdq_date, score, "
                                       "created_at, updated_at) VALUES (?, '2025-10-10', 17, ?, "
                                       "?)"),
                        {whole, now, now});
        Oc2YearFacts facts;
        facts.childId = whole;
        facts.firstYear = 2025;
        facts.substanceMisuse = false;
        facts.convicted = false;
        QVERIFY(ok(Oc2YearFactsService(f.context).save(facts)));

        const Oc2ReturnService service(f.database.db(), f.audit);
        auto oc2 = service.prepare(year2526);
        QVERIFY(ok(oc2));
        QCOMPARE(oc2.value().childrenOfYear, 4);
        QCOMPARE(oc2.value().cohort, (QList<qint64>{whole, unknown}));
        QCOMPARE(Oc2ReturnService::cells(oc2.value().rows.at(0)).join(QLatin1Char(',')),
                 QStringLiteral("A1,01/06/2012,17,,0,,0,1,1,0,,"));
        QStringList gaps;
        for (const Oc2Gap& g : oc2.value().gaps) {
            QCOMPARE(g.caseId, QStringLiteral("D4"));
            gaps << Oc2Rules::fieldName(g.field);
        }
        QCOMPARE(gaps, (QStringList{QStringLiteral("SDQ_SCORE"), QStringLiteral("CONVICTED"),
                                    QStringLiteral("IMMUNISATIONS"), QStringLiteral("TEETH_CHECK"),
                                    QStringLiteral("SUBSTANCE_MISUSE")}));

        // Gaps: nothing written unless asked, and never without a folder.
        const QString folder = m_dir.filePath(QStringLiteral("hand-built"));
        const int before = f.auditCount();
        QCOMPARE(service.write(oc2.value(), folder, false).failure().where, QStringLiteral("Gaps"));
        QVERIFY(!QDir(folder).exists());
        QVERIFY(!service.write(oc2.value(), QString(), true));
        auto written = service.write(oc2.value(), folder, true);
        QVERIFY(ok(written));
        QCOMPARE(written.value().size(), 4);
        QCOMPARE(f.auditCount(), before + 1);
        const QStringList oc2Lines = firstLines(folder + QStringLiteral("/oc2.csv"));
        QCOMPARE(oc2Lines.value(0),
                 QStringLiteral("CHILD,DOB,SDQ_SCORE,SDQ_REASON,CONVICTED,HEALTH_CHECK,"
                                "IMMUNISATIONS,TEETH_CHECK,HEALTH_ASSESSMENT,SUBSTANCE_MISUSE,"
                                "INTERVENTION_RECEIVED,INTERVENTION_OFFERED"));
        QCOMPARE(oc2Lines.size(), 3);
        const auto header = readCsv(folder + QStringLiteral("/header.csv"));
        QCOMPARE(header.size(), 2);
        QCOMPARE(header.at(0).value(QStringLiteral("DOB")), QStringLiteral("01/06/2012"));
        const auto episodes = readCsv(folder + QStringLiteral("/episodes.csv"));
        QCOMPARE(episodes.size(), 2);
        QCOMPARE(episodes.at(0).value(QStringLiteral("DECOM")), QStringLiteral("01/04/2025"));
        QCOMPARE(episodes.at(0).value(QStringLiteral("RNE")), QStringLiteral("S"));
        QCOMPARE(readCsv(folder + QStringLiteral("/gaps.csv")).size(), 5);
        // The validator agrees with the cohort, and only the gap child breaks a rule.
        QCOMPARE(findingsOutsideGaps(folder, year2526), QStringList());
        QVERIFY(!validate(readCsv(folder + QStringLiteral("/oc2.csv")), episodes, year2526.start(),
                          year2526.end())
                     .isEmpty());

        WorkspaceFixture viewer(UserRole::Viewer, QDate(2026, 5, 1));
        const Oc2ReturnService viewers(viewer.database.db(), viewer.audit);
        QVERIFY(ok(viewers.prepare(year2526)));
        QVERIFY(!viewers.write(oc2.value(), m_dir.filePath(QStringLiteral("viewer")), true));
        QVERIFY(!QDir(m_dir.filePath(QStringLiteral("viewer"))).exists());
    }

    void theDemoCountyPassesTheValidatorRules()
    {
        DemoOptions o;
        o.children = 900;
        o.seed = 7;
        o.today = QDate(2026, 6, 15);
        const QString path = m_dir.filePath(QStringLiteral("demo.sqlite"));
        auto built = DemoDatabaseBuilder::build(
            path, o, false, UserContext{QStringLiteral("demo"), UserRole::Administrator},
            DemoCommand::featureFillers());
        QVERIFY(ok(built));
        auto db = Database::open(path);
        QVERIFY(ok(db));
        const AuditLog audit(*db.value(),
                             UserContext{QStringLiteral("tester"), UserRole::HealthAdmin});
        const Oc2ReturnService service(*db.value(), audit);
        auto oc2 = service.prepare(year2526);
        QVERIFY(ok(oc2));
        const qsizetype cohort = oc2.value().rows.size();
        QSet<QString> gapped;
        for (const Oc2Gap& g : oc2.value().gaps)
            gapped << g.caseId;
        qInfo("demo county 2025-26: %lld of %d children in the cohort, %lld gaps in %lld rows",
              qlonglong(cohort), oc2.value().childrenOfYear, qlonglong(oc2.value().gaps.size()),
              qlonglong(gapped.size()));
        QVERIFY(cohort > 200);
        QVERIFY2(gapped.size() * 100 < cohort * 15, "more than 15% of the rows have a gap");
        const QString folder = m_dir.filePath(QStringLiteral("demo-return"));
        QVERIFY(ok(service.write(oc2.value(), folder, true)));
        // Every rule holds for every row without a gap; the cohort is the validator's.
        QCOMPARE(findingsOutsideGaps(folder, year2526), QStringList());
        const auto rows = readCsv(folder + QStringLiteral("/oc2.csv"));
        QSet<QString> children;
        int sdq = 0;
        int scores = 0;
        for (const auto& r : rows) {
            children << r.value(QStringLiteral("CHILD"));
            scores += r.value(QStringLiteral("SDQ_SCORE")).isEmpty() ? 0 : 1;
            sdq += r.value(QStringLiteral("SDQ_SCORE")).isEmpty() &&
                           r.value(QStringLiteral("SDQ_REASON")).isEmpty()
                       ? 0
                       : 1;
        }
        QCOMPARE(children,
                 continuouslyLookedAfter(readCsv(folder + QStringLiteral("/episodes.csv")),
                                         year2526.start(), year2526.end()));
        QVERIFY(scores > 0 && sdq >= scores);
    }

    void theCorpusCohortMatchesTheDfEDefinitionChildForChild()
    {
        WorkspaceFixture f(UserRole::HealthAdmin, QDate(2018, 6, 1));
        const SettingsStore settings(f.database.db());
        ImportService import(f.database.db(), f.audit, settings, f.dueDates);
        ImportRequest request;
        request.path = QStringLiteral(LACHEALTH_TEST_DATA_DIR "/ssda903-fake");
        request.skipInvalid = true;
        request.rejectedPath = m_dir.filePath(QStringLiteral("corpus-rejected"));
        auto report = import.run(request);
        QVERIFY(ok(report));
        // Completed with health records, as the demo county's are.
        DemoOptions o;
        o.today = QDate(2018, 6, 1);
        for (const DemoRecordFiller& fill : DemoCommand::featureFillers())
            QVERIFY(ok(fill(f.database.db(), o)));

        // Children the import took whole: none of their rows was rejected.
        QSet<QString> partly;
        for (const QString& file : {QStringLiteral("/header.csv"), QStringLiteral("/episodes.csv")})
            for (const auto& r : readCsv(request.rejectedPath + file))
                partly << r.value(QStringLiteral("CHILD"));
        const auto raw = readCsv(request.path + QStringLiteral("/episodes.csv"));
        for (const Oc2Year year : {Oc2Year{2016}, Oc2Year{2017}}) {
            QSet<QString> expected = continuouslyLookedAfter(raw, year.start(), year.end());
            expected -= partly;
            const Oc2ReturnService service(f.database.db(), f.audit);
            auto oc2 = service.prepare(year);
            QVERIFY(ok(oc2));
            QSet<QString> cohort;
            for (const Oc2Row& r : oc2.value().rows)
                cohort << r.child;
            cohort -= partly;
            qInfo("%s: %lld children in the cohort (%lld taken whole by the import)",
                  qPrintable(year.label()), qlonglong(oc2.value().rows.size()),
                  qlonglong(cohort.size()));
            QVERIFY(cohort.size() > 300);
            QCOMPARE(cohort - expected, QSet<QString>());
            QCOMPARE(expected - cohort, QSet<QString>());
        }
    }
};

QTEST_MAIN(TestOc2Return)
#include "tst_oc2return.moc"
