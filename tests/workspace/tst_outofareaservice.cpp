// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "WorkspaceFixture.h"

using namespace lac;
using namespace lac::test;

class TestOutOfAreaService : public QObject
{
    Q_OBJECT

    static OutOfAreaRequestRecord requestFor(const AssessmentRecord& a)
    {
        OutOfAreaRequestRecord o;
        o.assessmentId = a.id;
        o.hostAuthorityId = 1;
        o.providerId = 2;
        o.requestedDate = QDate(2026, 2, 20);
        o.statedWaitWeeks = 12;
        return o;
    }

    /// An IHA of child \a caseId, placed out of area, with an open out-of-area request and
    /// booked for 12/03/2026 10:00; what the outcome tests start from.
    struct BookedWithRequest
    {
        AssessmentRecord assessment;
        qint64 requestId = 0;
        AppointmentRecord appointment;
    };
    static BookedWithRequest bookedWithRequest(WorkspaceFixture& f, const QString& caseId)
    {
        const qint64 child =
            f.childInCare(caseId, QDate(2012, 1, 1), QDate(2026, 2, 16), QStringLiteral("OUT"));
        AssessmentRecord a = f.readyToBook(child, QDate(2026, 2, 17), QDate(2026, 2, 18));
        auto id = f.outOfArea.openRequest(requestFor(a));
        if (!id)
            qFatal("%s", qPrintable(id.failure().text()));
        a = f.reload(a);
        auto booked = f.assessments.book(a.id, a.version,
                                         f.booking(QDateTime(QDate(2026, 3, 12), QTime(10, 0))));
        if (!booked)
            qFatal("%s", qPrintable(booked.failure().text()));
        return {f.reload(a), id.value(), f.assessments.appointment(booked.value()).value()};
    }

