// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Two copies of the program on one database file: the second save of the same record is
// refused with an explanation, and the first one's change stays; two saves on one child run one
// after the other (on a server: the child's row is locked when a save begins).
#include "WorkspaceFixture.h"

#include "data/SqlTransaction.h"

#include <latch>
#include <thread>

using namespace lac;
using namespace lac::test;

class TestConcurrentEdit : public QObject
{
    Q_OBJECT

    struct SecondCopy
    {
        explicit SecondCopy(const QString& path, const QString& login = QStringLiteral("colleague"))
            : db(Database::open(path).value())
            , audit(*db, UserContext{login, UserRole::HealthAdmin})
            , dueDates(*db, calendar, AssessmentPolicy{})
            , context{*db, audit, dueDates, AssessmentPolicy{}, QDate(2026, 3, 16)}
            , children(context)
            , assessments(context)
        {}
        std::unique_ptr<Database> db;
        WorkingDayCalendar calendar;
        AuditLog audit;
        DueDateService dueDates;
        CaseContext context;
        ChildCaseService children;
        AssessmentService assessments;
    };

    /// What a fresh recomputation would have to agree with: the child's assessments and its
    /// derived columns, as text.
    static QString schedule(WorkspaceFixture& f, qint64 child)
    {
        QString text;
        auto q = f.database.exec(
            QStringLiteral(
                "SELECT kind, status, due_date, request_due_date, location_at_due, "
                "CASE WHEN closed_at IS NULL THEN 'current' ELSE 'closed' END FROM assessments "
                "WHERE child_id = ? ORDER BY id"),
            {child});
        while (q.next())
            for (int i = 0; i < 6; ++i)
                text +=
                    q.value(i).toString() + (i == 5 ? QStringLiteral("\n") : QStringLiteral(" "));
        q = f.database.exec(QStringLiteral("SELECT in_care, current_location, next_due_kind, "
                                           "next_due_date FROM children WHERE id = ?"),
                            {child});
        if (q.next())
            for (int i = 0; i < 4; ++i)
                text += q.value(i).toString() + QLatin1Char(' ');
        return text;
    }

private Q_SLOTS:
    void secondChildSaveIsRefused()
    {
        WorkspaceFixture first;
        const qint64 id =
            first.childInCare(QStringLiteral("K1"), QDate(2014, 4, 4), QDate(2026, 2, 16));
        SecondCopy second(first.database.path());
        QVERIFY(first.database.db().connectionName() != second.db->connectionName());

        ChildRecord mine = first.children.child(id).value();
        ChildRecord theirs = second.children.child(id).value();
        QCOMPARE(mine.version, theirs.version);

        theirs.notes = QStringLiteral("Moved school in March");
        QVERIFY(ok(second.children.updateChild(theirs)));

        mine.notes = QStringLiteral("Carer prefers mornings");
        const int audits = first.auditCount();
        auto refused = first.children.updateChild(mine);
        QVERIFY(!refused);
        QVERIFY2(refused.failure().message.contains(QStringLiteral("changed by someone else")),
                 qPrintable(refused.failure().message));
        QVERIFY(refused.failure().message.contains(QStringLiteral("nothing was overwritten")));
        QCOMPARE(first.auditCount(), audits);
        QCOMPARE(first.children.child(id).value().notes, QStringLiteral("Moved school in March"));
        // The user's input is still theirs to retry with.
        QCOMPARE(mine.notes, QStringLiteral("Carer prefers mornings"));
    }

    void secondAssessmentSaveIsRefused()
    {
        WorkspaceFixture first;
        const qint64 id =
            first.childInCare(QStringLiteral("K2"), QDate(2014, 4, 4), QDate(2026, 2, 16));
        SecondCopy second(first.database.path());
        const AssessmentRecord opened = first.iha(id);
        QVERIFY(ok(
            second.assessments.recordRequestSent(opened.id, opened.version, QDate(2026, 2, 17))));
        auto refused =
            first.assessments.recordRequestSent(opened.id, opened.version, QDate(2026, 2, 18));
        QVERIFY(!refused);
        const AssessmentRecord stored = first.reload(opened);
        QCOMPARE(stored.requestedDate, QDate(2026, 2, 17));
        QCOMPARE(first.database
                     .scalar(QStringLiteral("SELECT user_login FROM audit_log WHERE entity = "
                                            "'assessments' ORDER BY id DESC LIMIT 1"))
                     .toString(),
                 QStringLiteral("colleague"));
    }

    void careChangeMakesAnOpenChildStale()
    {
        WorkspaceFixture first;
        const qint64 id =
            first.childInCare(QStringLiteral("K3"), QDate(2014, 4, 4), QDate(2026, 2, 16));
        SecondCopy second(first.database.path());
        ChildRecord mine = first.children.child(id).value();
        ChildCaseService::Placement move;
        move.date = QDate(2026, 3, 9);
        move.placementType = QStringLiteral("K2");
        move.location = QStringLiteral("IN");
        QVERIFY(ok(second.children.recordPlacementMove(id, mine.version, move)));
        auto refused = first.children.endCarePeriod(id, mine.version, QDate(2026, 3, 10), {});
        QVERIFY(!refused);
        QVERIFY(first.children.child(id).value().inCare);
    }

