// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The demo county at its default size: realistic shares within sensible bands, valid
// identifiers and references, and assessments exactly as the due-date rules derive them.
#include "DemoTestSupport.h"

#include "data/AssessmentScheduleStore.h"
#include "data/SqlTransaction.h"
#include "services/DueDateService.h"

#include <QTemporaryDir>

using namespace lac;
using namespace demotest;

class TestDemoGenerator : public QObject
{
    Q_OBJECT

    QTemporaryDir dir;
    std::unique_ptr<Database> db;
    DemoDatabaseBuilder::Report report;
    QString today;

    double share(const QString& where, const QString& of = QStringLiteral("in_care = 1"))
    {
        return 100.0 *
               number(
                   *db,
                   QStringLiteral("SELECT count(*) FROM children WHERE %1 AND %2").arg(of, where)) /
               number(*db, QStringLiteral("SELECT count(*) FROM children WHERE %1").arg(of));
    }

    static bool validNhsNumber(const QString& n)
    {
        if (n.size() != 10)
            return false;
        int sum = 0;
        for (int i = 0; i < 9; ++i) {
            if (!n.at(i).isDigit())
                return false;
            sum += n.at(i).digitValue() * (10 - i);
        }
        int check = 11 - sum % 11;
        if (check == 11)
            check = 0;
        return check != 10 && n.at(9).isDigit() && n.at(9).digitValue() == check;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(dir.isValid());
        DemoOptions options;
        options.seed = 20260615;
        options.today = testToday();
        today = testToday().toString(Qt::ISODate);
        const QString path = dir.filePath(QStringLiteral("county.sqlite"));
        auto built = DemoDatabaseBuilder::build(path, options, false, testUser());
        QVERIFY2(built, qPrintable(built.failure().text()));
        report = built.value();
        auto opened = Database::open(path);
        QVERIFY(opened);
        db = std::move(opened).value();
    }

