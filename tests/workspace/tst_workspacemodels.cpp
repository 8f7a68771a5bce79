// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Every admin-workspace item model under QAbstractItemModelTester, with small pages so that
// fetchMore, database sorting and filtering are all exercised.
#include "WorkspaceFixture.h"

#include "AppointmentListModel.h"
#include "AssessmentListModel.h"
#include "BacklogModel.h"
#include "ChaseListModel.h"
#include "NoteText.h"
#include "OutOfAreaLogModel.h"
#include "PaperworkLogModel.h"
#include "PlacementListModel.h"
#include "WorklistItemModel.h"
#include "WorklistSummaryModel.h"
#include "data/SettingsStore.h"
#include "services/AppServices.h"
#include "services/CaseListService.h"
#include "services/WorklistService.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

namespace {

/// A pile with two fixed rows, as a kind of record would add one.
class FixedPile : public lac::WorklistPile
{
public:
    QString key() const override { return QStringLiteral("letters"); }
    QString title() const override { return QStringLiteral("Letters to send"); }
    lac::Result<int> count(QDate) const override { return 2; }
    lac::Result<QList<lac::WorklistRow>> rows(QDate) const override
    {
        lac::WorklistRow a;
        a.childId = 1;
        a.caseId = QStringLiteral("A1");
        a.childName = QStringLiteral("Ann Lee");
        lac::WorklistRow z;
        z.childId = 2;
        z.caseId = QStringLiteral("Z2");
        z.childName = QStringLiteral("Zoe Hart");
        return QList<lac::WorklistRow>{a, z};
    }
};

} // namespace

using namespace lac;
using namespace lac::test;

class TestWorkspaceModels : public QObject
{
    Q_OBJECT

    std::unique_ptr<WorkspaceFixture> f;
    QList<qint64> children;

    template <typename Model>
    void exercisePaged(Model& model, int expectedTotal)
    {
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        // Qt 6.4's tester calls fetchMore() from inside its reset handler and then reports
        // the rows it caused as inserted during the reset (craft.md); we page explicitly.
        tester.setUseFetchMore(false);
        QSignalSpy totals(&model, &PagedTableModel::totalCountChanged);
        model.setPageSize(2);
        model.reload();
        QCOMPARE(model.totalCount(), expectedTotal);
        QCOMPARE(model.rowCount(), qMin(2, expectedTotal));
        model.fetchAll();
        QCOMPARE(model.rowCount(), expectedTotal);
        for (int c = 0; c < model.columnCount(); ++c) {
            model.sort(c, Qt::DescendingOrder);
            QVERIFY2(model.lastError().isEmpty(), qPrintable(model.lastError()));
            model.sort(c, Qt::AscendingOrder);
            QVERIFY2(model.lastError().isEmpty(), qPrintable(model.lastError()));
        }
        QVERIFY(totals.count() >= 2);
        for (int r = 0; r < model.rowCount(); ++r) {
            QVERIFY(model.index(r, 0).data(PagedTableModel::ChildIdRole).toLongLong() > 0);
            for (int c = 0; c < model.columnCount(); ++c)
                model.index(r, c).data(); // every cell formats
        }
    }

private Q_SLOTS:
    void init()
    {
        f = std::make_unique<WorkspaceFixture>();
        children.clear();
        // Five children with overdue IHAs, each requested with a paperwork issue; two out of
        // area with a request and a chase.
        for (int i = 0; i < 5; ++i) {
            const bool away = i >= 3;
            const qint64 id = f->childInCare(
                QStringLiteral("M%1").arg(i), QDate(2010 + i * 3, 1, 1),
                QDate(2026, 1, 5).addDays(i), away ? QStringLiteral("OUT") : QStringLiteral("IN"));
            children << id;
            AssessmentRecord a = f->iha(id);
            QVERIFY(ok(f->assessments.recordRequestSent(a.id, a.version, QDate(2026, 1, 20))));
            a = f->reload(a);
            PaperworkIssueRecord issue;
            issue.assessmentId = a.id;
            issue.problem = QStringLiteral("part_a_incomplete");
            issue.foundDate = QDate(2026, 1, 21 + i);
            QVERIFY(ok(f->paperwork.logIssue(a.version, issue)));
            if (away) {
                OutOfAreaRequestRecord o;
                o.assessmentId = a.id;
                o.hostAuthorityId = 1;
                o.providerId = 2;
                o.requestedDate = QDate(2026, 2, 1);
                o.statedWaitWeeks = 10;
                auto r = f->outOfArea.openRequest(o);
                QVERIFY(ok(r));
                QVERIFY(ok(f->outOfArea.addChase(r.value(), QDate(2026, 3, 1),
                                                 QStringLiteral("No slots"))));
            }
        }
    }

