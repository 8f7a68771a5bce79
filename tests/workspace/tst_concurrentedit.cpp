// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Two copies of the program on one database file: the second save of the same record is
// refused with an explanation, and the first one's change stays.
#include "WorkspaceFixture.h"

using namespace lac;
using namespace lac::test;

class TestConcurrentEdit : public QObject
{
    Q_OBJECT

    struct SecondCopy
    {
        explicit SecondCopy(const QString& path)
            : db(Database::open(path).value())
            , audit(*db, UserContext{QStringLiteral("colleague"), UserRole::HealthAdmin})
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
};

QTEST_GUILESS_MAIN(TestConcurrentEdit)
#include "tst_concurrentedit.moc"
