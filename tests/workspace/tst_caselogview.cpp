// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The two case logs (paperwork issues, out-of-area requests) driven through their widgets
// (offscreen): the toolbar each shows, the "which rows" filter and the escalated-only box,
// remembered between sessions, a double click opening the child, and the out-of-area log's
// chase, escalate and resolve steps.
#include "GuiFixture.h"
#include "support/TestSettings.h"

#include "BacklogModel.h"
#include "ChaseListModel.h"
#include "OutOfAreaLogModel.h"
#include "PaperworkLogModel.h"
#include "workspace/BacklogView.h"
#include "workspace/CaseTable.h"
#include "workspace/DateStepDialog.h"
#include "workspace/OutOfAreaLogView.h"
#include "workspace/PaperworkLogView.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QToolBar>

using namespace lac;
using namespace lac::test;

namespace {

void save(CaseDialog* d)
{
    QVERIFY(d);
    QVERIFY(d->isVisible());
    auto* buttons = d->findChild<QDialogButtonBox*>(QStringLiteral("buttons"));
    QTest::mouseClick(buttons->button(QDialogButtonBox::Save), Qt::LeftButton);
    QVERIFY2(!d->isVisible(), qPrintable(d->shownFailure()));
}

/// The toolbar from left to right: actions and check boxes by their text, other widgets by
/// their accessible name.
QStringList toolBarItems(CaseTable* table)
{
    QStringList items;
    for (QAction* a : table->toolBar()->actions()) {
        QWidget* w = table->toolBar()->widgetForAction(a);
        if (!a->text().isEmpty() || !w)
            items << a->text();
        else if (auto* box = qobject_cast<QCheckBox*>(w))
            items << box->text();
        else
            items << w->accessibleName();
    }
    return items;
}

void select(CaseTable* table, int row)
{
    table->table()->setCurrentIndex(table->model()->index(row, 0));
}

} // namespace

class TestCaseLogView : public QObject
{
    Q_OBJECT

    TestSettings m_settings{QStringLiteral("caselogview")};

    /// A child placed out of area with an out-of-area request made \a daysAgo days ago (by
    /// default O1 Owens, aged 10, five days ago, a stated wait of 12 weeks).
    static qint64 requestOutOfArea(GuiFixture& f, const QString& caseId = QStringLiteral("O1"),
                                   const QString& name = QStringLiteral("Owens"), int age = 10,
                                   int daysAgo = 5, int statedWaitWeeks = 12)
    {
        const qint64 child = f.child(caseId, name, age, QStringLiteral("OUT"));
        OutOfAreaRequestRecord o;
        o.assessmentId = f.services->assessments().forChild(child).value().first().id;
        o.hostAuthorityId = 1;
        o.providerId = 2;
        o.requestedDate = QDate::currentDate().addDays(-daysAgo);
        o.statedWaitWeeks = statedWaitWeeks;
        auto id = f.services->outOfArea().openRequest(o);
        if (!id)
            qFatal("%s", qPrintable(id.failure().text()));
        return child;
    }

    /// Whether \a columns of \a table are wholly in view without scrolling sideways.
    static bool inView(CaseTable* table, const QList<int>& columns, QString* why)
    {
        const QHeaderView* header = table->table()->horizontalHeader();
        const int width = table->table()->viewport()->width();
        for (int c : columns) {
            const int right = header->sectionViewportPosition(c) + header->sectionSize(c);
            if (header->isSectionHidden(c) || right > width) {
                *why = QStringLiteral("column %1 ends at %2 of %3")
                           .arg(table->model()->headerData(c, Qt::Horizontal).toString())
                           .arg(right)
                           .arg(width);
                return false;
            }
        }
        return true;
    }

private Q_SLOTS:
    void logsShowWhatMattersOnASmallScreen()
    {
        // A 1024x700 laptop: the log fills the main window's tab, about 1000 pixels wide.
        GuiFixture f;
        requestOutOfArea(f);
        const qint64 child =
            f.child(QStringLiteral("P9"), QStringLiteral("Featherstonehaugh-Cholmondeley"), 10);
        const auto a = f.services->assessments().forChild(child).value().first();
        QVERIFY(f.services->assessments().recordRequestSent(a.id, a.version,
                                                            QDate::currentDate().addDays(-4)));
        PaperworkIssueRecord issue;
        issue.assessmentId = a.id;
        issue.problem = QStringLiteral("placement_details_missing");
        issue.detail = QStringLiteral("The carer's address and telephone number are both missing");
        issue.foundDate = QDate::currentDate().addDays(-3);
        QVERIFY(f.services->paperwork().logIssue(a.version + 1, issue));

        PaperworkLogView paperwork(*f.work);
        OutOfAreaLogView outOfArea(*f.work);
        QString why;
        for (CaseLogView* log :
             {static_cast<CaseLogView*>(&paperwork), static_cast<CaseLogView*>(&outOfArea)}) {
            log->resize(1000, 600);
            log->show();
            QVERIFY(QTest::qWaitForWindowExposed(log));
            QVERIFY(log->table()->model()->rowCount() > 0);
        }
        QVERIFY2(inView(paperwork.table(),
                        {PaperworkLogModel::CaseIdColumn, PaperworkLogModel::ChildColumn,
                         PaperworkLogModel::DaysColumn, PaperworkLogModel::DueColumn},
                        &why),
                 qPrintable(why));
        QVERIFY2(inView(outOfArea.table(),
                        {OutOfAreaLogModel::CaseIdColumn, OutOfAreaLogModel::ChildColumn,
                         OutOfAreaLogModel::WaitedColumn, OutOfAreaLogModel::ChasesColumn},
                        &why),
                 qPrintable(why));
    }

