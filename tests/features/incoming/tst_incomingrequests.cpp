// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Incoming requests on a database (SQLite, and PostgreSQL as the _postgresql twin): a child
// placed here and their request from receipt to report sent, under each role's permissions,
// audited, stale edits and impossible dates refused with nothing written; the paperwork that
// waits on the requester; the worklist's piles; one child known both ways; the caseload split;
// the list models under QAbstractItemModelTester.
#include "WorkspaceFixture.h"

#include "data/SettingsStore.h"
#include "incoming/core/AuthorityStatement.h"
#include "incoming/core/IncomingClock.h"
#include "incoming/core/IncomingService.h"
#include "incoming/core/IncomingWorklist.h"
#include "incoming/models/IncomingRequestListModel.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QTemporaryDir>

using namespace lac;
using namespace lac::test;

namespace {

/// The incoming service on \a f's database, signed in as \a f's user or as \a role.
struct Host
{
    explicit Host(WorkspaceFixture& f, std::optional<UserRole> role = std::nullopt)
        : audit(f.database.db(),
                UserContext{QStringLiteral("other"), role.value_or(f.audit.user().role)})
        , context{f.database.db(), role ? audit : f.audit, f.dueDates, AssessmentPolicy{},
                  f.context.today()}
        , settings(f.database.db())
        , service(context, settings, f.calendar, RequestingAuthorities::bundled().value())
    {}
    AuditLog audit;
    CaseContext context;
    SettingsStore settings;
    IncomingService service;
};

HostChild child(const QString& caseId, const QString& authority = QStringLiteral("E08000025"))
{
    HostChild c;
    c.authorityCode = authority;
    c.theirCaseId = caseId;
    c.givenName = QStringLiteral("Kai");
    c.familyName = QStringLiteral("Brook");
    c.dateOfBirth = QDate(2014, 5, 2);
    c.placementArea = QStringLiteral("NS4");
    c.placedFrom = QDate(2025, 9, 1);
    return c;
}

IncomingRequest request(qint64 childId, QDate received)
{
    IncomingRequest r;
    r.hostChildId = childId;
    r.received = received;
    r.requesterDue = received.addDays(42);
    r.requesterContact = QStringLiteral("J. Okoro, children in care team");
    return r;
}

} // namespace

