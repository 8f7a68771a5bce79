// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PaperworkLogView.h"

#include "CaseTable.h"
#include "CaseWork.h"
#include "DateStepDialog.h"
#include "PaperworkIssueDialog.h"
#include "PaperworkLogModel.h"
#include "data/PaperworkIssueRepository.h"
#include "domain/CodeList.h"
#include "services/AppServices.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace lac {

PaperworkLogView::PaperworkLogView(CaseWork& work, QWidget* parent)
    : QWidget(parent)
    , m_work(work)
    , m_repository(std::make_unique<PaperworkIssueRepository>(work.services().database()))
{
    m_model = new PaperworkLogModel(*m_repository, this);
    m_table = new CaseTable(m_model, work.exporter(), tr("paperwork log"),
                            QStringLiteral("paperwork-log"), this);
    m_show = new QComboBox(this);
    m_show->addItem(tr("Open issues"), int(PaperworkLogQuery::Show::Open));
    m_show->addItem(tr("Put right"), int(PaperworkLogQuery::Show::Closed));
    m_show->addItem(tr("All issues"), int(PaperworkLogQuery::Show::All));
    m_show->setAccessibleName(tr("Which issues"));
    m_show->setToolTip(tr("Show open issues, those put right, or all"));
    m_show->setCurrentIndex(QSettings().value(QStringLiteral("paperwork-log/show"), 0).toInt());

    QToolBar* bar = m_table->toolBar();
    bar->insertWidget(bar->actions().value(0), m_show);
    auto add = [this, bar](const QString& text, const QKeySequence& key, const QString& tip,
                           void (PaperworkLogView::*slot)()) {
        auto* a = new QAction(text, this);
        a->setShortcut(key);
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        a->setToolTip(tip);
        connect(a, &QAction::triggered, this, slot);
        addAction(a);
        bar->insertAction(bar->actions().last(), a);
    };
    add(tr("&Returned…"), QKeySequence(Qt::CTRL | Qt::Key_R),
        tr("Record the day the paperwork went back to social care (Ctrl+R)"),
        &PaperworkLogView::markReturned);
    add(tr("&Put right…"), QKeySequence(Qt::CTRL | Qt::Key_D),
        tr("Record that the paperwork came back right; the request moves on (Ctrl+D)"),
        &PaperworkLogView::putRight);
    add(tr("&Edit…"), QKeySequence(Qt::CTRL | Qt::Key_E), tr("Edit the issue (Ctrl+E)"),
        &PaperworkLogView::edit);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Requests held because the paperwork is wrong. Health books "
                                    "nothing until all the paperwork is right."),
                                 this));
    layout->addWidget(m_table, 1);
    connect(m_show, &QComboBox::currentIndexChanged, this, &PaperworkLogView::applyFilter);
    connect(m_table, &CaseTable::searchChanged, this, &PaperworkLogView::applyFilter);
    connect(m_table, &CaseTable::rowActivated, this,
            [this](int row) { m_work.openChild(m_model->rowAt(row).issue.childId, this); });
    connect(m_table, &CaseTable::countChanged, &work, &CaseWork::statusMessage);
    connect(&work, &CaseWork::changed, this, &PaperworkLogView::refresh);
    applyFilter();
}

PaperworkLogView::~PaperworkLogView()
{
    QSettings().setValue(QStringLiteral("paperwork-log/show"), m_show->currentIndex());
}

void PaperworkLogView::applyFilter()
{
    PaperworkLogQuery q = m_model->query();
    q.show = PaperworkLogQuery::Show(m_show->currentData().toInt());
    q.search = m_table->searchBox()->text().trimmed();
    q.today = m_work.services().caseContext().today();
    m_model->setQuery(q);
    m_table->table()->resizeColumnsToContents();
}

void PaperworkLogView::refresh()
{
    m_model->reload();
}

int PaperworkLogView::selectedRow() const
{
    return m_table->currentRow();
}

void PaperworkLogView::markReturned()
{
    const int row = selectedRow();
    if (row < 0)
        return;
    const PaperworkLogRow r = m_model->rowAt(row);
    auto* d = new DateStepDialog(
        tr("Returned to social care"),
        tr("%1 (%2): %3")
            .arg(r.childName, r.caseId,
                 CodeList::label(CodeList::paperworkProblems(), r.issue.problem)),
        m_work.services().caseContext().today(), QString(), this);
    d->setSubmit([this, d, r] {
        Status s =
            m_work.services().paperwork().markReturned(r.issue.id, r.issue.version, d->date());
        if (s)
            m_work.notifyChanged();
        return s;
    });
    d->setAttribute(Qt::WA_DeleteOnClose);
    m_lastDialog = d;
    d->open();
}

void PaperworkLogView::putRight()
{
    const int row = selectedRow();
    if (row < 0)
        return;
    const PaperworkLogRow r = m_model->rowAt(row);
    auto* d = new DateStepDialog(
        tr("Put right on"),
        tr("%1 (%2): %3 came back right. If it was the last open issue "
           "the %4 request moves on to booking.")
            .arg(r.childName, r.caseId,
                 CodeList::label(CodeList::paperworkProblems(), r.issue.problem), r.kind),
        m_work.services().caseContext().today(), QString(), this);
    d->setSubmit([this, d, r] {
        auto moved = m_work.services().paperwork().putRight(r.issue.id, r.issue.version, d->date());
        if (!moved)
            return Status(moved.failure());
        Q_EMIT m_work.statusMessage(
            moved.value() ? tr("Paperwork complete: the %1 for %2 can now be booked.")
                                .arg(r.kind, r.childName)
                          : tr("Issue put right; other issues for this request are still open."));
        m_work.notifyChanged();
        return Status();
    });
    d->setAttribute(Qt::WA_DeleteOnClose);
    m_lastDialog = d;
    d->open();
}

void PaperworkLogView::edit()
{
    const int row = selectedRow();
    if (row < 0)
        return;
    const PaperworkLogRow r = m_model->rowAt(row);
    auto* d = new PaperworkIssueDialog(tr("%1 for %2 (%3)").arg(r.kind, r.childName, r.caseId),
                                       r.issue, m_work.services().caseContext().today(), this);
    d->setSubmit([this, d] {
        auto moved = m_work.services().paperwork().updateIssue(d->issue());
        if (!moved)
            return Status(moved.failure());
        m_work.notifyChanged();
        return Status();
    });
    d->setAttribute(Qt::WA_DeleteOnClose);
    m_lastDialog = d;
    d->open();
}

} // namespace lac