    void twoSavesOnOneChildRunOneAfterTheOther()
    {
        WorkspaceFixture first;
        const qint64 k3 =
            first.childInCare(QStringLiteral("K3"), QDate(2014, 4, 4), QDate(2026, 2, 16));
        const qint64 k4 =
            first.childInCare(QStringLiteral("K4"), QDate(2015, 5, 5), QDate(2026, 2, 16));
        SecondCopy second(first.database.path());
        const AssessmentRecord k3Iha = first.iha(k3);
        const AssessmentRecord k4Iha = first.iha(k4);
        // The colleague's save on K3 has begun and holds the child until it ends.
        auto held = std::make_unique<SqlTransaction>(*second.db, k3);
        QVERIFY(ok(held->begun()));
        // A save on K3 that writes only the assessment still waits, then says why.
        auto waited =
            first.assessments.recordRequestSent(k3Iha.id, k3Iha.version, QDate(2026, 2, 17));
        QVERIFY(!waited);
        QVERIFY2(waited.failure().message.contains(QStringLiteral("someone else")),
                 qPrintable(waited.failure().message));
        if (first.database.db().isServer()) // a lock on one child, not on the database
            QVERIFY(ok(
                first.assessments.recordRequestSent(k4Iha.id, k4Iha.version, QDate(2026, 2, 17))));
        held.reset(); // the colleague's save ends (rolled back)
        QVERIFY(
            ok(first.assessments.recordRequestSent(k3Iha.id, k3Iha.version, QDate(2026, 2, 17))));
    }

    /// Two PCs save on one child at the same moment: a nurse records the IHA as done (which
    /// starts the RHA clock) while an admin moves the child out of area (which changes where
    /// every open assessment is due). Each save writes a row the other's due-date
    /// recomputation needs (the assessment, the child): without the child's lock taken first,
    /// on a server one of the two could end in a deadlock, or recompute from the other's
    /// unfinished rows. Both must save, one after the other, and leave the due dates a fresh
    /// recomputation agrees with.
    void twoSimultaneousSavesLeaveCorrectDueDates()
    {
        WorkspaceFixture first;
        const QString location = first.database.path();
        for (int round = 0; round < 8; ++round) {
            const qint64 child = first.childInCare(QStringLiteral("R%1").arg(round),
                                                   QDate(2014, 4, 4), QDate(2026, 2, 16));
            AssessmentRecord a = first.readyToBook(child, QDate(2026, 2, 17), QDate(2026, 2, 18));
            const auto booked = first.assessments.book(
                a.id, a.version, first.booking(QDateTime(QDate(2026, 3, 12), QTime(10, 0))));
            QVERIFY(ok(booked));
            a = first.reload(a);
            const AppointmentRecord p = first.assessments.appointment(booked.value()).value();
            const AssessmentService::Outcome done{p.id,
                                                  p.version,
                                                  a.version,
                                                  QStringLiteral("attended"),
                                                  QDate(2026, 3, 12),
                                                  Clinician::Doctor,
                                                  {},
                                                  {},
                                                  {}};
            ChildCaseService::Placement move;
            move.date = QDate(2026, 3, 13);
            move.placementType = QStringLiteral("U6");
            move.location = QStringLiteral("OUT");
            move.hostAuthorityId = 2;
            const int childVersion = first.children.child(child).value().version;

            std::latch ready(2);
            QString nurseFailure, adminFailure;
            std::thread nurse([&] {
                SecondCopy copy(location, QStringLiteral("nurse"));
                ready.arrive_and_wait();
                if (auto r = copy.assessments.recordOutcome(done); !r)
                    nurseFailure = r.failure().text();
            });
            std::thread admin([&] {
                SecondCopy copy(location, QStringLiteral("admin"));
                ready.arrive_and_wait();
                if (auto r = copy.children.recordPlacementMove(child, childVersion, move); !r)
                    adminFailure = r.failure().text();
            });
            nurse.join();
            admin.join();
            QVERIFY2(nurseFailure.isEmpty(), qPrintable(nurseFailure));
            QVERIFY2(adminFailure.isEmpty(), qPrintable(adminFailure));

            const QString stored = schedule(first, child);
            // The IHA done on 12/03, due where the child was on its due date (out of area
            // from 13/03), the RHA a year after the IHA, and the child's next due that RHA.
            QCOMPARE(stored, QStringLiteral("IHA completed 2026-03-16 2026-02-23 OUT current\n"
                                            "RHA open 2027-03-12  OUT current\n"
                                            "1 OUT RHA 2027-03-12 "));
            QVERIFY(ok(first.dueDates.recompute({child}, first.context.today())));
            QCOMPARE(schedule(first, child), stored);
        }
    }
};

QTEST_GUILESS_MAIN(TestConcurrentEdit)
#include "tst_concurrentedit.moc"
