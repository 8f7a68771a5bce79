// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestDatabase.h"
#include "services/AppServices.h"

#include <QTest>

using namespace lac;

class TestBankHolidayService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void announcedDayMovesDueDates()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bh.sqlite"));
        auto db = Database::open(path);
        QVERIFY(db);
        AppServices services(std::move(db).value(),
                             UserContext{QStringLiteral("admin"), UserRole::Administrator});
        QSqlQuery q(QSqlDatabase::database(services.database().connectionName()));
        QVERIFY(
            q.exec(QStringLiteral("INSERT INTO children (id, case_id, date_of_birth, created_at, "
                                  "updated_at) VALUES (1, 'A', '2020-01-01', 'x', 'x')")));
        QVERIFY(q.exec(QStringLiteral(
            "INSERT INTO care_periods (id, child_id, start_date, created_at, updated_at) "
            "VALUES (1, 1, '2030-05-31', 'x', 'x')")));
        QVERIFY(q.exec(QStringLiteral(
            "INSERT INTO episodes (care_period_id, child_id, start_date, legal_status, "
            "placement_type, created_at, updated_at) VALUES (1, 1, '2030-05-31', 'C1', 'U4', 'x', "
            "'x')")));
        QVERIFY(services.dueDates().recompute({1}));
        auto due = [&] {
            QSqlQuery d(QSqlDatabase::database(services.database().connectionName()));
            d.exec(QStringLiteral("SELECT due_date FROM assessments WHERE child_id = 1"));
            return d.next() ? d.value(0).toString() : QString();
        };
        const QString before = due();
        QCOMPARE(before,
                 services.calendar().addWorkingDays(QDate(2030, 5, 31), 20).toString(Qt::ISODate));

        // Viewers may not change the calendar; the service refuses, not just the interface.
        auto second = Database::open(path);
        QVERIFY2(second, qPrintable(second.failure().text()));
        AppServices viewer(std::move(second).value(),
                           UserContext{QStringLiteral("v"), UserRole::Viewer});
        const Status refused =
            viewer.bankHolidays().addHoliday(QDate(2030, 6, 3), QStringLiteral("Extra day"));
        QVERIFY(!refused);
        QVERIFY(refused.failure().message.contains(QStringLiteral("viewer")));

        QVERIFY(!services.bankHolidays().addHoliday(QDate(2030, 6, 1),
                                                    QStringLiteral("Saturday")));   // weekend
        QVERIFY(!services.bankHolidays().addHoliday(QDate(2030, 6, 3), QString())); // no name
        QVERIFY(!services.bankHolidays().addHoliday(QDate(2030, 5, 27),
                                                    QStringLiteral("dup"))); // already one
        const Status added = services.bankHolidays().addHoliday(
            QDate(2030, 6, 3), QStringLiteral("Extra bank holiday"));
        QVERIFY2(added, qPrintable(added.failure().text()));
        QVERIFY(services.calendar().isBankHoliday(QDate(2030, 6, 3)));
        QCOMPARE(due(), QStringLiteral("2030-07-01")); // was Friday 28 June; one working day later
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = "
                                      "'bank_holidays' AND user_login = 'admin'")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 1);

        QVERIFY(services.bankHolidays().withdrawHoliday(QDate(2030, 6, 3),
                                                        QStringLiteral("announced in error")));
        QCOMPARE(due(), before);
        // A fresh start reads the table: the withdrawn day stays withdrawn.
        auto third = Database::open(path);
        QVERIFY2(third, qPrintable(third.failure().text()));
        AppServices again(std::move(third).value(),
                          UserContext{QStringLiteral("a"), UserRole::Administrator});
        QVERIFY(!again.calendar().isBankHoliday(QDate(2030, 6, 3)));
    }
};

QTEST_GUILESS_MAIN(TestBankHolidayService)
#include "tst_bankholidayservice.moc"