    void sizeIsAboutACounty()
    {
        QCOMPARE(report.summary.children, 1650);
        QCOMPARE(number(*db, QStringLiteral("SELECT count(*) FROM children")), 1650.0);
        const double inCare =
            number(*db, QStringLiteral("SELECT count(*) FROM children WHERE in_care = 1"));
        QVERIFY2(inCare > 700 && inCare < 1100, qPrintable(QString::number(inCare)));
        QCOMPARE(number(*db, QStringLiteral("SELECT count(*) FROM authorities")), 26.0);
        QVERIFY(number(*db, QStringLiteral("SELECT count(*) FROM providers")) >= 26);
        QCOMPARE(
            scalar(*db, QStringLiteral("SELECT value FROM settings WHERE key = 'authority.name'"))
                .toString(),
            QStringLiteral("Northshire County Council"));
        QCOMPARE(
            number(*db, QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'demo'")),
            1.0);
    }

    void agesOfChildrenInCare_data()
    {
        QTest::addColumn<int>("fromYears");
        QTest::addColumn<int>("toYears");
        QTest::addColumn<double>("low");
        QTest::addColumn<double>("high");
        QTest::newRow("under 1") << 0 << 1 << 2.0 << 10.0;
        QTest::newRow("1-4") << 1 << 5 << 9.0 << 20.0;
        QTest::newRow("5-9") << 5 << 10 << 12.0 << 24.0;
        QTest::newRow("10-15") << 10 << 16 << 31.0 << 46.0;
        QTest::newRow("16+") << 16 << 99 << 17.0 << 31.0;
    }
    void agesOfChildrenInCare()
    {
        QFETCH(int, fromYears);
        QFETCH(int, toYears);
        QFETCH(double, low);
        QFETCH(double, high);
        const QString from = testToday().addYears(-toYears).toString(Qt::ISODate);
        const QString to = testToday().addYears(-fromYears).toString(Qt::ISODate);
        const double s =
            share(QStringLiteral("date_of_birth > '%1' AND date_of_birth <= '%2'").arg(from, to));
        QVERIFY2(s >= low && s <= high, qPrintable(QStringLiteral("%1%").arg(s)));
    }

    void placementMix_data()
    {
        QTest::addColumn<QString>("codes");
        QTest::addColumn<double>("low");
        QTest::addColumn<double>("high");
        QTest::newRow("other foster carers") << "'U4','U5','U6'" << 52.0 << 64.0;
        QTest::newRow("family and friends") << "'U1','U2','U3'" << 10.0 << 20.0;
        QTest::newRow("residential") << "'K2','R1'" << 7.0 << 14.0;
        QTest::newRow("placed with parents") << "'P1'" << 3.0 << 9.0;
        QTest::newRow("supported") << "'K3','H5','P2'" << 3.0 << 10.0;
        QTest::newRow("adoption") << "'A3','A4','A5','A6'" << 1.0 << 6.0;
    }
    void placementMix()
    {
        QFETCH(QString, codes);
        QFETCH(double, low);
        QFETCH(double, high);
        const double s = share(QStringLiteral("current_placement_type IN (%1)").arg(codes));
        QVERIFY2(s >= low && s <= high, qPrintable(QStringLiteral("%1%").arg(s)));
    }

    void outOfAreaShareIs15To25Percent()
    {
        const double s = share(QStringLiteral("current_location = 'OUT'"));
        QVERIFY2(s >= 15 && s <= 25, qPrintable(QStringLiteral("%1%").arg(s)));
        // Every out-of-area placement names its host authority; in-area ones none.
        QCOMPARE(
            number(*db, QStringLiteral("SELECT count(*) FROM episodes WHERE "
                                       "(location = 'OUT') <> (host_authority_id IS NOT NULL)")),
            0.0);
    }

    void someChildrenAreUnaccompaniedAsylumSeekers()
    {
        const double uasc = share(QStringLiteral("uasc = 1"), QStringLiteral("1 = 1"));
        QVERIFY2(uasc > 2 && uasc < 10, qPrintable(QString::number(uasc)));
        QVERIFY(share(QStringLiteral("sex = 'M'"), QStringLiteral("uasc = 1")) > 80);
        QVERIFY(number(*db, QStringLiteral(
                                "SELECT count(*) FROM appointments WHERE "
                                "interpreter_needed = 1 AND interpreter_language <> ''")) > 0);
    }

    void namesIncludeApostrophesHyphensAndAccents()
    {
        QVERIFY(number(*db, QStringLiteral(
                                "SELECT count(*) FROM children WHERE family_name LIKE '%''%'")) >
                0);
        QVERIFY(number(*db, QStringLiteral(
                                "SELECT count(*) FROM children WHERE family_name LIKE '%-%'")) > 0);
        QVERIFY(number(*db, QStringLiteral("SELECT count(DISTINCT family_name) FROM children")) >
                150);
        QCOMPARE(
            number(*db, QStringLiteral("SELECT count(*) - count(DISTINCT case_id) FROM children")),
            0.0);
    }

    void everyNhsNumberIsValid()
    {
        auto q = exec(*db, QStringLiteral("SELECT nhs_number FROM nhs_numbers"));
        int n = 0;
        while (q.next()) {
            QVERIFY2(validNhsNumber(q.value(0).toString()), qPrintable(q.value(0).toString()));
            ++n;
        }
        QVERIFY(n > 1500);
        QCOMPARE(number(*db, QStringLiteral(
                                 "SELECT count(*) - count(DISTINCT nhs_number) FROM nhs_numbers")),
                 0.0);
        QVERIFY(share(QStringLiteral("id IN (SELECT child_id FROM nhs_numbers)"),
                      QStringLiteral("1 = 1")) > 90);
        // Adoption re-issues a number: the old one is kept with an end date.
        QVERIFY(number(*db, QStringLiteral(
                                "SELECT count(*) FROM nhs_numbers WHERE valid_to IS NOT NULL")) >
                0);
    }

    void everyForeignKeyIsValid()
    {
        auto q = exec(*db, QStringLiteral("PRAGMA foreign_key_check"));
        const bool broken = q.next();
        QVERIFY2(!broken, broken ? qPrintable(q.value(0).toString()) : "");
        QCOMPARE(scalar(*db, QStringLiteral("PRAGMA integrity_check")).toString(),
                 QStringLiteral("ok"));
    }

    void careHistoriesLookReal()
    {
        // Care that began before the window, with a review on record; children who left.
        QVERIFY(number(*db, QStringLiteral(
                                "SELECT count(*) FROM care_periods WHERE started_in_window = 0")) >
                300);
        QCOMPARE(
            number(
                *db,
                QStringLiteral(
                    "SELECT count(*) FROM care_periods p WHERE started_in_window = 0 AND NOT "
                    "EXISTS "
                    "(SELECT 1 FROM assessments a WHERE a.care_period_id = p.id AND a.kind = 'RHA' "
                    "AND a.completed_date IS NOT NULL)")),
            0.0);
        QVERIFY(number(*db, QStringLiteral("SELECT count(*) FROM care_periods WHERE end_date IS "
                                           "NOT NULL AND end_reason <> ''")) > 300);
        QVERIFY(number(*db, QStringLiteral("SELECT count(*) FROM (SELECT child_id FROM "
                                           "care_periods GROUP BY child_id HAVING count(*) > 1)")) >
                10);
        // One placement for some, three to six for others.
        QVERIFY(
            number(*db, QStringLiteral("SELECT count(*) FROM (SELECT care_period_id FROM episodes "
                                       "GROUP BY care_period_id HAVING count(*) = 1)")) > 200);
        QVERIFY(number(*db, QStringLiteral(
                                "SELECT count(*) FROM (SELECT care_period_id FROM episodes GROUP "
                                "BY care_period_id HAVING count(*) BETWEEN 3 AND 6)")) > 200);
        for (const char* ls : {"C1", "C2", "V2", "E1", "L1", "L2", "V3", "V4"})
            QVERIFY2(number(*db, QStringLiteral(
                                     "SELECT count(*) FROM episodes WHERE legal_status = '%1'")
                                     .arg(QLatin1String(ls))) > 0,
                     ls);
        QVERIFY(number(*db, QStringLiteral(
                                "SELECT count(*) FROM episodes WHERE placement_type LIKE 'T%'")) >
                0);
        QCOMPARE(number(*db, QStringLiteral(
                                 "SELECT count(*) FROM episodes WHERE placement_provider NOT IN "
                                 "('PR0','PR1','PR2','PR3','PR4','PR5')")),
                 0.0);
    }

    void noLateAssessmentWithoutAReason()
    {
        QCOMPARE(number(*db, QStringLiteral(
                                 "SELECT count(*) FROM assessments WHERE completed_date > due_date "
                                 "AND late_reason_code IS NULL")),
                 0.0);
        QCOMPARE(
            number(*db, QStringLiteral(
                            "SELECT count(*) FROM assessments WHERE completed_date <= due_date "
                            "AND late_reason_code IS NOT NULL")),
            0.0);
        // Paperwork and consent for IHAs, out-of-area capacity, carers and capacity for RHAs.
        for (const char* reason : {"paperwork", "consent", "late_notification", "ooa_capacity"})
            QVERIFY2(number(*db, QStringLiteral(
                                     "SELECT count(*) FROM assessments WHERE kind = 'IHA' AND "
                                     "late_reason_code = '%1'")
                                     .arg(QLatin1String(reason))) > 0,
                     reason);
        for (const char* reason :
             {"was_not_brought", "cancelled_by_carer", "health_capacity", "child_declined"})
            QVERIFY2(number(*db, QStringLiteral(
                                     "SELECT count(*) FROM assessments WHERE kind = 'RHA' AND "
                                     "late_reason_code = '%1'")
                                     .arg(QLatin1String(reason))) > 0,
                     reason);
    }

    void timelinessLikeARealCounty()
    {
        const auto inTime = [this](const QString& kind, const QString& location) {
            return 100.0 *
                   number(*db,
                          QStringLiteral("SELECT avg(completed_date <= due_date) FROM assessments "
                                         "WHERE kind = '%1' AND completed_date IS NOT NULL AND "
                                         "location_at_due LIKE '%2'")
                              .arg(kind, location));
        };
        const double ihaIn = inTime(QStringLiteral("IHA"), QStringLiteral("IN"));
        const double ihaOut = inTime(QStringLiteral("IHA"), QStringLiteral("OUT"));
        const double rhaIn = inTime(QStringLiteral("RHA"), QStringLiteral("IN"));
        const double rhaAll = inTime(QStringLiteral("RHA"), QStringLiteral("%"));
        QVERIFY2(ihaIn >= 55 && ihaIn <= 75, qPrintable(QString::number(ihaIn)));
        QVERIFY2(ihaOut < ihaIn - 25, qPrintable(QString::number(ihaOut)));
        QVERIFY2(rhaIn >= 80 && rhaIn <= 92, qPrintable(QString::number(rhaIn)));
        QVERIFY2(rhaAll >= 75 && rhaAll <= 90, qPrintable(QString::number(rhaAll)));
        const double requests =
            100.0 * number(*db, QStringLiteral("SELECT avg(requested_date <= request_due_date) "
                                               "FROM assessments WHERE kind = 'IHA' "
                                               "AND requested_date IS NOT NULL"));
        QVERIFY2(requests > 70 && requests < 97, qPrintable(QString::number(requests)));
    }

    void openWorkLooksLikeAnOfficeOnAMonday()
    {
        // Open paperwork problems, the oldest a few months old.
        const double openIssues =
            number(*db, QStringLiteral("SELECT count(*) FROM paperwork_issues WHERE resolved_date "
                                       "IS NULL AND closed_at IS NULL"));
        QVERIFY2(openIssues >= 8 && openIssues <= 35, qPrintable(QString::number(openIssues)));
        const QDate oldest = QDate::fromString(
            scalar(*db, QStringLiteral("SELECT min(found_date) FROM paperwork_issues WHERE "
                                       "resolved_date IS NULL AND closed_at IS NULL"))
                .toString(),
            Qt::ISODate);
        QVERIFY2(oldest.daysTo(testToday()) > 45, qPrintable(oldest.toString(Qt::ISODate)));
        QCOMPARE(
            number(
                *db,
                QStringLiteral(
                    "SELECT count(*) FROM assessments a WHERE paperwork_status = 'incomplete' "
                    "AND NOT EXISTS (SELECT 1 FROM paperwork_issues i WHERE i.assessment_id = a.id "
                    "AND i.resolved_date IS NULL)")),
            0.0);
        // Children waiting for a host area, chased, some escalated.
        QVERIFY(number(*db, QStringLiteral("SELECT count(*) FROM ooa_requests WHERE resolved_date "
                                           "IS NULL AND closed_at IS NULL")) >= 5);
        QVERIFY(number(*db, QStringLiteral(
                                "SELECT count(*) FROM ooa_requests WHERE escalated = 1")) > 0);
        QVERIFY(number(*db, QStringLiteral("SELECT count(*) FROM ooa_chases")) > 50);
        QCOMPARE(number(*db, QStringLiteral("SELECT count(*) FROM ooa_requests WHERE "
                                            "stated_wait_weeks NOT BETWEEN 4 AND 14")),
                 0.0);
        // Appointments booked for this week and next; none booked in the past.
        const QString fortnight = testToday().addDays(14).toString(Qt::ISODate);
        QVERIFY(
            number(*db, QStringLiteral("SELECT count(*) FROM appointments WHERE outcome = 'booked' "
                                       "AND scheduled_at > '%1' AND scheduled_at < '%2'")
                            .arg(today, fortnight)) >= 10);
        QCOMPARE(
            number(*db, QStringLiteral("SELECT count(*) FROM appointments WHERE outcome = 'booked' "
                                       "AND substr(scheduled_at, 1, 10) <= '%1'")
                            .arg(today)),
            0.0);
        for (const char* outcome : {"attended", "was_not_brought", "cancelled_by_carer",
                                    "cancelled_by_health", "declined"})
            QVERIFY2(
                number(*db, QStringLiteral("SELECT count(*) FROM appointments WHERE outcome = '%1'")
                                .arg(QLatin1String(outcome))) > 0,
                outcome);
        QVERIFY(number(*db, QStringLiteral(
                                "SELECT count(*) FROM appointments WHERE mode <> 'face_to_face'")) >
                0);
        QVERIFY(
            number(*db, QStringLiteral(
                            "SELECT count(*) FROM assessments WHERE doctor_review = 'pending'")) >
            0);
        // Nothing in the future has already happened.
        for (const char* column : {"completed_date", "requested_date", "report_received_date",
                                   "paperwork_complete_date"})
            QCOMPARE(number(*db, QStringLiteral("SELECT count(*) FROM assessments WHERE %1 > '%2'")
                                     .arg(QLatin1String(column), today)),
                     0.0);
        // A completed assessment was attended on the day it was completed.
        QCOMPARE(
            number(*db, QStringLiteral("SELECT count(*) FROM assessments a WHERE completed_date IS "
                                       "NOT NULL AND NOT EXISTS "
                                       "(SELECT 1 FROM appointments p WHERE p.assessment_id = a.id "
                                       "AND p.outcome = 'attended' "
                                       "AND substr(p.scheduled_at, 1, 10) = a.completed_date)")),
            0.0);
        QCOMPARE(
            number(*db, QStringLiteral("SELECT count(*) FROM assessments WHERE kind = 'IHA' AND "
                                       "completed_by NOT IN ('', 'doctor', 'nurse')")),
            0.0);
    }

    void recomputeChangesNothing()
    {
        QCOMPARE(report.recomputeChanges, qint64(0));
        QCOMPARE(report.summary.superseded, 0);
        const QStringList tables = {QStringLiteral("assessments"), QStringLiteral("children")};
        const QByteArray before = fingerprint(*db, tables);
        auto ids = AssessmentScheduleStore(*db).allChildIds();
        QVERIFY(ids);
        SqlTransaction transaction(*db);
        QVERIFY(transaction.begun());
        const WorkingDayCalendar calendar;
        QVERIFY(
            DueDateService(*db, calendar, AssessmentPolicy{}).recompute(ids.value(), testToday()));
        QVERIFY(transaction.commit());
        QCOMPARE(fingerprint(*db, tables), before);
    }
};

QTEST_GUILESS_MAIN(TestDemoGenerator)
#include "tst_demogenerator.moc"