    /// Records \a outcome on 12/03/2026 for the appointment of \a b.
    static Result<DueDateChanges> recordOutcome(WorkspaceFixture& f, const BookedWithRequest& b,
                                                const QString& outcome,
                                                Clinician completedBy = Clinician::None)
    {
        return f.assessments.recordOutcome({b.appointment.id,
                                            b.appointment.version,
                                            b.assessment.version,
                                            outcome,
                                            QDate(2026, 3, 12),
                                            completedBy,
                                            {},
                                            {},
                                            {}});
    }

private Q_SLOTS:
    void requestChaseEscalateResolve()
    {
        WorkspaceFixture f;
        const qint64 child = f.childInCare(QStringLiteral("O1"), QDate(2012, 1, 1),
                                           QDate(2026, 2, 16), QStringLiteral("OUT"));
        const AssessmentRecord a = f.iha(child);
        auto id = f.outOfArea.openRequest(requestFor(a));
        QVERIFY(ok(id));
        // One open request per assessment.
        auto twice = f.outOfArea.openRequest(requestFor(a));
        QVERIFY(!twice);
        QVERIFY(twice.failure().message.contains(QStringLiteral("already")));

        QVERIFY(!f.outOfArea.addChase(id.value(), QDate(2026, 2, 19), QStringLiteral("x")));
        QVERIFY(!f.outOfArea.addChase(id.value(), QDate(2026, 3, 17), QStringLiteral("x")));
        QVERIFY(!f.outOfArea.addChase(id.value(), QDate(2026, 3, 2), QStringLiteral("  ")));
        QVERIFY(ok(f.outOfArea.addChase(id.value(), QDate(2026, 3, 2),
                                        QStringLiteral("No clinic until April"))));
        QVERIFY(
            ok(f.outOfArea.addChase(id.value(), QDate(2026, 3, 9), QStringLiteral("No reply"))));
        const auto chases = f.outOfArea.chases(id.value()).value();
        QCOMPARE(chases.size(), 2);
        QCOMPARE(chases.first().chasedBy, QStringLiteral("tester"));
        QCOMPARE(chases.first().response, QStringLiteral("No clinic until April"));

        auto o = f.outOfArea.request(id.value()).value();
        const QString head = QStringLiteral("J. Okafor, head of LAC health, Northshire ICB");
        QVERIFY(!f.outOfArea.escalate(o.id, o.version, QDate(), head, {}));
        const Status toNobody =
            f.outOfArea.escalate(o.id, o.version, QDate(2026, 3, 10), QStringLiteral(" "), {});
        QVERIFY(!toNobody);
        QCOMPARE(toNobody.failure().where, QStringLiteral("Escalated to"));
        QVERIFY(ok(f.outOfArea.escalate(o.id, o.version, QDate(2026, 3, 10), head,
                                        QStringLiteral("Asked for a date within 2 weeks"))));
        o = f.outOfArea.request(id.value()).value();
        QVERIFY(o.escalated);
        QCOMPARE(o.escalatedDate, QDate(2026, 3, 10));
        QCOMPARE(o.escalatedTo, head);
        QCOMPARE(o.escalationNote, QStringLiteral("Asked for a date within 2 weeks"));
        QVERIFY(f.database
                    .scalar(QStringLiteral("SELECT summary FROM audit_log ORDER BY id DESC "
                                           "LIMIT 1"))
                    .toString()
                    .contains(head));
        QVERIFY(!f.outOfArea.resolve(o.id, o.version, QDate(2026, 2, 1)));
        QVERIFY(ok(f.outOfArea.resolve(o.id, o.version, QDate(2026, 3, 13))));
        QVERIFY(!f.outOfArea.addChase(id.value(), QDate(2026, 3, 14), QStringLiteral("x")));
        QVERIFY(!f.outOfArea.request(id.value()).value().isOpen());
        o = f.outOfArea.request(id.value()).value();
        const Status escalateResolved =
            f.outOfArea.escalate(o.id, o.version, QDate(2026, 3, 13), head, {});
        QVERIFY(!escalateResolved);
        QCOMPARE(escalateResolved.failure().message,
                 QStringLiteral("this request was resolved on 13/03/2026"));
        QCOMPARE(escalateResolved.failure().where, QStringLiteral("Escalated on"));
        const Status resolveTwice = f.outOfArea.resolve(o.id, o.version, QDate(2026, 3, 14));
        QVERIFY(!resolveTwice);
        QCOMPARE(resolveTwice.failure().message,
                 QStringLiteral("this request was already resolved on 13/03/2026"));
        QCOMPARE(resolveTwice.failure().where, QStringLiteral("Resolved on"));
        QVERIFY(!f.outOfArea.resolve(12345, 1, QDate(2026, 3, 14)));
        QCOMPARE(f.database
                     .scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE entity "
                                            "IN ('ooa_requests', 'ooa_chases')"))
                     .toInt(),
                 5);
    }

    void completingTheAssessmentResolvesTheRequest()
    {
        // The worked example: an IHA completed for a child with an open out-of-area request
        // settles the request on the day it was done, so the child leaves "waiting".
        WorkspaceFixture f;
        const BookedWithRequest b = bookedWithRequest(f, QStringLiteral("O2"));
        const auto waiting = [&f] {
            return f.database
                .scalar(QStringLiteral("SELECT count(*) FROM ooa_requests WHERE resolved_date "
                                       "IS NULL AND closed_at IS NULL"))
                .toInt();
        };
        QCOMPARE(waiting(), 1);
        const int audits = f.auditCount();
        QVERIFY(ok(recordOutcome(f, b, QStringLiteral("attended"), Clinician::Doctor)));
        const OutOfAreaRequestRecord o = f.outOfArea.request(b.requestId).value();
        QVERIFY(!o.isOpen());
        QCOMPARE(o.resolvedDate, QDate(2026, 3, 12));
        QCOMPARE(waiting(), 0);
        // appointment, assessment and the request's resolution: one entry each.
        QCOMPARE(f.auditCount(), audits + 3);
        QVERIFY(f.database
                    .scalar(QStringLiteral("SELECT summary FROM audit_log WHERE entity = "
                                           "'ooa_requests' ORDER BY id DESC LIMIT 1"))
                    .toString()
                    .contains(QStringLiteral("resolved on 12/03/2026")));
    }

    void anOutcomeThatIsNotCompletionLeavesTheRequestOpen()
    {
        WorkspaceFixture f;
        const BookedWithRequest b = bookedWithRequest(f, QStringLiteral("O3"));
        QVERIFY(ok(recordOutcome(f, b, QStringLiteral("was_not_brought"))));
        QVERIFY(f.outOfArea.request(b.requestId).value().isOpen());
    }

    void leavingCareBeforeTheIhaResolvesTheRequest()
    {
        // The IHA becomes "not required" when the child goes home before it is due: the
        // request has nothing left to wait for and is resolved on the day it was settled.
        WorkspaceFixture f;
        const qint64 child = f.childInCare(QStringLiteral("O4"), QDate(2012, 1, 1),
                                           QDate(2026, 3, 2), QStringLiteral("OUT"));
        const AssessmentRecord a = f.iha(child);
        OutOfAreaRequestRecord r = requestFor(a);
        r.requestedDate = QDate(2026, 3, 3);
        auto id = f.outOfArea.openRequest(r);
        QVERIFY(ok(id));
        const ChildRecord c = f.children.child(child).value();
        QVERIFY(ok(f.children.endCarePeriod(child, c.version, QDate(2026, 3, 13),
                                            QStringLiteral("Returned home"))));
        QCOMPARE(f.reload(a).status, AssessmentStatus::NotRequired);
        const OutOfAreaRequestRecord o = f.outOfArea.request(id.value()).value();
        QCOMPARE(o.resolvedDate, QDate(2026, 3, 16)); // the fixture's today
    }

    void inAreaChildIsRefused()
    {
        WorkspaceFixture f;
        const qint64 child =
            f.childInCare(QStringLiteral("O2"), QDate(2012, 1, 1), QDate(2026, 2, 16));
        auto r = f.outOfArea.openRequest(requestFor(f.iha(child)));
        QVERIFY(!r);
        QVERIFY(r.failure().message.contains(QStringLiteral("in area")));
    }

    void validation_data()
    {
        QTest::addColumn<qint64>("authority");
        QTest::addColumn<qint64>("provider");
        QTest::addColumn<QDate>("requested");
        QTest::addColumn<int>("wait");
        QTest::addColumn<QString>("complaint");
        QTest::newRow("no host") << qint64(0) << qint64(2) << QDate(2026, 2, 20) << 4 << "host";
        QTest::newRow("unknown host")
            << qint64(9) << qint64(2) << QDate(2026, 2, 20) << 4 << "from the list";
        QTest::newRow("unknown provider")
            << qint64(1) << qint64(9) << QDate(2026, 2, 20) << 4 << "provider";
        QTest::newRow("future") << qint64(1) << qint64(2) << QDate(2026, 4, 1) << 4 << "future";
        QTest::newRow("absurd wait")
            << qint64(1) << qint64(2) << QDate(2026, 2, 20) << 200 << "typing error";
    }
    void validation()
    {
        QFETCH(qint64, authority);
        QFETCH(qint64, provider);
        QFETCH(QDate, requested);
        QFETCH(int, wait);
        QFETCH(QString, complaint);
        WorkspaceFixture f;
        const qint64 child = f.childInCare(QStringLiteral("O3"), QDate(2012, 1, 1),
                                           QDate(2026, 2, 16), QStringLiteral("OUT"));
        OutOfAreaRequestRecord o = requestFor(f.iha(child));
        o.hostAuthorityId = authority;
        o.providerId = provider;
        o.requestedDate = requested;
        o.statedWaitWeeks = wait;
        auto r = f.outOfArea.openRequest(o);
        QVERIFY(!r);
        QVERIFY2(r.failure().message.contains(complaint), qPrintable(r.failure().message));
        QCOMPARE(f.database.scalar(QStringLiteral("SELECT count(*) FROM ooa_requests")).toInt(), 0);
    }
};

QTEST_GUILESS_MAIN(TestOutOfAreaService)
#include "tst_outofareaservice.moc"
