// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Carers' medicals on a database (SQLite, and PostgreSQL as the _postgresql twin): from the
// request to the adviser's signed-off summary under each role's permissions, audited, stale
// edits refused; the worklist's order and renewals; chases; the list model.
#include "WorkspaceFixture.h"

#include "carers/core/CarerMedicalClock.h"
#include "carers/core/CarerMedicalService.h"
#include "carers/models/CarerMedicalListModel.h"
#include "data/SettingsStore.h"
#include "security/AccessPolicy.h"

#include <QAbstractItemModelTester>

using namespace lac;
using namespace lac::test;

namespace {

/// The same database as \a f, signed in with another role.
struct OtherRole
{
    OtherRole(WorkspaceFixture& f, UserRole role)
        : audit(f.database.db(), UserContext{QStringLiteral("other"), role})
        , context{f.database.db(), audit, f.dueDates, AssessmentPolicy{}, f.context.today()}
        , settings(f.database.db())
        , service(context, settings)
    {}
    AuditLog audit;
    CaseContext context;
    SettingsStore settings;
    CarerMedicalService service;
};

CarerApplicant applicant(const QString& name)
{
    CarerApplicant a;
    a.name = name;
    a.household = name.section(QLatin1Char(' '), -1) + QStringLiteral(", 3 Elm Grove");
    a.socialWorker = QStringLiteral("Sam Reed");
    return a;
}

CarerMedical request(qint64 applicantId, QDate on)
{
    CarerMedical m;
    m.applicantId = applicantId;
    m.requested = on;
    m.gpPractice = QStringLiteral("Mill Lane Surgery");
    m.feePence = 12000;
    m.feePayer = CarerFeePayer::Agency;
    return m;
}

} // namespace

