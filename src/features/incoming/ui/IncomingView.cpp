// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "incoming/ui/IncomingView.h"

#include "PagedTableModel.h"
#include "RecordTableLook.h"
#include "common/DisplayDate.h"
#include "common/LatestRead.h"
#include "domain/CodeList.h"
#include "incoming/core/IncomingService.h"
#include "incoming/models/IncomingRequestListModel.h"
#include "incoming/ui/AuthorityStatementExport.h"
#include "incoming/ui/HostChildDialog.h"
#include "incoming/ui/IncomingRequestDialog.h"
#include "security/AccessPolicy.h"
#include "services/CaseContext.h"
#include "workspace/CaseWork.h"
#include "workspace/DateStepDialog.h"
#include "workspace/PaperworkIssueDialog.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace lac {

IncomingView::IncomingView(const IncomingService& service, CaseWork& work, QWidget* parent)
    : QWidget(parent)
    , m_service(service)
    , m_work(work)
{
    m_reading = new LatestRead(this);
    m_model = new IncomingRequestListModel(service.authorities(), this);
    m_sorted = new QSortFilterProxyModel(this);
    m_sorted->setSourceModel(m_model);
    m_sorted->setSortRole(PagedTableModel::RawValueRole);
    m_table = new QTableView(this);
    m_table->setModel(m_sorted);
    m_table->setAccessibleName(tr("Requests from other authorities"));
    RecordTableLook::apply(m_table);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSortingEnabled(true);
    m_table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_caseload = new CaseloadSplitModel(this);
    m_caseloadTable = new QTableView(this);
    m_caseloadTable->setModel(m_caseload);
    m_caseloadTable->setAccessibleName(tr("Caseload split"));
    RecordTableLook::apply(m_caseloadTable);
    m_caseloadTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_caseloadTable->horizontalHeader()->setStretchLastSection(false);
    m_pages = new QStackedWidget(this);
    m_pages->addWidget(m_table);
    m_pages->addWidget(m_caseloadTable);

    m_list = new QComboBox(this);
    m_list->setAccessibleName(tr("Show"));
    m_list->addItem(tr("Waiting on the requester's paperwork, oldest first"),
                    int(List::WaitingOnRequester));
    m_list->addItem(tr("Due or overdue against our target"), int(List::DueOrOverdue));
    m_list->addItem(tr("Reports not yet sent back"), int(List::ReportsNotSent));
    m_list->addItem(tr("Every request (log)"), int(List::All));
    m_list->addItem(tr("Caseload split: own and placed here, by authority"), int(List::Caseload));
    // Each list is picked from the requests already read; only a change of data reads again.
    connect(m_list, &QComboBox::currentIndexChanged, this, [this] {
        if (m_overview)
            showCurrentList();
        else
            refresh();
    });

    m_addChild = new QAction(tr("&New child placed here…"), this);
    m_addChild->setToolTip(tr("Add a child another authority has placed in our area"));
    m_changeChild = new QAction(tr("C&hange child…"), this);
    m_receive = new QAction(tr("&Receive request…"), this);
    m_receive->setToolTip(tr("Record a request for an assessment from the child's authority"));
    m_open = new QAction(tr("&Open request…"), this);
    m_open->setToolTip(tr("Record the next step of the request selected"));
    m_issue = new QAction(tr("&Paperwork problem…"), this);
    m_issue->setToolTip(tr("Record what is wrong with the request's paperwork, sent back"));
    m_chase = new QAction(tr("Record &chase…"), this);
    m_ownChild = new QAction(tr("Open our &record…"), this);
    m_ownChild->setToolTip(tr("The same child is in our own care: open their child window"));
    connect(m_addChild, &QAction::triggered, this, &IncomingView::addChild);
    connect(m_changeChild, &QAction::triggered, this, &IncomingView::changeChild);
    connect(m_receive, &QAction::triggered, this, &IncomingView::receiveRequest);
    connect(m_open, &QAction::triggered, this, &IncomingView::openRequest);
    connect(m_issue, &QAction::triggered, this, &IncomingView::recordIssue);
    connect(m_chase, &QAction::triggered, this, &IncomingView::recordChase);
    connect(m_ownChild, &QAction::triggered, this, &IncomingView::openOwnChild);
    auto* statement = new QAction(tr("&Statement for an authority…"), this);
    statement->setToolTip(tr("Write one authority's turnaround and its own children's requests "
                             "to send them"));
    statement->setEnabled(
        AccessPolicy::allows(m_service.context().user().role, Permission::ExportCaseData));
    connect(statement, &QAction::triggered, this, [this] {
        if (const QString said = AuthorityStatementExport::run(this, m_service); !said.isEmpty())
            Q_EMIT statusMessage(said);
    });
    auto* bar = new QToolBar(this);
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    bar->setAccessibleName(tr("Incoming request steps"));
    bar->addActions({m_addChild, m_changeChild, m_receive, m_open, m_issue, m_chase, m_ownChild});
    bar->addSeparator();
    bar->addAction(statement);

    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_detail = new QLabel(this);
    m_detail->setWordWrap(true);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Show:"), this));
    top->addWidget(m_list);
    top->addWidget(m_summary, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(bar);
    layout->addLayout(top);
    layout->addWidget(m_pages, 1);
    layout->addWidget(m_detail);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        updateActions();
        showDetail();
    });
    connect(m_table, &QTableView::activated, this, &IncomingView::openRequest);
    connect(&work, &CaseWork::changed, this, &IncomingView::refreshWhenShown);
}

