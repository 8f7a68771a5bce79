// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "WorklistView.h"

#include "CaseTable.h"
#include "CaseWork.h"
#include "ChildDetailView.h"
#include "WorklistItemModel.h"
#include "WorklistSummaryModel.h"
#include "common/LatestRead.h"
#include "services/AppServices.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QScrollBar>
#include <QSettings>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace lac {

WorklistView::WorklistView(CaseWork& work, QWidget* parent)
    : QWidget(parent)
    , m_work(work)
{
    m_reading = new LatestRead(this);
    m_summary = new WorklistSummaryModel(work.services().worklist(), this);
    m_counts = new QListView(this);
    m_counts->setModel(m_summary);
    m_counts->setAccessibleName(tr("Work to do today"));
    m_counts->setToolTip(tr("Click a count (or press Enter) to list the children behind it"));
    m_counts->setSpacing(3);
    m_counts->setMinimumWidth(280);
    m_counts->setMaximumWidth(340);
    QFont big = m_counts->font();
    big.setPointSizeF(big.pointSizeF() * 1.25);
    m_counts->setFont(big);

    m_items = new WorklistItemModel(work.services().worklist().rows(),
                                    work.services().worklist().ragRating(), this);
    m_table =
        new CaseTable(m_items, work.exporter(), tr("worklist"), QStringLiteral("worklist"), this);
    m_title = new QLabel(this);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    m_title->setFont(titleFont);

    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto* heading = new QLabel(
        tr("<b>What needs doing today</b><br>%1")
            .arg(work.services().caseContext().today().toString(QStringLiteral("dddd dd/MM/yyyy"))),
        left);
    leftLayout->addWidget(heading);
    leftLayout->addWidget(m_counts, 1);
    // Counting a large caseload takes a few seconds on a worker; meanwhile the lists work.
    m_countingNote = new QLabel(tr("<i>Counting the work to do…</i>"), left);
    m_countingNote->setAccessibleName(tr("Counting"));
    leftLayout->addWidget(m_countingNote);
    connect(m_summary, &WorklistSummaryModel::countsReady, m_countingNote, &QWidget::hide);
    connect(m_summary, &QAbstractItemModel::modelReset, this, &WorklistView::fitCounts);
    // A pile in front shows the rows the counts came from (the worker's); a built-in list is
    // read by its own worker (readList).
    connect(m_summary, &WorklistSummaryModel::countsReady, this, [this] {
        if (m_work.services().worklist().pile(m_items->query().category))
            m_items->reload();
    });
    auto* right = new QWidget(this);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_title);
    rightLayout->addWidget(m_table, 1);
    auto* split = new QSplitter(this);
    split->addWidget(left);
    split->addWidget(right);
    split->setStretchFactor(1, 1);
    auto* layout = new QHBoxLayout(this);
    layout->addWidget(split);

    connect(m_counts, &QListView::activated, this, [this](const QModelIndex& i) {
        showCategory(WorklistCategory(i.data(WorklistSummaryModel::CategoryRole).toInt()));
    });
    connect(m_counts, &QListView::clicked, this, [this](const QModelIndex& i) {
        showCategory(WorklistCategory(i.data(WorklistSummaryModel::CategoryRole).toInt()));
    });
    connect(m_table, &CaseTable::searchChanged, this, [this](const QString& text) {
        WorklistQuery q = m_items->query();
        q.search = text;
        m_items->setQuery(q);
    });
    connect(m_table, &CaseTable::rowActivated, this, [this](int row) {
        const WorklistRow& r = m_items->rowAt(row);
        if (r.childId <= 0) { // another authority's child, not ours: kept in their own tab
            Q_EMIT m_work.statusMessage(
                tr("%1 is another authority's child: open the request in its own tab")
                    .arg(r.childName));
            return;
        }
        ChildDetailView* view = m_work.openChild(r.childId, this);
        if (r.assessmentId) // a pile's rows are about the child, not one assessment
            view->selectAssessment(r.assessmentId);
    });
    connect(m_table, &CaseTable::countChanged, &work, &CaseWork::statusMessage);
    connect(&work, &CaseWork::changed, this, &WorklistView::refresh);

    // A pile saved last time may be gone (a kind of record no longer installed).
    const int saved = QSettings().value(QStringLiteral("worklist/category"), 0).toInt();
    const QList<WorklistCategory> listed = work.services().worklist().categories();
    selectCategory(listed.contains(WorklistCategory(saved)) ? WorklistCategory(saved)
                                                            : WorklistCategory(0));
    // Neither the counts nor the list are read on this thread: the window shows at once.
    refresh(); // also marks the pile in the counts, whose rows exist from then on
    fitCounts();
}

WorklistView::~WorklistView()
{
    QSettings().setValue(QStringLiteral("worklist/category"), int(m_items->query().category));
}

void WorklistView::selectCategory(WorklistCategory category)
{
    WorklistQuery q = m_items->query();
    q.category = category;
    q.today = m_work.services().caseContext().today();
    q.search = m_table->searchBox()->text().trimmed();
    q.sortKey = WorklistQuery::SortKey::Natural;
    q.descending = false;
    m_items->setRagRating(m_work.services().worklist().ragRating());
    m_items->setQueryUnread(q);
    m_title->setText(m_work.services().worklist().title(category));
    markInCounts(category);
}

void WorklistView::markInCounts(WorklistCategory category)
{
    for (int r = 0; r < m_summary->rowCount(); ++r) {
        if (m_summary->index(r).data(WorklistSummaryModel::CategoryRole).toInt() == int(category))
            m_counts->setCurrentIndex(m_summary->index(r));
    }
}

void WorklistView::fitCounts()
{
    const int widest = m_counts->sizeHintForColumn(0) + 2 * m_counts->frameWidth() +
                       2 * m_counts->spacing() + m_counts->verticalScrollBar()->sizeHint().width();
    m_counts->setMaximumWidth(std::max(340, widest));
    m_counts->setMinimumWidth(std::min(std::max(280, widest), 420));
}

void WorklistView::showCategory(WorklistCategory category)
{
    m_reading->drop(); // a list still being read elsewhere is no longer wanted
    selectCategory(category);
    m_items->reload();
    m_table->table()->resizeColumnsToContents();
}

void WorklistView::refresh()
{
    m_summary->refreshInBackground(m_work.services().caseContext().today());
    m_countingNote->setVisible(m_summary->counting());
    readList();
    markInCounts(m_items->query().category);
}

void WorklistView::readList()
{
    m_reading->drop();
    const WorklistService& worklist = m_work.services().worklist();
    if (worklist.pile(m_items->query().category)) {
        if (m_summary->counting())
            m_table->showReading();
        return; // its rows come with the counts (countsReady reloads it)
    }
    auto job = worklist.firstPageElsewhere(m_items->query(), m_items->pageSize());
    if (!job) {
        m_items->reload();
        return;
    }
    m_table->showReading();
    m_reading->start(std::move(job), [this](const Result<WorklistPageRead>& read) {
        if (!read) {
            m_items->reload(); // read here, and say why if it fails again
            return;
        }
        // Searched or sorted meanwhile: that list was read then, and stays.
        if (read.value().query != m_items->query())
            return;
        m_items->showRead(read.value().total, read.value().rows);
        m_table->table()->resizeColumnsToContents();
    });
}

} // namespace lac
