// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The case lists read only for a role that may read case data. Every role may today, so a
// role the policy does not know stands in for one that may not: each list must refuse it
// without reading, and give the same rows as the repositories for a role that may.
#include "WorkspaceFixture.h"

#include "services/CaseListService.h"

using namespace lac;
using namespace lac::test;

class TestCaseListService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsForARoleThatMayRead()
    {
        WorkspaceFixture f(UserRole::Viewer);
        f.childInCare(QStringLiteral("M1"), QDate(2015, 1, 1), QDate(2026, 1, 5));
        const CaseListService lists(f.database.db(), f.audit.user());
        WorklistQuery w;
        w.today = f.context.today();
        w.category = WorklistCategory::OverdueIha;
        QVERIFY(ok(lists.worklist().count(w)));
        ChildListQuery c;
        c.today = f.context.today();
        auto children = lists.children().count(c);
        QVERIFY(ok(children));
        QCOMPARE(children.value(), 1);
        auto authorities = lists.authorities();
        QVERIFY(ok(authorities));
        QCOMPARE(authorities.value().size(), 2);
    }

    void refusesARoleThatMayNot()
    {
        WorkspaceFixture f;
        f.childInCare(QStringLiteral("M1"), QDate(2015, 1, 1), QDate(2026, 1, 5));
        const CaseListService lists(
            f.database.db(), UserContext{QStringLiteral("stranger"), static_cast<UserRole>(99)});
        const auto refused = [](const auto& result) {
            return !result && result.failure().text().contains(QLatin1String("does not allow"));
        };
        ChildListQuery c;
        c.today = f.context.today();
        QVERIFY(refused(lists.children().count(c)));
        QVERIFY(refused(lists.children().page(c, {}, 10)));
        QVERIFY(refused(lists.children().page(c, ChildListCursor{{QStringLiteral("M1")}, 1}, 10)));
        WorklistQuery w;
        w.today = f.context.today();
        QVERIFY(refused(lists.worklist().count(w)));
        QVERIFY(refused(lists.worklist().page(w, 0, 10)));
        BacklogQuery b;
        b.today = f.context.today();
        QVERIFY(refused(lists.backlog().page(b, 0, 10)));
        PaperworkLogQuery p;
        p.today = f.context.today();
        QVERIFY(refused(lists.paperworkLog().page(p, 0, 10)));
        OutOfAreaLogQuery o;
        o.today = f.context.today();
        QVERIFY(refused(lists.outOfAreaLog().count(o)));
        QVERIFY(refused(lists.lateReasons()));
        QVERIFY(refused(lists.providers()));
        QVERIFY(refused(lists.authorities()));
        QVERIFY(refused(lists.placementTypes()));
        QVERIFY(refused(lists.legalStatuses()));
    }
};

QTEST_GUILESS_MAIN(TestCaseListService)
#include "tst_caselistservice.moc"