void IncomingView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_stale)
        refresh();
}

void IncomingView::refreshWhenShown()
{
    if (isVisible())
        refresh();
    else
        m_stale = true;
}

void IncomingView::showList(List list)
{
    m_list->setCurrentIndex(m_list->findData(int(list)));
    refresh();
}

IncomingView::~IncomingView() = default;

void IncomingView::readElsewhere(Reader reader)
{
    m_reader = std::move(reader);
}

void IncomingView::refresh()
{
    m_stale = false;
    const QDate today = m_service.today();
    if (!m_reader) {
        m_reading->drop();
        showRead(m_service.overview(today));
        return;
    }
    // Every request and every child of ours are read: seconds at a large caseload, so on a
    // worker with its own connection; the list shown meanwhile stays, marked as being read.
    m_summary->setText(tr("<i>Reading the requests…</i>"));
    m_reading->start([reader = m_reader, today] { return reader(today); },
                     [this](const Result<IncomingOverview>& read) { showRead(read); });
}

bool IncomingView::reading() const
{
    return m_reading->waiting();
}

void IncomingView::showRead(const Result<IncomingOverview>& read)
{
    if (!read) {
        m_overview.reset();
        m_model->setRows({});
        m_summary->setText(read.failure().text());
        updateActions();
        return;
    }
    m_overview = read.value();
    showCurrentList();
}

void IncomingView::showCurrentList()
{
    const auto list = List(m_list->currentData().toInt());
    m_pages->setCurrentWidget(list == List::Caseload ? static_cast<QWidget*>(m_caseloadTable)
                                                     : m_table);
    const IncomingOverview& o = *m_overview;
    const IncomingList picked = list == List::WaitingOnRequester ? IncomingList::WaitingOnRequester
                                : list == List::DueOrOverdue     ? IncomingList::DueOrOverdue
                                : list == List::ReportsNotSent   ? IncomingList::ReportsNotSent
                                                                 : IncomingList::All;
    // The waiting list is picked once: the summary counts it, and it is the list shown first.
    const QList<IncomingLine> waitingLines =
        IncomingService::pick(o.log, IncomingList::WaitingOnRequester, o.on);
    QList<IncomingLine> shown = list == List::Caseload ? QList<IncomingLine>()
                                : list == List::WaitingOnRequester
                                    ? waitingLines
                                    : IncomingService::pick(o.log, picked, o.on);
    if (list == List::All) // the log: the latest request first
        std::reverse(shown.begin(), shown.end());
    m_model->setRows(shown);
    m_caseload->setSplit(o.split);
    const qsizetype waiting = waitingLines.size();
    const CaseloadSplit& s = o.split;
    const int percent = s.total() > 0 ? int(std::lround(100.0 * s.placedHere / s.total())) : 0;
    m_summary->setText(
        tr("<b>Caseload %1</b>: %2 own children, %3 placed here by %n other authorities "
           "(%4%)",
           nullptr, int(s.lines.size()) - 1)
            .arg(s.total())
            .arg(s.ownChildren)
            .arg(s.placedHere)
            .arg(percent) +
        tr(" · %n waiting on the requester", nullptr, int(waiting)) +
        (s.knownBothWays ? tr(" · %n known both ways, counted as ours", nullptr, s.knownBothWays)
                         : QString()));
    m_table->resizeColumnsToContents();
    m_caseloadTable->resizeColumnsToContents();
    updateActions();
    showDetail();
}

