// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "WorkspaceFixture.h"

using namespace lac;
using namespace lac::test;

namespace {
// Today is Monday 16/03/2026. Care from 16/02/2026: IHA due 16/03/2026 (20 working days).
const QDate inTimeStart(2026, 2, 16);
// Care from 05/01/2026: IHA due 02/02/2026, long gone.
const QDate lateStart(2026, 1, 5);
const QDate dob(2019, 5, 1);
} // namespace

class TestAssessmentService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void bookAndCompleteInTime()
    {
        WorkspaceFixture f;
        const qint64 child = f.childInCare(QStringLiteral("C1"), dob, inTimeStart);
        AssessmentRecord a = f.iha(child);
        QCOMPARE(a.due, QDate(2026, 3, 16));
        QCOMPARE(a.status, AssessmentStatus::Open);
        const int audits = f.auditCount();

        QVERIFY(ok(f.assessments.recordRequestSent(a.id, a.version, QDate(2026, 2, 17))));
        a = f.reload(a);
        QCOMPARE(a.status, AssessmentStatus::Requested);
        QVERIFY(ok(f.assessments.acceptPaperwork(a.id, a.version, QDate(2026, 2, 18))));
        a = f.reload(a);
        QCOMPARE(a.paperworkStatus, PaperworkStatus::Complete);
        auto booked = f.assessments.book(a.id, a.version,
                                         f.booking(QDateTime(QDate(2026, 3, 12), QTime(10, 0))));
        QVERIFY(ok(booked));
        a = f.reload(a);
        QCOMPARE(a.status, AssessmentStatus::Booked);

        const AppointmentRecord p = f.assessments.appointment(booked.value()).value();
        AssessmentService::Outcome o{p.id,
                                     p.version,
                                     a.version,
                                     QStringLiteral("attended"),
                                     QDate(2026, 3, 12),
                                     Clinician::Doctor,
                                     {},
                                     {},
                                     {}};
        auto changes = f.assessments.recordOutcome(o);
        QVERIFY(ok(changes));
        a = f.reload(a);
        QCOMPARE(a.status, AssessmentStatus::Completed);
        QCOMPARE(a.completedDate, QDate(2026, 3, 12));
        QVERIFY(a.lateReasonCode.isEmpty());
        QCOMPARE(a.doctorReview, DoctorReview::NotNeeded);
        // The review clock starts: the child is 6, so the RHA is due a year later.
        QVERIFY2(
            changes.value().text().contains(QStringLiteral("RHA now expected, due 12/03/2027")),
            qPrintable(changes.value().text()));
        QCOMPARE(
            f.database
                .scalar(QStringLiteral("SELECT next_due_date FROM children WHERE id = ?"), {child})
                .toString(),
            QStringLiteral("2027-03-12"));
        // request, paperwork, booking, outcome (appointment + assessment): one entry each.
        QCOMPARE(f.auditCount(), audits + 5);
        QCOMPARE(f.database
                     .scalar(QStringLiteral("SELECT user_login FROM audit_log ORDER BY id "
                                            "DESC LIMIT 1"))
                     .toString(),
                 QStringLiteral("tester"));
    }

    void completedLateNeedsAReason()
    {
        WorkspaceFixture f;
        const qint64 child = f.childInCare(QStringLiteral("C2"), dob, lateStart);
        AssessmentRecord a = f.readyToBook(child, QDate(2026, 1, 20), QDate(2026, 2, 20));
        QCOMPARE(a.due, QDate(2026, 2, 2));
        auto booked = f.assessments.book(a.id, a.version,
                                         f.booking(QDateTime(QDate(2026, 3, 10), QTime(9, 30))));
        QVERIFY(ok(booked));
        a = f.reload(a);
        const AppointmentRecord p = f.assessments.appointment(booked.value()).value();
        QVERIFY(f.assessments.wouldBeLate(a, QDate(2026, 3, 10)));
        const int audits = f.auditCount();

        AssessmentService::Outcome o{p.id,
                                     p.version,
                                     a.version,
                                     QStringLiteral("attended"),
                                     QDate(2026, 3, 10),
                                     Clinician::Doctor,
                                     {},
                                     {},
                                     {}};
        auto refused = f.assessments.recordOutcome(o);
        QVERIFY(!refused);
        QVERIFY2(refused.failure().message.contains(QStringLiteral("late")),
                 qPrintable(refused.failure().message));
        QVERIFY(refused.failure().message.contains(QStringLiteral("02/02/2026")));
        // A plural: %n is the number of days late (02/02 to 10/03).
        QVERIFY2(refused.failure().message.contains(QStringLiteral("36 day(s) late")),
                 qPrintable(refused.failure().message));
        // Nothing was written.
        QCOMPARE(f.auditCount(), audits);
        QCOMPARE(f.reload(a).status, AssessmentStatus::Booked);
        QCOMPARE(f.assessments.appointment(p.id).value().outcome, QStringLiteral("booked"));

        o.lateReasonCode = QStringLiteral("no_such_reason");
        QVERIFY(!f.assessments.recordOutcome(o));

        o.lateReasonCode = QStringLiteral("paperwork");
        o.lateReasonNote = QStringLiteral("Part A came back on 20/02");
        QVERIFY(ok(f.assessments.recordOutcome(o)));
        a = f.reload(a);
        QCOMPARE(a.status, AssessmentStatus::Completed);
        QCOMPARE(a.lateReasonCode, QStringLiteral("paperwork"));
        QCOMPARE(a.lateReasonNote, QStringLiteral("Part A came back on 20/02"));
    }

    void setLateReasonAfterwards()
    {
        WorkspaceFixture f;
        const qint64 child = f.childInCare(QStringLiteral("C3"), dob, lateStart);
        AssessmentRecord a = f.iha(child);
        // Completed late by an import, without a reason.
        f.database.exec(QStringLiteral("UPDATE assessments SET completed_date = '2026-02-20', "
                                       "status = 'completed' WHERE id = ?"),
                        {a.id});
        a = f.reload(a);
        QVERIFY(!f.assessments.setLateReason(a.id, a.version, QString(), QString()));
        QVERIFY(ok(f.assessments.setLateReason(a.id, a.version, QStringLiteral("health_capacity"),
                                               QString())));
        QCOMPARE(f.reload(a).lateReasonCode, QStringLiteral("health_capacity"));
        // An assessment done in time has no late reason.
        const qint64 other = f.childInCare(QStringLiteral("C4"), dob, inTimeStart);
        AssessmentRecord b = f.iha(other);
        f.database.exec(QStringLiteral("UPDATE assessments SET completed_date = '2026-03-01', "
                                       "status = 'completed' WHERE id = ?"),
                        {b.id});
        b = f.reload(b);
        QVERIFY(!f.assessments.setLateReason(b.id, b.version, QStringLiteral("paperwork"), {}));
    }

    void rebookKeepsEveryAttempt()
    {
        WorkspaceFixture f;
        const qint64 child = f.childInCare(QStringLiteral("C5"), dob, inTimeStart);
        AssessmentRecord a = f.readyToBook(child, QDate(2026, 2, 17), QDate(2026, 2, 18));
        auto first = f.assessments.book(a.id, a.version,
                                        f.booking(QDateTime(QDate(2026, 3, 2), QTime(9, 0))));
        QVERIFY(ok(first));
        a = f.reload(a);
        // A second booking while the first has no outcome is refused.
        auto twice = f.assessments.book(a.id, a.version,
                                        f.booking(QDateTime(QDate(2026, 3, 9), QTime(9, 0))));
        QVERIFY(!twice);
        QVERIFY(twice.failure().message.contains(QStringLiteral("02/03/2026 09:00")));

        const AppointmentRecord p = f.assessments.appointment(first.value()).value();
        QVERIFY(ok(f.assessments.recordOutcome({p.id,
                                                p.version,
                                                a.version,
                                                QStringLiteral("was_not_brought"),
                                                QDate(2026, 3, 2),
                                                {},
                                                {},
                                                {},
                                                {}})));
        a = f.reload(a);
        QCOMPARE(a.status, AssessmentStatus::Requested);
        QVERIFY(!a.completedDate.isValid());
        QVERIFY(ok(f.assessments.book(a.id, a.version,
                                      f.booking(QDateTime(QDate(2026, 3, 9), QTime(14, 0))))));
        const auto attempts = f.assessments.appointments(a.id).value();
        QCOMPARE(attempts.size(), 2);
        QCOMPARE(attempts.at(0).outcome, QStringLiteral("was_not_brought"));
        QCOMPARE(attempts.at(1).outcome, QStringLiteral("booked"));
    }

    void moveIsNotACancellation()
    {
        WorkspaceFixture f;
        const qint64 child = f.childInCare(QStringLiteral("C9"), dob, inTimeStart);
        AssessmentRecord a = f.readyToBook(child, QDate(2026, 2, 17), QDate(2026, 2, 18));
        const auto first = f.assessments.book(
            a.id, a.version, f.booking(QDateTime(QDate(2026, 3, 12), QTime(10, 0))));
        QVERIFY(ok(first));
        a = f.reload(a);
        const AppointmentRecord old = f.assessments.appointment(first.value()).value();
        const int audits = f.auditCount();
        AssessmentService::Move move{a.id,
                                     a.version,
                                     old.id,
                                     old.version,
                                     f.booking(QDateTime(QDate(2026, 3, 13), QTime(14, 30))),
                                     QStringLiteral("  Carer asked: school trip ")};

        // Refused, and nothing written: no reason; no change; the outcome list's "moved".
        AssessmentService::Move noReason = move;
        noReason.reason = QStringLiteral("  ");
        auto refused = f.assessments.reschedule(noReason);
        QVERIFY(!refused);
        QCOMPARE(refused.failure().where, QStringLiteral("Why moved"));
        AssessmentService::Move same = move;
        same.booking = old;
        refused = f.assessments.reschedule(same);
        QVERIFY(!refused);
        QVERIFY(refused.failure().message.contains(QStringLiteral("nothing was changed")));
        auto viaOutcome = f.assessments.recordOutcome({old.id,
                                                       old.version,
                                                       a.version,
                                                       QStringLiteral("rescheduled"),
                                                       QDate(2026, 3, 12),
                                                       {},
                                                       {},
                                                       {},
                                                       {}});
        QVERIFY(!viaOutcome);
        QCOMPARE(f.auditCount(), audits);
        QCOMPARE(f.assessments.appointments(a.id).value().size(), 1);

        const auto moved = f.assessments.reschedule(move);
        QVERIFY(ok(moved));
        const auto attempts = f.assessments.appointments(a.id).value();
        QCOMPARE(attempts.size(), 2);
        QCOMPARE(attempts.at(0).outcome, QStringLiteral("rescheduled"));
        QCOMPARE(attempts.at(0).outcomeDate, QDate(2026, 3, 16));
        QCOMPARE(attempts.at(0).notes,
                 QStringLiteral("Moved to 13/03/2026 14:30: Carer asked: school trip"));
        QCOMPARE(attempts.at(1).outcome, QStringLiteral("booked"));
        QCOMPARE(attempts.at(1).id, moved.value());
        QCOMPARE(attempts.at(1).scheduledAt, QDateTime(QDate(2026, 3, 13), QTime(14, 30)));
        QCOMPARE(f.reload(a).status, AssessmentStatus::Booked);
        QCOMPARE(f.auditCount(), audits + 2);

        // The same move again, from a window opened before it, is refused.
        refused = f.assessments.reschedule(move);
        QVERIFY(!refused);
        QCOMPARE(f.assessments.appointments(a.id).value().size(), 2);
    }

    void nurseLedIhaNeedsDoctorReview()
    {
        WorkspaceFixture f;
        const qint64 child = f.childInCare(QStringLiteral("C6"), dob, inTimeStart);
        AssessmentRecord a = f.readyToBook(child, QDate(2026, 2, 17), QDate(2026, 2, 18));
        auto booked = f.assessments.book(a.id, a.version,
                                         f.booking(QDateTime(QDate(2026, 3, 3), QTime(9, 0))));
        a = f.reload(a);
        const AppointmentRecord p = f.assessments.appointment(booked.value()).value();
        QVERIFY(ok(f.assessments.recordOutcome({p.id,
                                                p.version,
                                                a.version,
                                                QStringLiteral("attended"),
                                                QDate(2026, 3, 3),
                                                Clinician::Nurse,
                                                {},
                                                {},
                                                {}})));
        a = f.reload(a);
        QCOMPARE(a.doctorReview, DoctorReview::Pending);
        // The health admin role cannot sign the review off; the designated nurse can.
        auto refused = f.assessments.recordDoctorReview(a.id, a.version);
        QVERIFY(!refused);
        QVERIFY(refused.failure().message.contains(QStringLiteral("health_admin")));
        AuditLog nurseAudit(f.database.db(),
                            UserContext{QStringLiteral("nurse"), UserRole::DesignatedNurse});
        CaseContext nurseContext{f.database.db(), nurseAudit, f.dueDates, AssessmentPolicy{},
                                 f.context.today()};
        QVERIFY(ok(AssessmentService(nurseContext).recordDoctorReview(a.id, a.version)));
        QCOMPARE(f.reload(a).doctorReview, DoctorReview::Done);

        QVERIFY(!f.assessments.recordReportReceived(a.id, f.reload(a).version, QDate(2026, 3, 2)));
        QVERIFY(
            ok(f.assessments.recordReportReceived(a.id, f.reload(a).version, QDate(2026, 3, 13))));
        QCOMPARE(f.reload(a).reportReceivedDate, QDate(2026, 3, 13));
    }

    void refusals_data()
    {
        QTest::addColumn<QString>("step");
        QTest::addColumn<QString>("complaint");
        QTest::newRow("request before care started") << "request-early"
                                                     << "cannot be sent before";
        QTest::newRow("request in the future") << "request-future"
                                               << "future";
        QTest::newRow("request twice") << "request-twice"
                                       << "only be recorded";
        QTest::newRow("paperwork before request") << "paperwork-first"
                                                  << "record the request";
        QTest::newRow("book before request") << "book-open"
                                             << "request was sent";
        QTest::newRow("book before paperwork") << "book-paperwork"
                                               << "paperwork";
        QTest::newRow("IHA by questionnaire") << "book-questionnaire"
                                              << "questionnaire";
        QTest::newRow("interpreter without language") << "book-interpreter"
                                                      << "language";
        QTest::newRow("no provider") << "book-provider"
                                     << "provider";
        QTest::newRow("no venue") << "book-venue"
                                  << "venue";
        QTest::newRow("completed before appointment") << "outcome-early"
                                                      << "before the appointment";
        QTest::newRow("completed by nobody") << "outcome-who"
                                             << "who did";
        QTest::newRow("outcome in the future") << "outcome-future"
                                               << "future";
        QTest::newRow("stale version") << "stale"
                                       << "changed by someone else";
    }
    void refusals()
    {
        QFETCH(QString, step);
        QFETCH(QString, complaint);
        WorkspaceFixture f;
        const qint64 child = f.childInCare(QStringLiteral("C7"), dob, inTimeStart);
        AssessmentRecord a = f.iha(child);
        const auto when = QDateTime(QDate(2026, 3, 12), QTime(10, 0));
        Status result;
        auto bookWith = [&](auto change) {
            a = f.readyToBook(child, QDate(2026, 2, 17), QDate(2026, 2, 18));
            AppointmentRecord b = f.booking(when);
            change(b);
            auto r = f.assessments.book(a.id, a.version, b);
            return r ? Status() : Status(r.failure());
        };
        auto outcomeWith = [&](QDate date, Clinician by) {
            a = f.readyToBook(child, QDate(2026, 2, 17), QDate(2026, 2, 18));
            auto id = f.assessments.book(a.id, a.version, f.booking(when)).value();
            a = f.reload(a);
            const auto p = f.assessments.appointment(id).value();
            auto r = f.assessments.recordOutcome(
                {p.id, p.version, a.version, QStringLiteral("attended"), date, by, {}, {}, {}});
            return r ? Status() : Status(r.failure());
        };
        if (step == QLatin1String("request-early"))
            result = f.assessments.recordRequestSent(a.id, a.version, QDate(2026, 2, 13));
        else if (step == QLatin1String("request-future"))
            result = f.assessments.recordRequestSent(a.id, a.version, QDate(2026, 3, 17));
        else if (step == QLatin1String("request-twice")) {
            QVERIFY(ok(f.assessments.recordRequestSent(a.id, a.version, QDate(2026, 2, 17))));
            a = f.reload(a);
            result = f.assessments.recordRequestSent(a.id, a.version, QDate(2026, 2, 18));
        } else if (step == QLatin1String("paperwork-first"))
            result = f.assessments.acceptPaperwork(a.id, a.version, QDate(2026, 2, 18));
        else if (step == QLatin1String("book-open")) {
            auto r = f.assessments.book(a.id, a.version, f.booking(when));
            result = r ? Status() : Status(r.failure());
        } else if (step == QLatin1String("book-paperwork")) {
            QVERIFY(ok(f.assessments.recordRequestSent(a.id, a.version, QDate(2026, 2, 17))));
            a = f.reload(a);
            auto r = f.assessments.book(a.id, a.version, f.booking(when));
            result = r ? Status() : Status(r.failure());
        } else if (step == QLatin1String("book-questionnaire"))
            result =
                bookWith([](AppointmentRecord& b) { b.mode = QStringLiteral("questionnaire"); });
        else if (step == QLatin1String("book-interpreter"))
            result = bookWith([](AppointmentRecord& b) { b.interpreterNeeded = true; });
        else if (step == QLatin1String("book-provider"))
            result = bookWith([](AppointmentRecord& b) { b.providerId = 0; });
        else if (step == QLatin1String("book-venue"))
            result = bookWith([](AppointmentRecord& b) { b.venue.clear(); });
        else if (step == QLatin1String("outcome-early"))
            result = outcomeWith(QDate(2026, 3, 11), Clinician::Doctor);
        else if (step == QLatin1String("outcome-who"))
            result = outcomeWith(QDate(2026, 3, 12), Clinician::None);
        else if (step == QLatin1String("outcome-future"))
            result = outcomeWith(QDate(2026, 3, 17), Clinician::Doctor);
        else if (step == QLatin1String("stale")) {
            QVERIFY(ok(f.assessments.recordRequestSent(a.id, a.version, QDate(2026, 2, 17))));
            result = f.assessments.acceptPaperwork(a.id, a.version, QDate(2026, 2, 18));
        }
        QVERIFY2(!result, qPrintable(step));
        QVERIFY2(result.failure().message.contains(complaint),
                 qPrintable(result.failure().message));
        QVERIFY(!result.failure().where.isEmpty());
    }

    void viewerCannotEdit()
    {
        WorkspaceFixture f(UserRole::Viewer);
        const qint64 child = f.childInCare(QStringLiteral("C8"), dob, inTimeStart);
        const AssessmentRecord a = f.iha(child);
        auto r = f.assessments.recordRequestSent(a.id, a.version, QDate(2026, 2, 17));
        QVERIFY(!r);
        QVERIFY(r.failure().message.contains(QStringLiteral("viewer")));
        QCOMPARE(f.reload(a).status, AssessmentStatus::Open);
    }
};

QTEST_GUILESS_MAIN(TestAssessmentService)
#include "tst_assessmentservice.moc"
