// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/AppServices.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace lac;

class TestSettingsService : public QObject
{
    Q_OBJECT

    static QVariant scalar(const AppServices& s, const QString& sql)
    {
        QSqlQuery q(QSqlDatabase::database(s.database().connectionName()));
        if (!q.exec(sql) || !q.next())
            return {};
        return q.value(0);
    }

private Q_SLOTS:
    void validation_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("empty authority") << "authority"
                                         << "Authority name";
        QTest::newRow("bad district") << "district"
                                      << "'N R1'";
        QTest::newRow("zero IHA days") << "ihaDays"
                                       << "IHA working days";
        QTest::newRow("request after assessment") << "request"
                                                  << "cannot be due after";
        QTest::newRow("target over 100") << "target"
                                         << "IHA target";
    }
    void validation()
    {
        QFETCH(QString, field);
        QFETCH(QString, mentions);
        InstallationSettings s;
        s.authorityName = QStringLiteral("Northshire County Council");
        s.ownPostcodeDistricts = {QStringLiteral("NR1"), QStringLiteral("SW1A")};
        QVERIFY(SettingsService::validate(s).isEmpty());
        if (field == QLatin1String("authority"))
            s.authorityName = QStringLiteral("  ");
        else if (field == QLatin1String("district"))
            s.ownPostcodeDistricts << QStringLiteral("N R1");
        else if (field == QLatin1String("ihaDays"))
            s.policy.ihaWorkingDays = 0;
        else if (field == QLatin1String("request"))
            s.policy.ihaRequestWorkingDays = 25;
        else if (field == QLatin1String("target"))
            s.ihaTargetPercent = 101;
        const QStringList problems = SettingsService::validate(s);
        QVERIFY(!problems.isEmpty());
        QVERIFY2(problems.filter(mentions).size() == 1,
                 qPrintable(problems.join(QLatin1Char('\n'))));
    }

    void savingRulesMovesDueDates()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("s.sqlite"));
        AppServices admin(std::move(Database::open(path)).value(),
                          UserContext{QStringLiteral("a"), UserRole::Administrator});
        {
            QSqlQuery q(QSqlDatabase::database(admin.database().connectionName()));
            QVERIFY(q.exec(QStringLiteral(
                "INSERT INTO children (id, case_id, date_of_birth, created_at, updated_at) "
                "VALUES (1, 'A', '2015-01-01', 'x', 'x')")));
            QVERIFY(q.exec(QStringLiteral(
                "INSERT INTO care_periods (id, child_id, start_date, created_at, updated_at) "
                "VALUES (1, 1, '2026-04-02', 'x', 'x')")));
            QVERIFY(q.exec(QStringLiteral(
                "INSERT INTO episodes (care_period_id, child_id, start_date, legal_status, "
                "placement_type, created_at, updated_at) VALUES (1, 1, '2026-04-02', 'C1', "
                "'U4', 'x', 'x')")));
        }
        QVERIFY(admin.dueDates().recompute({1}));
        QCOMPARE(scalar(admin, QStringLiteral("SELECT due_date FROM assessments")).toString(),
                 QStringLiteral("2026-05-05"));

        InstallationSettings s = admin.settingsService().load();
        s.authorityName = QStringLiteral("Glenshire Council");
        s.policy.division = CalendarDivision::Scotland;
        auto viewerDb = Database::open(path);
        QVERIFY(viewerDb);
        AppServices viewer(std::move(viewerDb).value(),
                           UserContext{QStringLiteral("v"), UserRole::HealthAdmin});
        QVERIFY(!viewer.settingsService().save(s));
        QCOMPARE(scalar(admin, QStringLiteral("SELECT count(*) FROM settings")).toInt(), 0);

        const Status saved = admin.settingsService().save(s);
        QVERIFY2(saved, qPrintable(saved.failure().text()));
        QCOMPARE(scalar(admin, QStringLiteral("SELECT due_date FROM assessments")).toString(),
                 QStringLiteral("2026-05-01"));
        QCOMPARE(admin.settings().authorityName(), QStringLiteral("Glenshire Council"));
        QCOMPARE(admin.policy().division, CalendarDivision::Scotland);
        QCOMPARE(scalar(admin,
                        QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'settings'"))
                     .toInt(),
                 1);
        QVERIFY(scalar(admin, QStringLiteral(
                                  "SELECT before_json FROM audit_log WHERE entity = 'settings'"))
                    .toString()
                    .contains(QStringLiteral("england-and-wales")));

        // Saving the same settings again changes nothing and writes no audit entry.
        QVERIFY(admin.settingsService().save(s));
        QCOMPARE(scalar(admin,
                        QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'settings'"))
                     .toInt(),
                 1);

        // Invalid values are refused whole: nothing is written.
        s.policy.ihaWorkingDays = 0;
        s.authorityName = QStringLiteral("Changed");
        QVERIFY(!admin.settingsService().save(s));
        QCOMPARE(admin.settings().authorityName(), QStringLiteral("Glenshire Council"));
    }

    void aKindOfRecordsOwnSettingsAreCheckedSavedAndAudited()
    {
        QTemporaryDir dir;
        AppServices admin(
            std::move(Database::open(dir.filePath(QStringLiteral("f.sqlite")))).value(),
            UserContext{QStringLiteral("a"), UserRole::Administrator});
        SettingsService& service = admin.settingsService();
        service.addFeatureSetting({QStringLiteral("dental.months_between_checks"),
                                   QStringLiteral("Dental check due every (months)"),
                                   {},
                                   FeatureSetting::Kind::Number,
                                   1,
                                   24,
                                   12});
        service.addFeatureSetting({QStringLiteral("passport.due_at_rha"),
                                   QStringLiteral("Passport due at the RHA"),
                                   {},
                                   FeatureSetting::Kind::YesNo,
                                   0,
                                   1,
                                   1});
        QCOMPARE(service.featureSettings().size(), 2);

        // Nothing stored yet: the defaults.
        InstallationSettings s = service.load();
        s.authorityName = QStringLiteral("Glenshire Council");
        QCOMPARE(s.featureValues.value(QStringLiteral("dental.months_between_checks")), 12);
        QCOMPARE(s.featureValues.value(QStringLiteral("passport.due_at_rha")), 1);

        // Out of its range: refused with the setting's own name, nothing written.
        s.featureValues[QStringLiteral("dental.months_between_checks")] = 30;
        const QStringList problems = service.problems(s);
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.first(),
                 QStringLiteral("Dental check due every (months): 30 is outside 1 to 24"));
        QVERIFY(SettingsService::validate(s).isEmpty()); // the built-in rules alone pass
        QVERIFY(!service.save(s));
        QCOMPARE(admin.settings().intValue(QStringLiteral("dental.months_between_checks"), -1), -1);

        // Within range: saved with the rest, audited before and after; a key nobody
        // registered is not written.
        s.featureValues[QStringLiteral("dental.months_between_checks")] = 6;
        s.featureValues[QStringLiteral("passport.due_at_rha")] = 0;
        s.featureValues[QStringLiteral("made.up")] = 99;
        const Status saved = service.save(s);
        QVERIFY2(saved, qPrintable(saved.failure().text()));
        QCOMPARE(admin.settings().intValue(QStringLiteral("dental.months_between_checks"), -1), 6);
        QCOMPARE(admin.settings().intValue(QStringLiteral("passport.due_at_rha"), -1), 0);
        QCOMPARE(admin.settings().intValue(QStringLiteral("made.up"), -1), -1);
        const QString before = scalar(admin, QStringLiteral("SELECT before_json FROM audit_log "
                                                            "WHERE entity = 'settings'"))
                                   .toString();
        const QString after = scalar(admin, QStringLiteral("SELECT after_json FROM audit_log "
                                                           "WHERE entity = 'settings'"))
                                  .toString();
        QVERIFY2(before.contains(QStringLiteral("\"dental.months_between_checks\":12")),
                 qPrintable(before));
        QVERIFY2(after.contains(QStringLiteral("\"dental.months_between_checks\":6")),
                 qPrintable(after));
        QCOMPARE(service.load().featureValues.value(QStringLiteral("dental.months_between_checks")),
                 6);
    }
};

QTEST_GUILESS_MAIN(TestSettingsService)
#include "tst_settingsservice.moc"