const IncomingLine* IncomingView::current() const
{
    const QModelIndex i = m_table->currentIndex();
    if (!i.isValid() || m_pages->currentWidget() != m_table)
        return nullptr;
    return &m_model->rowAt(m_sorted->mapToSource(i).row());
}

void IncomingView::updateActions()
{
    const bool team =
        AccessPolicy::allows(m_service.context().user().role, Permission::EditHostRequests);
    const IncomingLine* line = current();
    m_addChild->setEnabled(team);
    m_receive->setEnabled(team);
    m_changeChild->setEnabled(team && line);
    m_open->setEnabled(line);
    m_issue->setEnabled(team && line && line->stage == IncomingStage::Requester);
    m_chase->setEnabled(team && line && line->stage == IncomingStage::Requester);
    m_ownChild->setEnabled(
        line && line->row.child.ownChildId > 0 &&
        AccessPolicy::allows(m_service.context().user().role, Permission::ReadCaseData));
}

void IncomingView::showDetail()
{
    const IncomingLine* line = current();
    if (m_pages->currentWidget() == m_caseloadTable) {
        m_detail->setText(tr("Our own children in care today, wherever placed, and the children "
                             "other authorities have placed in our area. A child placed here "
                             "who is also in our own care is counted once, as ours."));
        return;
    }
    if (!line) {
        m_detail->setText(tr("Select a request to see its paperwork and chases."));
        return;
    }
    auto issues = m_service.issues(line->row.request.id);
    auto chases = m_service.chases(line->row.request.id);
    if (!issues || !chases) {
        m_detail->setText((!issues ? issues.failure() : chases.failure()).text());
        return;
    }
    QStringList text;
    for (const IncomingPaperworkIssue& i : issues.value())
        text << tr("%1 found %2%3")
                    .arg(CodeList::label(CodeList::paperworkProblems(), i.problem),
                         displayDate(i.found),
                         i.resolved.isValid() ? tr(", put right %1").arg(displayDate(i.resolved))
                                              : tr(", still open"));
    for (const IncomingChase& c : chases.value())
        text << tr("chased %1 by %2: %3").arg(displayDate(c.date), c.chasedBy, c.response);
    m_detail->setText(tr("%1 (%2): %3")
                          .arg(line->row.child.name(), line->row.child.theirCaseId,
                               text.isEmpty() ? tr("no paperwork problems or chases.")
                                              : text.join(QStringLiteral("; "))));
}

void IncomingView::open(CaseDialog* dialog)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_lastDialog = dialog;
    dialog->open();
}

void IncomingView::addChild()
{
    auto* d = new HostChildDialog(HostChild{}, m_service.authorities(), m_service.today(), this);
    d->setSubmit([this, d] {
        auto c = d->child();
        if (!c)
            return Status(c.failure());
        auto id = m_service.addChild(c.value());
        if (!id)
            return Status(id.failure());
        Q_EMIT statusMessage(tr("%1 added. Receive their request next.").arg(c.value().name()));
        refresh();
        return Status();
    });
    open(d);
}