    void paperworkLogModel()
    {
        const CaseListService lists(f->database.db(), f->audit.user());
        const auto& repo = lists.paperworkLog();
        PaperworkLogModel model(repo);
        PaperworkLogQuery q;
        q.today = f->context.today();
        model.setQuery(q);
        exercisePaged(model, 5);
        model.setQuery(q); // oldest first
        QCOMPARE(model.rowAt(0).issue.foundDate, QDate(2026, 1, 21));
        QCOMPARE(model.index(0, PaperworkLogModel::DaysColumn).data().toInt(), 54);
        q.search = QStringLiteral("M3");
        model.setQuery(q);
        QCOMPARE(model.totalCount(), 1);
    }

    void outOfAreaLogModel()
    {
        const CaseListService lists(f->database.db(), f->audit.user());
        const auto& repo = lists.outOfAreaLog();
        OutOfAreaLogModel model(repo);
        OutOfAreaLogQuery q;
        q.today = f->context.today();
        model.setQuery(q);
        exercisePaged(model, 2);
        model.setQuery(q);
        QCOMPARE(model.index(0, OutOfAreaLogModel::ChasesColumn).data().toInt(), 1);
        QCOMPARE(model.index(0, OutOfAreaLogModel::HostColumn).data().toString(),
                 QStringLiteral("Northshire"));
        QCOMPARE(model.index(0, OutOfAreaLogModel::WaitedColumn)
                     .data(PagedTableModel::RawValueRole)
                     .toInt(),
                 43);
    }

