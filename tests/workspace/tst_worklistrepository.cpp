// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "WorkspaceFixture.h"

#include "data/BacklogRepository.h"
#include "data/OutOfAreaRepository.h"
#include "data/PaperworkIssueRepository.h"
#include "data/WorklistRepository.h"
#include "services/WorklistService.h"

using namespace lac;
using namespace lac::test;

class TestWorklistRepository : public QObject
{
    Q_OBJECT

    int count(WorkspaceFixture& f, WorklistCategory c)
    {
        WorklistQuery q;
        q.category = c;
        q.today = f.context.today();
        return WorklistRepository(f.database.db()).count(q).value();
    }

private Q_SLOTS:
    void countsAndListsEachPile()
    {
        WorkspaceFixture f; // today 16/03/2026
        // Overdue IHA (due 02/02/2026), waiting on paperwork since 20/01.
        const qint64 late =
            f.childInCare(QStringLiteral("W1"), QDate(2022, 1, 1), QDate(2026, 1, 5));
        AssessmentRecord a = f.iha(late);
        QVERIFY(ok(f.assessments.recordRequestSent(a.id, a.version, QDate(2026, 1, 19))));
        a = f.reload(a);
        PaperworkIssueRecord issue;
        issue.assessmentId = a.id;
        issue.problem = QStringLiteral("consent_missing");
        issue.foundDate = QDate(2026, 1, 20);
        QVERIFY(ok(f.paperwork.logIssue(a.version, issue)));
        // IHA due 16/03/2026 (today), booked for Wednesday this week.
        const qint64 soon =
            f.childInCare(QStringLiteral("W2"), QDate(2015, 1, 1), QDate(2026, 2, 16));
        AssessmentRecord b = f.readyToBook(soon, QDate(2026, 2, 17), QDate(2026, 2, 18));
        QVERIFY(ok(f.assessments.book(b.id, b.version,
                                      f.booking(QDateTime(QDate(2026, 3, 18), QTime(11, 0))))));
        // Out of area, due 01/04/2026 (within 30 days, not 14), waiting on the host.
        const qint64 away = f.childInCare(QStringLiteral("W3"), QDate(2012, 1, 1),
                                          QDate(2026, 3, 4), QStringLiteral("OUT"));
        OutOfAreaRequestRecord o;
        o.assessmentId = f.iha(away).id;
        o.hostAuthorityId = 1;
        o.requestedDate = QDate(2026, 3, 5);
        QVERIFY(ok(f.outOfArea.openRequest(o)));
        // Completed late with no reason (imported).
        const qint64 done =
            f.childInCare(QStringLiteral("W4"), QDate(2012, 1, 1), QDate(2025, 12, 1));
        f.database.exec(QStringLiteral("UPDATE assessments SET completed_date = '2026-01-30', "
                                       "status = 'completed' WHERE child_id = ?"),
                        {done});
        QVERIFY(ok(f.dueDates.recompute({done}, f.context.today())));
        // Overdue RHA: a review left from last year.
        const qint64 review =
            f.childInCare(QStringLiteral("W5"), QDate(2012, 1, 1), QDate(2024, 1, 8));
        f.database.exec(QStringLiteral("UPDATE assessments SET completed_date = '2024-02-01', "
                                       "status = 'completed', late_reason_code = 'unknown' WHERE "
                                       "child_id = ?"),
                        {review});
        QVERIFY(ok(f.dueDates.recompute({review}, f.context.today())));

        QCOMPARE(count(f, WorklistCategory::OverdueIha), 1);
        QCOMPARE(count(f, WorklistCategory::OverdueRha), 1);
        QCOMPARE(count(f, WorklistCategory::DueWithin14Days), 1);
        QCOMPARE(count(f, WorklistCategory::DueWithin30Days), 2);
        QCOMPARE(count(f, WorklistCategory::AwaitingPaperwork), 1);
        QCOMPARE(count(f, WorklistCategory::OutOfAreaWaiting), 1);
        QCOMPARE(count(f, WorklistCategory::BookingsNext7Days), 1);
        QCOMPARE(count(f, WorklistCategory::CompletedLateNoReason), 1);
        // W3 came into care on Wednesday 04/03: its IHA request was due on Wednesday 11/03
        // (5 working days) and has not been sent, although the IHA is not due until April.
        QCOMPARE(count(f, WorklistCategory::IhaRequestsLate), 1);
        {
            WorklistQuery unsent;
            unsent.today = f.context.today();
            unsent.category = WorklistCategory::IhaRequestsLate;
            const auto r = WorklistRepository(f.database.db()).page(unsent, 0, 10).value();
            QCOMPARE(r.first().caseId, QStringLiteral("W3"));
            QCOMPARE(r.first().requestDue, QDate(2026, 3, 11));
            QCOMPARE(r.first().since, QDate(2026, 3, 11));
        }

        WorklistQuery q;
        q.today = f.context.today();
        q.category = WorklistCategory::AwaitingPaperwork;
        auto rows = WorklistRepository(f.database.db()).page(q, 0, 50).value();
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().caseId, QStringLiteral("W1"));
        QCOMPARE(rows.first().since, QDate(2026, 1, 20));
        QCOMPARE(rows.first().detail, QStringLiteral("consent_missing"));
        q.category = WorklistCategory::BookingsNext7Days;
        rows = WorklistRepository(f.database.db()).page(q, 0, 50).value();
        QCOMPARE(rows.first().detail, QStringLiteral("11:00 Riverside Clinic"));
        // A booked assessment says when and with whom; the others have no booking.
        q.category = WorklistCategory::DueWithin14Days;
        rows = WorklistRepository(f.database.db()).page(q, 0, 50).value();
        QCOMPARE(rows.first().caseId, QStringLiteral("W2"));
        QCOMPARE(rows.first().bookedFor, QDateTime(QDate(2026, 3, 18), QTime(11, 0)));
        QCOMPARE(rows.first().bookedWith, QStringLiteral("Dr Patel · Riverside Clinic"));
        q.category = WorklistCategory::OverdueIha;
        rows = WorklistRepository(f.database.db()).page(q, 0, 50).value();
        QVERIFY(!rows.first().bookedFor.isValid());
        QVERIFY(rows.first().bookedWith.isEmpty());
        // "Next 7 days" from the Thursday before: the calendar week (9-15 March) would
        // have missed Wednesday 18th; from the 19th it has passed.
        q.category = WorklistCategory::BookingsNext7Days;
        q.today = QDate(2026, 3, 12);
        QCOMPARE(WorklistRepository(f.database.db()).count(q).value(), 1);
        q.today = QDate(2026, 3, 10);
        QCOMPARE(WorklistRepository(f.database.db()).count(q).value(), 0);
        q.today = QDate(2026, 3, 19);
        QCOMPARE(WorklistRepository(f.database.db()).count(q).value(), 0);
        q.today = f.context.today();
        q.category = WorklistCategory::DueWithin30Days;
        q.search = QStringLiteral("w3");
        QCOMPARE(WorklistRepository(f.database.db()).count(q).value(), 1);
    }

    void sortKeysAllRun()
    {
        WorkspaceFixture f;
        f.childInCare(QStringLiteral("S1"), QDate(2022, 1, 1), QDate(2026, 1, 5));
        f.childInCare(QStringLiteral("S2"), QDate(2010, 1, 1), QDate(2025, 12, 1));
        for (WorklistCategory c : allWorklistCategories()) {
            for (int k = 0; k <= int(WorklistQuery::SortKey::Since); ++k) {
                WorklistQuery q;
                q.category = c;
                q.today = f.context.today();
                q.sortKey = WorklistQuery::SortKey(k);
                q.descending = k % 2;
                QVERIFY2(ok(WorklistRepository(f.database.db()).page(q, 0, 10)),
                         qPrintable(worklistCategoryKey(c)));
            }
        }
        for (int k = 0; k <= int(BacklogQuery::SortKey::Location); ++k) {
            BacklogQuery q;
            q.today = f.context.today();
            q.sortKey = BacklogQuery::SortKey(k);
            QVERIFY(ok(BacklogRepository(f.database.db()).page(q, 0, 10)));
        }
        for (int k = 0; k <= int(PaperworkLogQuery::SortKey::DueDate); ++k) {
            PaperworkLogQuery q;
            q.sortKey = PaperworkLogQuery::SortKey(k);
            q.show = PaperworkLogQuery::Show::All;
            q.search = QStringLiteral("S");
            QVERIFY(ok(PaperworkIssueRepository(f.database.db()).page(q, 0, 10)));
        }
        for (int k = 0; k <= int(OutOfAreaLogQuery::SortKey::DueDate); ++k) {
            OutOfAreaLogQuery q;
            q.sortKey = OutOfAreaLogQuery::SortKey(k);
            q.search = QStringLiteral("S");
            QVERIFY(ok(OutOfAreaRepository(f.database.db()).page(q, 0, 10)));
        }
    }

    void backlogRanksYoungAndOldFirst()
    {
        WorkspaceFixture f; // today 16/03/2026; all IHAs due 02/02/2026
        const QDate start(2026, 1, 5);
        f.childInCare(QStringLiteral("B-10"), QDate(2016, 1, 1), start);
        const qint64 needy = f.childInCare(QStringLiteral("B-12-need"), QDate(2014, 1, 1), start);
        f.childInCare(QStringLiteral("B-3"), QDate(2023, 1, 1), start);
        f.childInCare(QStringLiteral("B-17"), QDate(2008, 6, 1), start);
        f.childInCare(QStringLiteral("B-notdue"), QDate(2016, 1, 1), QDate(2026, 3, 9));
        f.database.exec(QStringLiteral("UPDATE children SET clinical_need = 1 WHERE id = ?"),
                        {needy});
        BacklogQuery q;
        q.today = f.context.today();
        const BacklogRepository repo(f.database.db());
        QCOMPARE(repo.count(q).value(), 4);
        const auto rows = repo.page(q, 0, 10).value();
        QStringList order;
        for (const auto& r : rows)
            order << r.caseId;
        QCOMPARE(order, (QStringList{QStringLiteral("B-3"), QStringLiteral("B-17"),
                                     QStringLiteral("B-12-need"), QStringLiteral("B-10")}));
        QVERIFY(rows.first().assessmentId > 0);
        QCOMPARE(rows.first().kind, AssessmentKind::Initial);
    }
};

QTEST_GUILESS_MAIN(TestWorklistRepository)
#include "tst_worklistrepository.moc"