void IncomingView::changeChild()
{
    const IncomingLine* line = current();
    if (!line)
        return;
    auto* d =
        new HostChildDialog(line->row.child, m_service.authorities(), m_service.today(), this);
    d->setSubmit([this, d] {
        auto c = d->child();
        if (!c)
            return Status(c.failure());
        if (Status s = m_service.updateChild(c.value()); !s)
            return s;
        Q_EMIT statusMessage(tr("%1 changed.").arg(c.value().name()));
        refresh();
        return Status();
    });
    open(d);
}

void IncomingView::receiveRequest()
{
    auto children = m_service.children();
    if (!children) {
        Q_EMIT statusMessage(children.failure().text());
        return;
    }
    IncomingRequest draft;
    if (const IncomingLine* line = current()) {
        draft.hostChildId = line->row.child.id;
        draft.requesterContact = line->row.request.requesterContact;
        draft.commissioner = line->row.request.commissioner;
    }
    auto* d = new IncomingRequestDialog(draft, children.value(), m_service.today(), this);
    d->setSubmit([this, d] {
        auto r = d->request();
        if (!r)
            return Status(r.failure());
        auto id = m_service.receive(r.value());
        if (!id)
            return Status(id.failure());
        Q_EMIT statusMessage(tr("Request received on %1.").arg(displayDate(r.value().received)));
        refresh();
        return Status();
    });
    open(d);
}

void IncomingView::openRequest()
{
    const IncomingLine* line = current();
    if (!line)
        return;
    auto children = m_service.children();
    auto before = m_service.request(line->row.request.id);
    if (!children || !before) {
        Q_EMIT statusMessage((!children ? children.failure() : before.failure()).text());
        return;
    }
    const QString name = line->row.child.name();
    auto* d = new IncomingRequestDialog(before.value(), children.value(), m_service.today(), this);
    d->setWindowTitle(tr("Request for %1").arg(name));
    d->setSubmit([this, d, name] {
        auto r = d->request();
        if (!r)
            return Status(r.failure());
        if (Status s = m_service.update(r.value()); !s)
            return s;
        Q_EMIT statusMessage(tr("Request for %1 saved.").arg(name));
        refresh();
        return Status();
    });
    open(d);
}

void IncomingView::recordIssue()
{
    const IncomingLine* line = current();
    if (!line)
        return;
    const qint64 request = line->row.request.id;
    auto* d = new PaperworkIssueDialog(
        tr("%1 request for %2 (%3), received %4")
            .arg(IncomingService::kindText(line->row.request.kind), line->row.child.name(),
                 m_service.authorities().name(line->row.child.authorityCode),
                 displayDate(line->row.request.received)),
        PaperworkIssueRecord{}, m_service.today(), this);
    d->setSubmit([this, d, request] {
        const PaperworkIssueRecord p = d->issue();
        auto id = m_service.addIssue(IncomingPaperworkIssue{
            0, request, p.problem, p.detail, p.foundDate, p.returnedDate, {}});
        if (!id)
            return Status(id.failure());
        Q_EMIT statusMessage(tr("Paperwork problem recorded: the request waits on the requester."));
        refresh();
        return Status();
    });
    open(d);
}

void IncomingView::recordChase()
{
    const IncomingLine* line = current();
    if (!line)
        return;
    const qint64 request = line->row.request.id;
    auto* d =
        new DateStepDialog(tr("Chase the requester"),
                           tr("%1 (%2): waiting on %3 since %4.")
                               .arg(line->row.child.name(), line->row.child.theirCaseId,
                                    m_service.authorities().name(line->row.child.authorityCode),
                                    displayDate(line->row.request.received)),
                           m_service.today(), tr("What they said:"), this);
    d->setSubmit([this, d, request] {
        auto id = m_service.addChase(IncomingChase{0, request, d->date(), {}, d->note()});
        if (!id)
            return Status(id.failure());
        Q_EMIT statusMessage(tr("Chase recorded."));
        refresh();
        return Status();
    });
    open(d);
}

void IncomingView::openOwnChild()
{
    if (const IncomingLine* line = current(); line && line->row.child.ownChildId > 0)
        m_work.openChild(line->row.child.ownChildId, this);
}

} // namespace lac