    void worklistItemModel()
    {
        const CaseListService lists(f->database.db(), f->audit.user());
        const auto& repo = lists.worklist();
        WorklistItemModel model(repo, RagRating(0, 14));
        WorklistQuery q;
        q.today = f->context.today();
        q.category = WorklistCategory::OverdueIha;
        model.setQuery(q);
        exercisePaged(model, 5);
        model.setQuery(q);
        QCOMPARE(model.index(0, WorklistItemModel::DueColumn).data(Qt::BackgroundRole),
                 PagedTableModel::ragBrush(RagRating::Red, Qt::BackgroundRole));
        q.category = WorklistCategory::AwaitingPaperwork;
        model.setQuery(q);
        exercisePaged(model, 5);

        // A child in care since 02/03/2026 whose IHA request (due 09/03) was never sent: the
        // IHA is not due until 30/03, but the request is late and says so, in red.
        f->childInCare(QStringLiteral("M9"), QDate(2012, 1, 1), QDate(2026, 3, 2));
        q.category = WorklistCategory::IhaRequestsLate;
        model.setQuery(q);
        QCOMPARE(model.rowCount(), 1);
        const QModelIndex stage = model.index(0, WorklistItemModel::StatusColumn);
        QVERIFY2(stage.data().toString().contains(QStringLiteral("(request 7 days late)")),
                 qPrintable(stage.data().toString()));
        QCOMPARE(stage.data(Qt::BackgroundRole),
                 PagedTableModel::ragBrush(RagRating::Red, Qt::BackgroundRole));
        QCOMPARE(model.headerData(WorklistItemModel::SinceColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Request due"));
    }

    void backlogModel()
    {
        const CaseListService lists(f->database.db(), f->audit.user());
        const auto& repo = lists.backlog();
        BacklogModel model(repo);
        BacklogQuery q;
        q.today = f->context.today();
        model.setQuery(q);
        exercisePaged(model, 5);
        // Ticking clinical need asks (through a signal) rather than writing.
        QSignalSpy asked(&model, &BacklogModel::clinicalNeedRequested);
        const QModelIndex need = model.index(0, BacklogModel::ClinicalNeedColumn);
        QVERIFY(!(model.flags(need) & Qt::ItemIsUserCheckable));
        QVERIFY(!model.setData(need, Qt::Checked, Qt::CheckStateRole));
        model.setClinicalNeedEditable(true);
        QVERIFY(model.flags(need) & Qt::ItemIsUserCheckable);
        QVERIFY(!model.setData(need, Qt::Checked, Qt::CheckStateRole));
        QCOMPARE(asked.count(), 1);
        QCOMPARE(asked.first().at(2).toBool(), true);
    }

    void summaryModel()
    {
        const SettingsStore settings(f->database.db());
        const CaseListService lists(f->database.db(), f->audit.user());
        WorklistService service(f->database.db(), settings, f->audit.user(), lists.worklist());
        WorklistSummaryModel model(service);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.refresh(f->context.today());
        QCOMPARE(model.rowCount(), 9);
        QCOMPARE(model.count(WorklistCategory::OverdueIha), 5);
        QCOMPARE(model.count(WorklistCategory::IhaRequestsLate), 0); // all five were requested
        QCOMPARE(model.count(WorklistCategory::AwaitingPaperwork), 5);
        QCOMPARE(model.count(WorklistCategory::OutOfAreaWaiting), 2);
        QVERIFY(model.index(0).data().toString().contains(QStringLiteral("5")));
        QVERIFY(ok(service.setRagThresholds(3, 10)));
        QCOMPARE(service.ragRating().amberWithinDays(), 10);
        QVERIFY(!service.setRagThresholds(5, 2));

        // A kind of record's pile comes after the built-in piles, with its own rows.
        const FixedPile pile;
        const WorklistCategory added = service.addPile(pile);
        model.refresh(f->context.today());
        QCOMPARE(model.rowCount(), 10);
        QCOMPARE(model.count(added), 2);
        QCOMPARE(model.index(9).data().toString(), QStringLiteral("Letters to send: 2"));
        WorklistQuery q;
        q.category = added;
        q.today = f->context.today();
        QCOMPARE(service.rows().count(q).value(), 2);
        q.search = QStringLiteral("zoe");
        const auto rows = service.rows().page(q, 0, 10);
        QCOMPARE(rows->size(), 1);
        QCOMPARE(rows->at(0).caseId, QStringLiteral("Z2"));
        q.search.clear();
        q.sortKey = WorklistQuery::SortKey::Child;
        q.descending = true;
        QCOMPARE(service.rows().page(q, 0, 10)->at(0).childName, QStringLiteral("Zoe Hart"));
        // The built-in categories still come from the database.
        q.category = WorklistCategory::OverdueIha;
        QCOMPARE(service.rows().count(q).value(), 5);
    }

    void summaryModelCountsOnAWorker()
    {
        const SettingsStore settings(f->database.db());
        const CaseListService lists(f->database.db(), f->audit.user());
        WorklistService service(f->database.db(), settings, f->audit.user(), lists.worklist());
        const FixedPile letters;
        const WorklistCategory added =
            service.addPile(letters, [](AppServices& there) -> const WorklistPile& {
                return there.keep(std::make_unique<FixedPile>());
            });
        const QDate today = f->context.today();
        const auto here = service.counts(today);
        QVERIFY(here);

        WorklistSummaryModel model(service);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy ready(&model, &WorklistSummaryModel::countsReady);
        model.refreshInBackground(today);
        // Listed at once, each pile saying it is being counted.
        QVERIFY(model.counting());
        QCOMPARE(model.rowCount(), 10);
        QCOMPARE(model.count(WorklistCategory::OverdueIha), -1);
        QCOMPARE(model.index(0).data().toString(), QStringLiteral("Overdue IHAs: counting…"));
        QVERIFY(!model.index(0).data(WorklistSummaryModel::CountRole).isValid());
        QVERIFY(ready.wait(30000));
        QVERIFY2(model.lastError().isEmpty(), qPrintable(model.lastError()));
        QVERIFY(!model.counting());
        // The worker's numbers are the window's own, built-in categories and pile alike.
        for (const auto& [category, n] : here.value())
            QCOMPARE(model.count(category), n);
        QCOMPARE(model.count(WorklistCategory::OverdueIha), 5);
        QCOMPARE(model.count(added), 2);
        // The pile's rows came with the counts: its list reads them, not the pile here.
        WorklistQuery pileRows;
        pileRows.category = added;
        pileRows.today = today;
        QVERIFY(service.snapshotRows(added, today));
        QCOMPARE(service.snapshotRows(added, today)->size(), 2);
        QVERIFY(!service.snapshotRows(added, today.addDays(1)));             // only for their day
        QVERIFY(!service.snapshotRows(WorklistCategory::OverdueIha, today)); // SQL, not kept
        QCOMPARE(service.rows().count(pileRows).value(), 2);
        QCOMPARE(service.rows().page(pileRows, 0, 10)->at(1).caseId, QStringLiteral("Z2"));

        // A second count shows the last numbers until the new ones arrive; a count started
        // later wins over one still running.
        model.refreshInBackground(today);
        model.refreshInBackground(today);
        QCOMPARE(model.count(WorklistCategory::OverdueIha), 5);
        QVERIFY(ready.wait(30000));
        QTRY_VERIFY(!model.counting());
        QCOMPARE(model.count(added), 2);

        // A pile without a maker cannot be built elsewhere: everything is counted here.
        const FixedPile more;
        service.addPile(more);
        QVERIFY(!service.countsElsewhere(today));
        model.refreshInBackground(today);
        QVERIFY(!model.counting());
        QVERIFY(!service.snapshotRows(added, today)); // counted here, listed here
        QCOMPARE(model.rowCount(), 11);
        QCOMPARE(model.count(WorklistCategory::OverdueIha), 5);
    }

    void countingConnectionNeverWrites()
    {
        const SettingsStore settings(f->database.db());
        const CaseListService lists(f->database.db(), f->audit.user());
        WorklistService service(f->database.db(), settings, f->audit.user(), lists.worklist());
        const FixedPile letters;
        // A pile that tries to write while it is counted: the worker's connection refuses.
        service.addPile(letters, [](AppServices& there) -> const WorklistPile& {
            class WritingPile final : public FixedPile
            {
            public:
                explicit WritingPile(const AuditLog& audit)
                    : m_audit(audit)
                {}
                Result<QList<WorklistRow>> rows(QDate today) const override
                {
                    AuditEntry e;
                    e.action = QStringLiteral("report");
                    e.entity = QStringLiteral("worklist");
                    e.summary = QStringLiteral("should never be written");
                    if (auto s = m_audit.append(e); !s)
                        return s.failure();
                    return FixedPile::rows(today);
                }

            private:
                const AuditLog& m_audit;
            };
            return there.keep(std::make_unique<WritingPile>(there.auditLog()));
        });
        const qint64 entries =
            f->database.scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log")).toLongLong();
        const auto job = service.countsElsewhere(f->context.today());
        QVERIFY(job);
        const auto counts = job();
        QVERIFY(!counts);
        QVERIFY2(counts.failure().text().contains(QStringLiteral("never writes")),
                 qPrintable(counts.failure().text()));
        QCOMPARE(f->database.scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log")).toLongLong(),
                 entries);
    }

    void childRecordModels()
    {
        const qint64 child = children.first();
        AssessmentListModel assessments;
        QAbstractItemModelTester t1(&assessments,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
        assessments.setToday(f->context.today(), RagRating());
        assessments.setRows(f->assessments.forChild(child).value());
        QCOMPARE(assessments.rowCount(), 1);
        QCOMPARE(assessments.index(0, AssessmentListModel::PaperworkColumn).data().toString(),
                 QStringLiteral("Returned to social care"));

        PlacementListModel placements;
        QAbstractItemModelTester t2(&placements,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
        placements.setRows(f->children.placements(child).value());
        QCOMPARE(placements.index(0, PlacementListModel::ToColumn).data().toString(),
                 QStringLiteral("now"));

        AppointmentListModel appointments;
        QAbstractItemModelTester t3(&appointments,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
        AppointmentRecord p;
        p.scheduledAt = QDateTime(QDate(2026, 3, 20), QTime(9, 30));
        p.outcome = QStringLiteral("was_not_brought");
        p.outcomeDate = QDate(2026, 3, 20);
        appointments.setRows({p, p});
        QCOMPARE(appointments.index(0, AppointmentListModel::WhenColumn).data().toString(),
                 QStringLiteral("20/03/2026 09:30"));
        QVERIFY(appointments.index(0, AppointmentListModel::OutcomeColumn)
                    .data()
                    .toString()
                    .startsWith(QStringLiteral("Was not brought")));
        // A long note: its first line in the row, the whole of it (escaped) as the tooltip.
        p.notes =
            QStringLiteral("Carer <rang> to say the child was unwell.\n") + QString(5000, u'y');
        appointments.setRows({p});
        const QModelIndex notes = appointments.index(0, AppointmentListModel::NotesColumn);
        QCOMPARE(notes.data().toString(),
                 QStringLiteral("Carer <rang> to say the child was unwell.…"));
        QCOMPARE(notes.data(PagedTableModel::RawValueRole).toString(), p.notes);
        const QString tip = notes.data(Qt::ToolTipRole).toString();
        QVERIFY(tip.contains(QStringLiteral("&lt;rang&gt;")) && tip.contains(QString(5000, u'y')));
        QCOMPARE(noteSummary(QString(100, u'z'), 60).size(), 60);
        QCOMPARE(noteSummary(QStringLiteral("short")), QStringLiteral("short"));
        QCOMPARE(noteToolTip(QStringLiteral("  ")), QString());

        ChaseListModel chases;
        QAbstractItemModelTester t4(&chases,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
        chases.setRows({OutOfAreaChase{1, 1, QDate(2026, 3, 1), QStringLiteral("tester"),
                                       QStringLiteral("No slots")}});
        QCOMPARE(chases.index(0, 2).data().toString(), QStringLiteral("No slots"));
        chases.setRows({});
        QCOMPARE(chases.rowCount(), 0);
    }
};

QTEST_MAIN(TestWorkspaceModels)
#include "tst_workspacemodels.moc"
