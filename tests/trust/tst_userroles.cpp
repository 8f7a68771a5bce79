// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Roles: who may sign in, and each role's refusals at the service layer (the services are
// called directly, as a modified or buggy interface would call them).
#include "TrustTestSupport.h"

#include "data/SettingsStore.h"
#include "security/AccessPolicy.h"
#include "security/UserAdministration.h"
#include "security/UserDirectory.h"
#include "services/AppServices.h"

using namespace lac;
using namespace lac::trust;

Q_DECLARE_METATYPE(lac::UserRole)

class TestUserRoles : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_n = 0;

    std::unique_ptr<Database> freshDatabase()
    {
        auto db = Database::open(m_dir.filePath(QStringLiteral("roles%1.sqlite").arg(++m_n)));
        if (!db)
            qFatal("%s", qPrintable(db.failure().text()));
        return std::move(db).value();
    }

private Q_SLOTS:
    void firstUserBecomesAdministrator()
    {
        auto db = freshDatabase();
        const UserDirectory directory(*db);
        auto first = directory.signIn(QStringLiteral("  JSmith "));
        QVERIFY2(first, qPrintable(first.failure().text()));
        QCOMPARE(first->login, QStringLiteral("jsmith"));
        QCOMPARE(first->role, UserRole::Administrator);
        QCOMPARE(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE entity = 'users' "
                                            "AND action = 'create' AND user_login = 'jsmith'"))
                     .toInt(),
                 1);
        // Signing in again (any case) finds the same account and adds nothing.
        auto again = directory.signIn(QStringLiteral("JSMITH"));
        QVERIFY(again);
        QCOMPARE(again->role, UserRole::Administrator);
        QCOMPARE(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM users")).toInt(), 1);
    }

    void unknownUserIsRefusedByDefault()
    {
        auto db = freshDatabase();
        const UserDirectory directory(*db);
        QVERIFY(directory.signIn(QStringLiteral("admin1")));
        auto stranger = directory.signIn(QStringLiteral("stranger"));
        QVERIFY(!stranger);
        QVERIFY2(stranger.failure().message.contains(QStringLiteral("not a user of this database")),
                 qPrintable(stranger.failure().message));
        QVERIFY(stranger.failure().message.contains(QStringLiteral("admin1"))); // whom to ask
        QCOMPARE(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM users")).toInt(), 1);
    }

    void unknownUserBecomesViewerWhenTheSettingSaysSo()
    {
        auto db = freshDatabase();
        const UserDirectory directory(*db);
        QVERIFY(directory.signIn(QStringLiteral("admin1")));
        QVERIFY(SettingsStore(*db).setValue(UserDirectory::unknownUsersKey(),
                                            QStringLiteral("viewer")));
        auto newcomer = directory.signIn(QStringLiteral("newcomer"));
        QVERIFY2(newcomer, qPrintable(newcomer.failure().text()));
        QCOMPARE(newcomer->role, UserRole::Viewer);
    }

    void emptyOrUnknownOsLoginIsRefused()
    {
        auto db = freshDatabase();
        QVERIFY(!UserDirectory(*db).signIn(QString()));
        QVERIFY(!UserDirectory(*db).signIn(QStringLiteral("unknown")));
        QCOMPARE(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM users")).toInt(), 0);
    }

    void deactivatedUserIsRefused()
    {
        auto db = freshDatabase();
        auto admin = UserDirectory(*db).signIn(QStringLiteral("admin1"));
        QVERIFY(admin);
        AuditLog audit(*db, *admin);
        UserAdministration users(*db, audit);
        auto leaver = users.add(QStringLiteral("leaver"), QStringLiteral("Lee Leaver"),
                                UserRole::HealthAdmin);
        QVERIFY2(leaver, qPrintable(leaver.failure().text()));
        UserAccount changed = *leaver;
        changed.active = false;
        QVERIFY(users.save(changed));
        auto refused = UserDirectory(*db).signIn(QStringLiteral("leaver"));
        QVERIFY(!refused);
        QVERIFY(refused.failure().message.contains(QStringLiteral("deactivated")));
        // Never deleted: the row stays, so the audit trail still names a known person.
        QVERIFY(
            !tryExec(*db, QStringLiteral("DELETE FROM users WHERE os_login = 'leaver'")).isEmpty());
        QCOMPARE(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM users")).toInt(), 2);
    }

    void nonAdministratorsCannotManageUsers_data()
    {
        QTest::addColumn<UserRole>("role");
        QTest::newRow("viewer") << UserRole::Viewer;
        QTest::newRow("designated nurse") << UserRole::DesignatedNurse;
        QTest::newRow("health admin") << UserRole::HealthAdmin;
    }

    void nonAdministratorsCannotManageUsers()
    {
        QFETCH(UserRole, role);
        auto db = freshDatabase();
        QVERIFY(UserDirectory(*db).signIn(QStringLiteral("admin1")));
        AuditLog audit(*db, UserContext{QStringLiteral("someone"), role});
        UserAdministration users(*db, audit);
        const int auditBefore =
            scalar(*db, QStringLiteral("SELECT COUNT(*) FROM audit_log")).toInt();

        auto list = users.users();
        QVERIFY(!list);
        QVERIFY(list.failure().message.contains(userRoleCode(role)));
        QVERIFY(!users.add(QStringLiteral("mate"), {}, UserRole::Administrator));
        UserAccount self;
        self.id = 1;
        self.login = QStringLiteral("admin1");
        self.role = UserRole::Viewer;
        QVERIFY(!users.save(self));

        QCOMPARE(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM users")).toInt(), 1);
        QCOMPARE(scalar(*db, QStringLiteral("SELECT role FROM users")).toString(),
                 QStringLiteral("administrator"));
        QCOMPARE(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM audit_log")).toInt(),
                 auditBefore);
    }

    void servicesRefuseWhatTheRoleMayNotDo_data()
    {
        QTest::addColumn<UserRole>("role");
        QTest::addColumn<bool>("auditTrail");
        QTest::addColumn<bool>("retention");
        QTest::newRow("viewer") << UserRole::Viewer << false << false;
        QTest::newRow("designated nurse") << UserRole::DesignatedNurse << true << false;
        QTest::newRow("health admin") << UserRole::HealthAdmin << false << false;
        QTest::newRow("administrator") << UserRole::Administrator << true << true;
    }

    void servicesRefuseWhatTheRoleMayNotDo()
    {
        QFETCH(UserRole, role);
        QFETCH(bool, auditTrail);
        QFETCH(bool, retention);
        auto db = freshDatabase();
        AppServices services(std::move(db), UserContext{QStringLiteral("tester"), role});
        QCOMPARE(bool(services.auditTrail().count({})), auditTrail);
        QCOMPARE(bool(services.auditTrail().page({}, 0, 10)), auditTrail);
        QCOMPARE(bool(services.auditTrail().logins()), auditTrail);
        const QString file = m_dir.filePath(QStringLiteral("export-%1.csv").arg(m_n));
        QCOMPARE(bool(services.auditTrail().exportCsv({}, file)), auditTrail);
        QCOMPARE(QFile::exists(file), auditTrail);
        QCOMPARE(bool(services.retentionReview().pastRetention(QDate(2026, 1, 1))), retention);
        QCOMPARE(bool(services.userAdministration().users()), role == UserRole::Administrator);
    }

    void permissionTableMatchesTheRoles()
    {
        // The table in docs/security.md, row by row.
        QVERIFY(AccessPolicy::allows(UserRole::Viewer, Permission::ReadCaseData));
        QVERIFY(AccessPolicy::allows(UserRole::Viewer, Permission::RunReports));
        QVERIFY(!AccessPolicy::allows(UserRole::Viewer, Permission::EditCaseData));
        QVERIFY(!AccessPolicy::allows(UserRole::Viewer, Permission::ExportCaseData));
        QVERIFY(AccessPolicy::allows(UserRole::DesignatedNurse, Permission::SetClinicalNeed));
        QVERIFY(AccessPolicy::allows(UserRole::DesignatedNurse, Permission::SignOffDoctorReview));
        QVERIFY(!AccessPolicy::allows(UserRole::DesignatedNurse, Permission::EditCaseData));
        QVERIFY(AccessPolicy::allows(UserRole::HealthAdmin, Permission::EditCaseData));
        QVERIFY(AccessPolicy::allows(UserRole::HealthAdmin, Permission::ImportData));
        QVERIFY(!AccessPolicy::allows(UserRole::HealthAdmin, Permission::ManageUsers));
        QVERIFY(!AccessPolicy::allows(UserRole::HealthAdmin, Permission::ManageSettings));
        QVERIFY(!AccessPolicy::allows(UserRole::HealthAdmin, Permission::ReviewRetention));
        QVERIFY(AccessPolicy::allows(UserRole::Administrator, Permission::ManageUsers));
        QVERIFY(AccessPolicy::allows(UserRole::Administrator, Permission::ReviewRetention));
    }

    void lastAdministratorCannotBeDemotedOrDeactivated()
    {
        auto db = freshDatabase();
        auto admin = UserDirectory(*db).signIn(QStringLiteral("admin1"));
        QVERIFY(admin);
        AuditLog audit(*db, *admin);
        UserAdministration users(*db, audit);
        auto list = users.users();
        QVERIFY(list);
        UserAccount me = list->first();
        me.role = UserRole::HealthAdmin;
        auto refused = users.save(me);
        QVERIFY(!refused);
        QVERIFY(refused.failure().message.contains(QStringLiteral("administrator")));
        me = list->first();
        me.active = false;
        QVERIFY(!users.save(me));
        QCOMPARE(
            scalar(*db, QStringLiteral("SELECT role || active || version FROM users")).toString(),
            QStringLiteral("administrator11"));

        // With a second administrator the first may step down.
        auto second = users.add(QStringLiteral("admin2"), {}, UserRole::Administrator);
        QVERIFY(second);
        me = list->first();
        me.role = UserRole::HealthAdmin;
        auto saved = users.save(me);
        QVERIFY2(saved, qPrintable(saved.failure().text()));
        QCOMPARE(saved->version, 2);
    }

    void everyUserChangeIsAudited()
    {
        auto db = freshDatabase();
        auto admin = UserDirectory(*db).signIn(QStringLiteral("admin1"));
        AuditLog audit(*db, *admin);
        UserAdministration users(*db, audit);
        auto nurse = users.add(QStringLiteral("nurse"), QStringLiteral("Siân O'Connor"),
                               UserRole::DesignatedNurse);
        QVERIFY(nurse);
        UserAccount changed = *nurse;
        changed.role = UserRole::HealthAdmin;
        QVERIFY(users.save(changed));
        QCOMPARE(
            scalar(*db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE entity = 'users'"))
                .toInt(),
            3);
        const QString last =
            scalar(*db, QStringLiteral("SELECT before_json || '|' || after_json FROM "
                                       "audit_log ORDER BY id DESC LIMIT 1"))
                .toString();
        QVERIFY2(last.contains(QStringLiteral("\"role\":\"designated_nurse\"")), qPrintable(last));
        QVERIFY(last.contains(QStringLiteral("\"role\":\"health_admin\"")));
        QVERIFY(last.contains(QStringLiteral("Siân O'Connor")));
    }

    void staleEditIsRefused()
    {
        auto db = freshDatabase();
        auto admin = UserDirectory(*db).signIn(QStringLiteral("admin1"));
        AuditLog audit(*db, *admin);
        UserAdministration users(*db, audit);
        auto nurse = users.add(QStringLiteral("nurse"), {}, UserRole::DesignatedNurse);
        QVERIFY(nurse);
        UserAccount first = *nurse;
        UserAccount second = *nurse;
        first.role = UserRole::HealthAdmin;
        QVERIFY(users.save(first));
        second.role = UserRole::Viewer;
        auto refused = users.save(second);
        QVERIFY(!refused);
        QVERIFY(refused.failure().message.contains(QStringLiteral("changed by someone else")));
        QCOMPARE(scalar(*db, QStringLiteral("SELECT role FROM users WHERE os_login = 'nurse'"))
                     .toString(),
                 QStringLiteral("health_admin"));
    }

    void addRefusesBadAndDuplicateLogins_data()
    {
        QTest::addColumn<QString>("login");
        QTest::newRow("empty") << QString();
        QTest::newRow("spaces") << QStringLiteral("j smith");
        QTest::newRow("domain prefix") << QStringLiteral("COUNCIL\\jsmith");
        QTest::newRow("too long") << QString(41, QLatin1Char('a'));
        QTest::newRow("control character") << QStringLiteral("js\u0007mith");
        QTest::newRow("duplicate, other case") << QStringLiteral("ADMIN1");
    }

    void addRefusesBadAndDuplicateLogins()
    {
        QFETCH(QString, login);
        auto db = freshDatabase();
        auto admin = UserDirectory(*db).signIn(QStringLiteral("admin1"));
        AuditLog audit(*db, *admin);
        QVERIFY(!UserAdministration(*db, audit).add(login, {}, UserRole::Viewer));
        QCOMPARE(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM users")).toInt(), 1);
    }
};

QTEST_GUILESS_MAIN(TestUserRoles)
#include "tst_userroles.moc"