class TestIncomingRequests : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fromReceiptToReportSent()
    {
        WorkspaceFixture f; // a health admin, today 16/03/2026
        Host host(f);
        const IncomingService& s = host.service;
        const int audits = f.auditCount();
        auto kid = s.addChild(child(QStringLiteral("BHM-1001")));
        QVERIFY(ok(kid));
        auto id = s.receive(request(kid.value(), QDate(2026, 2, 2)));
        QVERIFY(ok(id));
        QCOMPARE(f.auditCount(), audits + 2);

        // The paperwork is wrong: it goes back and the request waits on the requester.
        auto issue = s.addIssue({0,
                                 id.value(),
                                 QStringLiteral("consent_unsigned"),
                                 QStringLiteral("parent's signature missing"),
                                 QDate(2026, 2, 3),
                                 QDate(2026, 2, 3),
                                 {}});
        QVERIFY(ok(issue));
        QVERIFY(ok(s.addChase({0, id.value(), QDate(2026, 2, 17), {}, QStringLiteral("chased")})));
        auto waiting = s.waitingOnRequester(QDate(2026, 2, 20));
        QVERIFY(ok(waiting));
        QCOMPARE(waiting.value().size(), 1);
        QCOMPARE(waiting.value().first().row.openIssues, 1);
        QCOMPARE(waiting.value().first().row.chases, 1);
        QCOMPARE(s.chases(id.value()).value().first().chasedBy, QStringLiteral("tester"));

        // Complete on 23 February: the open problem closes, our clock starts (due 23 March).
        IncomingRequest r = s.request(id.value()).value();
        r.complete = QDate(2026, 2, 23);
        r.booked = QDate(2026, 3, 19);
        QVERIFY(ok(s.update(r)));
        QVERIFY(s.issues(id.value()).value().first().resolved == QDate(2026, 2, 23));
        QCOMPARE(s.waitingOnRequester(f.context.today()).value().size(), 0);
        auto due = s.dueOrOverdue(f.context.today());
        QVERIFY(ok(due));
        QCOMPARE(due.value().size(), 1);
        QCOMPARE(due.value().first().hostDue, QDate(2026, 3, 23));
        QCOMPARE(due.value().first().stage, IncomingStage::Booked);

        // A stale copy is refused; nothing changes.
        IncomingRequest stale = r;
        r = s.request(id.value()).value();
        stale.notes = QStringLiteral("from an old screen");
        QVERIFY(!s.update(stale));
        QVERIFY(s.request(id.value()).value().notes.isEmpty());

        // Done in the future is refused with the field named, and nothing is written.
        IncomingRequest future = r;
        future.done = QDate(2026, 3, 19);
        const Status refused = s.update(future);
        QVERIFY(!refused);
        QCOMPARE(refused.failure().where, IncomingClock::tr("Done"));
        QVERIFY(!s.request(id.value()).value().done.isValid());

        r.done = QDate(2026, 3, 16);
        r.booked = QDate(2026, 3, 16);
        QVERIFY(ok(s.update(r)));
        auto notSent = s.reportsNotSent(f.context.today());
        QVERIFY(ok(notSent));
        QCOMPARE(notSent.value().size(), 1);
        QCOMPARE(notSent.value().first().turnaround, 15);
        QCOMPARE(notSent.value().first().delay, IncomingDelay::None);
        r = s.request(id.value()).value();
        r.reportSent = QDate(2026, 3, 16);
        QVERIFY(ok(s.update(r)));
        QCOMPARE(s.reportsNotSent(f.context.today()).value().size(), 0);
        QCOMPARE(f.database
                     .scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = "
                                            "'host_requests'"))
                     .toInt(),
                 4); // received, complete, done, report sent
    }

    void eachAuthorityIsSentItsOwnChildrenOnly()
    {
        WorkspaceFixture f; // a health admin, today 16/03/2026
        Host host(f);
        const IncomingService& s = host.service;
        // Birmingham's child: one request done 15 working days after it was complete, one
        // waiting on their paperwork since 20 February.
        auto kai = s.addChild(child(QStringLiteral("BHM-1001")));
        QVERIFY(ok(kai));
        IncomingRequest done = request(kai.value(), QDate(2026, 1, 5));
        auto doneId = s.receive(done);
        QVERIFY(ok(doneId));
        done = s.request(doneId.value()).value();
        done.complete = QDate(2026, 1, 12);
        done.booked = QDate(2026, 2, 2);
        done.done = QDate(2026, 2, 2);
        done.reportSent = QDate(2026, 2, 5);
        QVERIFY(ok(s.update(done)));
        QVERIFY(ok(s.receive(request(kai.value(), QDate(2026, 2, 20)))));
        // Barnet's child, who must not appear in Birmingham's files.
        HostChild other = child(QStringLiteral("BAR-77"), QStringLiteral("E09000003"));
        other.nhsNumber = QStringLiteral("9434765919");
        auto ben = s.addChild(other);
        QVERIFY(ok(ben));
        QVERIFY(ok(s.receive(request(ben.value(), QDate(2026, 2, 9)))));

        auto st = AuthorityStatement::read(s, QStringLiteral("E08000025"), QDate(2026, 1, 1),
                                           QDate(2026, 3, 1), f.context.today());
        QVERIFY(ok(st));
        const AuthorityStatement& b = st.value();
        QCOMPARE(b.authorityName, QStringLiteral("Birmingham"));
        QCOMPARE(b.requests.size(), 2);
        QCOMPARE(b.figures.months.size(), 3);
        QCOMPARE(b.figures.period.received, 2);
        QCOMPARE(b.figures.period.done, 1);
        QCOMPARE(b.figures.period.doneInTarget, 1);
        QCOMPARE(b.figures.months.at(1).waitingRequester, 1); // end of February
        const QStringList turnaround = b.turnaroundCsv().split(QLatin1Char('\n'));
        QCOMPARE(turnaround.at(0),
                 QStringLiteral("month,received,complete,done,done_in_target,median_working_days,"
                                "waiting_on_your_paperwork,late_your_paperwork,late_our_capacity"));
        QCOMPARE(turnaround.at(1), QStringLiteral("2026-01,1,1,0,0,,0,0,0"));
        QCOMPARE(turnaround.at(2), QStringLiteral("2026-02,1,0,1,1,15,1,0,0"));
        QCOMPARE(turnaround.at(4), QStringLiteral("period,2,1,1,1,15,1,0,0"));
        const QString requests = b.requestsCsv();
        QVERIFY(requests.contains(QStringLiteral("BHM-1001")));
        QVERIFY(!requests.contains(QStringLiteral("BAR-77")));
        QVERIFY(!requests.contains(QStringLiteral("9434765919")));

        // Written into a folder named in full, with one audit entry; never a relative one.
        QTemporaryDir dir;
        const int audits = f.auditCount();
        QVERIFY(!b.write(s, QStringLiteral("statements")));
        QVERIFY(!b.write(s, dir.filePath(QStringLiteral("missing"))));
        QCOMPARE(f.auditCount(), audits);
        auto paths = b.write(s, dir.path());
        QVERIFY(ok(paths));
        QCOMPARE(paths.value().size(), 2);
        QCOMPARE(f.auditCount(), audits + 1);
        QFile written(paths.value().at(1));
        QVERIFY(written.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(written.readAll()), requests);
        QVERIFY(f.database
                    .scalar(QStringLiteral("SELECT after_json FROM audit_log WHERE action = "
                                           "'export' AND entity = 'host_requests'"))
                    .toString()
                    .contains(QStringLiteral("E08000025")));

        // The nurse may read the host caseload but not export children's details.
        Host nurse(f, UserRole::DesignatedNurse);
        auto seen =
            AuthorityStatement::read(nurse.service, QStringLiteral("E08000025"), QDate(2026, 1, 1),
                                     QDate(2026, 3, 1), f.context.today());
        QVERIFY(ok(seen));
        QTemporaryDir other2;
        QVERIFY(!seen.value().write(nurse.service, other2.path()));
        QVERIFY(QDir(other2.path()).isEmpty());
        // An authority not on the list, or months backwards, are said and nothing read.
        QVERIFY(!AuthorityStatement::read(s, QStringLiteral("X99"), QDate(2026, 1, 1),
                                          QDate(2026, 3, 1), f.context.today()));
        QVERIFY(!AuthorityStatement::read(s, QStringLiteral("E08000025"), QDate(2026, 3, 1),
                                          QDate(2026, 1, 1), f.context.today()));
    }

    void eachRoleMayDoOnlyItsPart()
    {
        WorkspaceFixture f;
        Host admin(f);
        auto kid = admin.service.addChild(child(QStringLiteral("BHM-2")));
        QVERIFY(ok(kid));
        Host nurse(f, UserRole::DesignatedNurse);
        QVERIFY(ok(nurse.service.log(f.context.today())));
        QVERIFY(!nurse.service.receive(request(kid.value(), QDate(2026, 3, 2))));
        Host viewer(f, UserRole::Viewer);
        QVERIFY(!viewer.service.log(f.context.today()));
        QVERIFY(!viewer.service.caseload(f.context.today()));
        QVERIFY(!viewer.service.children());
    }

    void badChildrenAreRefusedWithNothingWritten()
    {
        WorkspaceFixture f;
        Host host(f);
        HostChild unknown = child(QStringLiteral("X-1"), QStringLiteral("E99999999"));
        auto refused = host.service.addChild(unknown);
        QVERIFY(!refused);
        QCOMPARE(refused.failure().where, IncomingService::tr("Authority"));
        HostChild wrongNumber = child(QStringLiteral("X-2"));
        wrongNumber.nhsNumber = QStringLiteral("987 654 4321");
        QVERIFY(!host.service.addChild(wrongNumber));
        QVERIFY(ok(host.service.addChild(child(QStringLiteral("X-3")))));
        auto twice = host.service.addChild(child(QStringLiteral("X-3")));
        QVERIFY(!twice);
        QCOMPARE(twice.failure().where, IncomingService::tr("Their case ID"));
        QCOMPARE(f.database.scalar(QStringLiteral("SELECT count(*) FROM host_children")).toInt(),
                 1);
    }

    void aChildKnownBothWaysIsOneChild()
    {
        WorkspaceFixture f;
        // Our own child, in care since January, with an NHS number.
        const qint64 own =
            f.childInCare(QStringLiteral("N100"), QDate(2014, 5, 2), QDate(2026, 1, 12));
        f.database.exec(QStringLiteral("INSERT INTO nhs_numbers (child_id, nhs_number, "
                                       "valid_from, recorded_at) VALUES (?, '9434765919', "
                                       "'2014-05-02', '2026-01-12')"),
                        {own});
        f.childInCare(QStringLiteral("N101"), QDate(2012, 1, 1), QDate(2025, 6, 1));
        Host host(f);
        // Birmingham placed the same child here before our care began: linked by NHS number.
        HostChild before = child(QStringLiteral("BHM-77"));
        before.nhsNumber = QStringLiteral("943 476 5919");
        before.placedFrom = QDate(2025, 3, 1);
        auto id = host.service.addChild(before);
        QVERIFY(ok(id));
        QCOMPARE(host.service.children().value().first().ownChildId, own);
        QCOMPARE(host.service.children().value().first().nhsNumber, QStringLiteral("9434765919"));
        QVERIFY(ok(host.service.addChild(child(QStringLiteral("BHM-78")))));
        QVERIFY(
            ok(host.service.addChild(child(QStringLiteral("KNT-1"), QStringLiteral("E10000016")))));

        // In December the child was Birmingham's, placed here: three of theirs, one of ours.
        auto december = host.service.caseload(QDate(2025, 12, 1));
        QVERIFY(ok(december));
        QCOMPARE(december.value().ownChildren, 1);
        QCOMPARE(december.value().placedHere, 3);
        QCOMPARE(december.value().knownBothWays, 0);
        // Now the child is ours: counted once, as ours, never as Birmingham's as well.
        auto now = host.service.caseload(f.context.today());
        QVERIFY(ok(now));
        QCOMPARE(now.value().ownChildren, 2);
        QCOMPARE(now.value().placedHere, 2);
        QCOMPARE(now.value().knownBothWays, 1);
        QCOMPARE(now.value().total(), 4);
        QCOMPARE(now.value().lines.at(1).authority, QStringLiteral("Birmingham"));
        QCOMPARE(now.value().lines.at(1).placedHere, 1);
        QCOMPARE(now.value().lines.at(2).authority, QStringLiteral("Kent"));

        // The log says the child is ours too, and the pile opens our own record.
        auto r = host.service.receive(request(id.value(), QDate(2026, 3, 2)));
        QVERIFY(ok(r));
        auto log = host.service.log(f.context.today());
        QVERIFY(ok(log));
        QCOMPARE(log.value().first().ownCaseId, QStringLiteral("N100"));
        const IncomingWorklistPile pile(host.service,
                                        IncomingWorklistPile::Pile::WaitingOnRequester);
        auto rows = pile.rows(f.context.today());
        QVERIFY(ok(rows));
        QCOMPARE(rows.value().size(), 1);
        QCOMPARE(rows.value().first().childId, own);
        QCOMPARE(rows.value().first().location, QStringLiteral("Birmingham"));
        QCOMPARE(pile.count(f.context.today()).value(), 1);
    }

    void theListsPassTheModelTester()
    {
        WorkspaceFixture f;
        Host host(f);
        auto kid = host.service.addChild(child(QStringLiteral("BHM-5")));
        QVERIFY(ok(kid));
        IncomingRequest r = request(kid.value(), QDate(2026, 1, 5));
        r.complete = QDate(2026, 1, 5);
        r.requesterDue = QDate(2026, 2, 10);
        r.done = QDate(2026, 2, 16); // after their date and our 2 February: our capacity
        QVERIFY(ok(host.service.receive(r)));
        QVERIFY(ok(host.service.receive(request(kid.value(), QDate(2026, 3, 9)))));
        IncomingRequestListModel model(host.service.authorities());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRows(host.service.log(f.context.today()).value());
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, IncomingRequestListModel::AuthorityColumn).data().toString(),
                 QStringLiteral("Birmingham"));
        QCOMPARE(model.index(0, IncomingRequestListModel::DelayColumn).data().toString(),
                 QStringLiteral("Host area health"));
        QCOMPARE(model.index(1, IncomingRequestListModel::StageColumn).data().toString(),
                 IncomingService::stageText(IncomingStage::Requester));
        CaseloadSplitModel split;
        QAbstractItemModelTester splitTester(
            &split, QAbstractItemModelTester::FailureReportingMode::QtTest);
        split.setSplit(host.service.caseload(f.context.today()).value());
        QCOMPARE(split.rowCount(), 3); // ours, Birmingham, total
        QCOMPARE(split.index(2, CaseloadSplitModel::PlacedHereColumn).data().toInt(), 1);
    }
};

QTEST_MAIN(TestIncomingRequests)
#include "tst_incomingrequests.moc"