class TestCarerMedicals : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fromRequestToSignedOffSummary()
    {
        WorkspaceFixture f; // a health admin, today 16/03/2026
        SettingsStore settings(f.database.db());
        const CarerMedicalService admin(f.context, settings);
        OtherRole adviser(f, UserRole::DesignatedNurse);
        const int audits = f.auditCount();
        auto who = admin.addApplicant(applicant(QStringLiteral("Grace Okafor")));
        QVERIFY(ok(who));
        auto id = admin.request(request(who.value(), QDate(2026, 1, 5)));
        QVERIFY(ok(id));
        QCOMPARE(f.auditCount(), audits + 2);

        CarerMedical m = admin.medical(id.value()).value();
        m.gpAppointment = QDate(2026, 1, 20);
        m.received = QDate(2026, 2, 27);
        QVERIFY(ok(admin.update(m)));
        m = admin.medical(id.value()).value();
        QCOMPARE(CarerMedicalClock::stage(m, f.context.today()), CarerMedicalStage::Adviser);

        // The adviser's part is the adviser's: the team cannot sign a medical off...
        CarerMedical signOff = m;
        signOff.reviewed = QDate(2026, 3, 2);
        signOff.outcome = CarerAdviserOutcome::Clear;
        signOff.summarySent = QDate(2026, 3, 4);
        QVERIFY(!admin.update(signOff));
        // ...and the adviser cannot change the team's steps.
        CarerMedical practice = m;
        practice.gpPractice = QStringLiteral("Elsewhere");
        QVERIFY(!adviser.service.update(practice));
        QCOMPARE(f.auditCount(), audits + 3);
        QVERIFY(ok(adviser.service.update(signOff)));
        QCOMPARE(f.auditCount(), audits + 4);
        const CarerMedical done = admin.medical(id.value()).value();
        QCOMPARE(done.signedOff(), QDate(2026, 3, 2));
        QCOMPARE(CarerMedicalClock::daysToSignOff(done), 56);
        QVERIFY(admin.waiting(f.context.today()).value().isEmpty());
        const auto log = admin.log(f.context.today()).value();
        QCOMPARE(log.size(), 1);
        QCOMPARE(log.first().stage, CarerMedicalStage::SignedOff);
        QCOMPARE(log.first().daysWaited, 56);
        // A save from the copy read before the sign-off is refused, and changes nothing.
        m.notes = QStringLiteral("from a stale copy");
        QVERIFY(!admin.update(m));
        QCOMPARE(admin.medical(id.value()).value().notes, QString());
        // Bad input is refused with the field named, and nothing is written.
        CarerMedical future = request(who.value(), f.context.today().addDays(3));
        auto refused = admin.request(future);
        QVERIFY(!refused);
        QCOMPARE(refused.failure().where, QStringLiteral("Requested"));
        QCOMPARE(f.auditCount(), audits + 4);
    }

    void aViewerSeesNoAdultsRecords()
    {
        WorkspaceFixture f;
        OtherRole viewer(f, UserRole::Viewer);
        QVERIFY(!viewer.service.applicants());
        QVERIFY(!viewer.service.all());
        QVERIFY(!viewer.service.waiting(f.context.today()));
        QVERIFY(!viewer.service.addApplicant(applicant(QStringLiteral("Ann Lee"))));
        QVERIFY(AccessPolicy::allows(UserRole::DesignatedNurse, Permission::ReadCarerMedicals));
        QVERIFY(!AccessPolicy::allows(UserRole::DesignatedNurse, Permission::EditCarerMedicals));
        QVERIFY(!AccessPolicy::allows(UserRole::HealthAdmin, Permission::ReviewCarerMedicals));
    }

    void theWorklistIsLongestFirstWithWhoseMoveItIs()
    {
        WorkspaceFixture f(UserRole::Administrator);
        SettingsStore settings(f.database.db());
        const CarerMedicalService service(f.context, settings);
        const auto add = [&](const QString& name, CarerMedical m) {
            auto a = service.addApplicant(applicant(name));
            m.applicantId = a.value();
            return service.request(m).value();
        };
        CarerMedical gp = request(0, QDate(2025, 11, 3));
        gp.gpDeclined = QDate(2025, 11, 20);
        gp.escalation = CarerGpEscalation::Icb;
        const qint64 atGp = add(QStringLiteral("Ann Lee"), gp);
        CarerMedical back = request(0, QDate(2026, 2, 2));
        back.gpAppointment = QDate(2026, 2, 9);
        back.received = QDate(2026, 3, 9);
        const qint64 atAdviser = add(QStringLiteral("Bo Chan"), back);
        const qint64 atApplicant = add(QStringLiteral("Cy Dee"), request(0, QDate(2026, 3, 2)));
        CarerMedical approved = request(0, QDate(2023, 3, 1));
        approved.gpAppointment = QDate(2023, 3, 10);
        approved.received = QDate(2023, 4, 1);
        approved.reviewed = QDate(2023, 4, 5);
        approved.outcome = CarerAdviserOutcome::Clear;
        approved.summarySent = QDate(2023, 4, 6);
        approved.panel = QDate(2023, 5, 10);
        approved.approved = QDate(2023, 5, 12);
        const qint64 renewal = add(QStringLiteral("Di Eze"), approved);

        const auto waits = service.waiting(f.context.today()).value();
        QCOMPARE(waits.size(), 3);
        QCOMPARE(waits.at(0).row.medical.id, atGp);
        QCOMPARE(waits.at(0).stage, CarerMedicalStage::Gp);
        QCOMPARE(waits.at(0).stageSince, QDate(2025, 11, 20));
        QCOMPARE(waits.at(0).daysWaited, 133);
        QCOMPARE(waits.at(1).row.medical.id, atAdviser);
        QCOMPARE(waits.at(1).stage, CarerMedicalStage::Adviser);
        QCOMPARE(waits.at(2).row.medical.id, atApplicant);
        QCOMPARE(waits.at(2).stage, CarerMedicalStage::Applicant);

        // Approved 12/05/2023: due 12/05/2026, within four months of 16/03/2026.
        auto due = service.renewalsDue(f.context.today()).value();
        QCOMPARE(due.size(), 1);
        QCOMPARE(due.first().row.medical.id, renewal);
        QCOMPARE(due.first().renewalDue, QDate(2026, 5, 12));
        // A two-year local rule is a setting: overdue since 2025, still listed.
        QVERIFY(ok(settings.setValue(QStringLiteral("carers.renewal_years"), QStringLiteral("2"))));
        QCOMPARE(service.renewalsDue(f.context.today()).value().first().renewalDue,
                 QDate(2025, 5, 12));
        // Once the renewal (AH2) is requested, the old medical is no longer due.
        CarerMedical ah2 = request(due.first().row.applicant.id, QDate(2026, 3, 10));
        ah2.form = CarerMedicalForm::Ah2;
        QVERIFY(ok(service.request(ah2)));
        QVERIFY(service.renewalsDue(f.context.today()).value().isEmpty());

        // Chases are recorded like the out-of-area ones, by the signed-in person.
        QVERIFY(!service.addChase({0, atGp, f.context.today().addDays(1), {}, {}}));
        QVERIFY(ok(service.addChase({0, atGp, QDate(2026, 3, 12), {}, QStringLiteral("ICB")})));
        const auto chases = service.chases(atGp).value();
        QCOMPARE(chases.size(), 1);
        QCOMPARE(chases.first().chasedBy, QStringLiteral("tester"));
        QCOMPARE(service.waiting(f.context.today()).value().first().row.chases, 1);

        CarerMedicalListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRows(service.waiting(f.context.today()).value());
        QCOMPARE(model.rowCount(), 4); // the three, and the renewal just requested
        QCOMPARE(model.index(0, CarerMedicalListModel::StageColumn).data().toString(),
                 QStringLiteral("GP"));
        QCOMPARE(model.index(0, CarerMedicalListModel::DaysColumn)
                     .data(PagedTableModel::RawValueRole)
                     .toInt(),
                 133);
        QCOMPARE(model.index(0, CarerMedicalListModel::ApplicantColumn).data().toString(),
                 QStringLiteral("Ann Lee"));

        // A withdrawn medical leaves the list; the log counts its days to the withdrawal.
        CarerMedical gone = service.medical(atApplicant).value();
        gone.withdrawn = QDate(2026, 3, 10);
        QVERIFY(ok(service.update(gone)));
        QCOMPARE(service.waiting(f.context.today()).value().size(), 3);
        const auto log = service.log(f.context.today()).value();
        for (const CarerMedicalLine& l : log)
            if (l.row.medical.id == atApplicant) {
                QCOMPARE(l.stage, CarerMedicalStage::Closed);
                QCOMPARE(l.daysWaited, 8);
            }
    }
};

QTEST_MAIN(TestCarerMedicals)
#include "tst_carermedicals.moc"