    void outOfAreaChaseEscalateResolve()
    {
        GuiFixture f;
        const qint64 child = requestOutOfArea(f);
        auto log = std::make_unique<OutOfAreaLogView>(*f.work);
        // Nothing is read until the tab is first shown, a change saved meanwhile included.
        QCOMPARE(log->model()->rowCount(), 0);
        f.work->notifyChanged();
        QCOMPARE(log->model()->rowCount(), 0);
        log->show();
        QCOMPARE(toolBarItems(log->table()),
                 QStringList({QStringLiteral("Which requests"), QStringLiteral("Escalated only"),
                              QStringLiteral("&Chase…"), QStringLiteral("E&scalate…"),
                              QStringLiteral("&Resolved…"), QStringLiteral("Export CSV…")}));
        auto* show = log->findChild<QComboBox*>();
        auto* escalatedOnly = log->findChild<QCheckBox*>();
        QVERIFY(show && escalatedOnly);
        QCOMPARE(show->currentIndex(), 0);
        QCOMPARE(log->model()->rowCount(), 1);
        QCOMPARE(log->model()->rowAt(0).caseId, QStringLiteral("O1"));

        select(log->table(), 0);
        QCOMPARE(log->chases()->rowCount(), 0);
        log->chase();
        auto* chase = qobject_cast<DateStepDialog*>(log->lastDialog());
        QVERIFY(chase);
        chase->findChild<QLineEdit*>(QStringLiteral("note"))->setText(QStringLiteral("No reply"));
        save(chase);
        QCOMPARE(log->model()->rowAt(0).chaseCount, 1);
        select(log->table(), 0);
        QCOMPARE(log->chases()->rowCount(), 1);

        escalatedOnly->setChecked(true);
        QCOMPARE(log->model()->rowCount(), 0);
        escalatedOnly->setChecked(false);
        select(log->table(), 0);
        log->escalate();
        auto* escalation = qobject_cast<DateStepDialog*>(log->lastDialog());
        QVERIFY(escalation);
        // To whom is required: the refusal names the field, focuses it, and goes once typed in.
        auto* buttons = escalation->findChild<QDialogButtonBox*>(QStringLiteral("buttons"));
        QTest::mouseClick(buttons->button(QDialogButtonBox::Save), Qt::LeftButton);
        QVERIFY(escalation->isVisible());
        QVERIFY(escalation->shownFailure().startsWith(QStringLiteral("Escalated to:")));
        QLineEdit* to = nullptr;
        for (auto* field : escalation->findChildren<QLineEdit*>())
            if (field->accessibleName() == QLatin1String("Escalated to"))
                to = field;
        QVERIFY(to);
        QCOMPARE(escalation->focusWidget(), to);
        QTest::keyClicks(to, QStringLiteral("R. Shah, designated nurse"));
        QVERIFY(escalation->shownFailure().isEmpty());
        escalation->findChild<QLineEdit*>(QStringLiteral("note"))
            ->setText(QStringLiteral("Asked for a date before the end of the month"));
        save(escalation);
        escalatedOnly->setChecked(true);
        QCOMPARE(log->model()->rowCount(), 1);
        QVERIFY(log->model()->rowAt(0).request.escalated);
        const QModelIndex escalated = log->model()->index(0, OutOfAreaLogModel::EscalatedColumn);
        QVERIFY(
            escalated.data().toString().endsWith(QStringLiteral(", to R. Shah, designated nurse")));
        QVERIFY(escalated.data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("end of the month")));
        select(log->table(), 0);
        auto* shown = log->findChild<QLabel*>();
        for (auto* label : log->findChildren<QLabel*>())
            if (label->accessibleName() == QLatin1String("Escalation of the selected request"))
                shown = label;
        QVERIFY(shown && !shown->isHidden());
        QVERIFY(shown->text().contains(QStringLiteral("R. Shah, designated nurse: Asked for")));

        select(log->table(), 0);
        log->resolve();
        save(log->lastDialog());
        QCOMPARE(log->model()->rowCount(), 0);
        show->setCurrentIndex(1); // resolved
        QCOMPARE(log->model()->rowCount(), 1);
        QVERIFY(log->model()->rowAt(0).request.resolvedDate.isValid());

        // A double click opens the child.
        QVERIFY(!f.work->childWindow(child));
        Q_EMIT log->table()->rowActivated(0);
        QVERIFY(f.work->childWindow(child));

        // The filter and the box are remembered for the next session.
        log.reset();
        log = std::make_unique<OutOfAreaLogView>(*f.work);
        log->show();
        QCOMPARE(log->findChild<QComboBox*>()->currentIndex(), 1);
        QVERIFY(log->findChild<QCheckBox*>()->isChecked());
        QCOMPARE(log->model()->rowCount(), 1);
        log->findChild<QComboBox*>()->setCurrentIndex(0);
        log->findChild<QCheckBox*>()->setChecked(false);
    }

    void backlogIsReadWhenFirstShown()
    {
        GuiFixture f;
        f.child(QStringLiteral("B1"), QStringLiteral("Baker"), 60); // its IHA overdue
        BacklogView backlog(*f.work);
        QCOMPARE(backlog.model()->rowCount(), 0);
        f.work->notifyChanged();
        QCOMPARE(backlog.model()->rowCount(), 0);
        backlog.show();
        QCOMPARE(backlog.model()->rowCount(), 1);
        QCOMPARE(backlog.model()->rowAt(0).caseId, QStringLiteral("B1"));
    }

    void selectionStaysOnTheRequestAfterAChase()
    {
        GuiFixture f;
        requestOutOfArea(f);
        requestOutOfArea(f, QStringLiteral("O2"), QStringLiteral("Patel"), 8, 2, -1);
        auto log = std::make_unique<OutOfAreaLogView>(*f.work);
        log->show();
        QCOMPARE(log->model()->rowCount(), 2);
        select(log->table(), 1);
        const QVariant chosen = log->model()->index(1, 0).data(PagedTableModel::RecordIdRole);
        log->chase();
        auto* chase = qobject_cast<DateStepDialog*>(log->lastDialog());
        QVERIFY(chase);
        chase->findChild<QLineEdit*>(QStringLiteral("note"))->setText(QStringLiteral("No reply"));
        save(chase);
        const int row = log->table()->currentRow();
        QVERIFY(row >= 0);
        QCOMPARE(log->model()->index(row, 0).data(PagedTableModel::RecordIdRole), chosen);
        QCOMPARE(log->chases()->rowCount(), 1); // the chase just saved, not another child's
    }

    void paperworkLogToolbarFilterAndChild()
    {
        GuiFixture f;
        const qint64 child = f.child(QStringLiteral("P1"), QStringLiteral("Price"), 10);
        const auto a = f.services->assessments().forChild(child).value().first();
        QVERIFY(f.services->assessments().recordRequestSent(a.id, a.version,
                                                            QDate::currentDate().addDays(-4)));
        PaperworkIssueRecord issue;
        issue.assessmentId = a.id;
        issue.problem = QStringLiteral("consent_unsigned");
        issue.foundDate = QDate::currentDate().addDays(-3);
        QVERIFY(f.services->paperwork().logIssue(a.version + 1, issue));

        auto log = std::make_unique<PaperworkLogView>(*f.work);
        log->show();
        QCOMPARE(toolBarItems(log->table()),
                 QStringList({QStringLiteral("Which issues"), QStringLiteral("&Returned…"),
                              QStringLiteral("&Put right…"), QStringLiteral("&Edit…"),
                              QStringLiteral("Export CSV…")}));
        QCOMPARE(log->showFilter()->toolTip(),
                 QStringLiteral("Show open issues, those put right, or all"));
        QCOMPARE(log->model()->rowCount(), 1);
        log->showFilter()->setCurrentIndex(1); // put right
        QCOMPARE(log->model()->rowCount(), 0);
        log->showFilter()->setCurrentIndex(2); // all
        QCOMPARE(log->model()->rowCount(), 1);
        log->table()->searchBox()->setText(QStringLiteral("nobody"));
        Q_EMIT log->table()->searchChanged(QStringLiteral("nobody"));
        QCOMPARE(log->model()->rowCount(), 0);
        log->table()->searchBox()->setText(QStringLiteral("Price"));
        Q_EMIT log->table()->searchChanged(QStringLiteral("Price"));
        QCOMPARE(log->model()->rowCount(), 1);

        QVERIFY(!f.work->childWindow(child));
        Q_EMIT log->table()->rowActivated(0);
        QVERIFY(f.work->childWindow(child));

        // A change saved elsewhere reloads the log.
        auto row = log->model()->rowAt(0);
        QVERIFY(f.services->paperwork().markReturned(row.issue.id, row.issue.version,
                                                     QDate::currentDate()));
        QVERIFY(!log->model()->rowAt(0).issue.returnedDate.isValid());
        f.work->notifyChanged();
        QCOMPARE(log->model()->rowAt(0).issue.returnedDate, QDate::currentDate());

        log.reset();
        log = std::make_unique<PaperworkLogView>(*f.work);
        QCOMPARE(log->showFilter()->currentIndex(), 2);
        log->showFilter()->setCurrentIndex(0);
    }
};

QTEST_MAIN(TestCaseLogView)
#include "tst_caselogview.moc"
