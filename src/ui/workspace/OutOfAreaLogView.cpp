// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "OutOfAreaLogView.h"

#include "CaseTable.h"
#include "CaseWork.h"
#include "ChaseListModel.h"
#include "DateStepDialog.h"
#include "OutOfAreaLogModel.h"
#include "data/OutOfAreaRepository.h"
#include "services/AppServices.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSplitter>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace lac {

OutOfAreaLogView::OutOfAreaLogView(CaseWork& work, QWidget* parent)
    : QWidget(parent)
    , m_work(work)
    , m_repository(std::make_unique<OutOfAreaRepository>(work.services().database()))
{
    m_model = new OutOfAreaLogModel(*m_repository, this);
    m_table = new CaseTable(m_model, work.exporter(), tr("out-of-area log"),
                            QStringLiteral("ooa-log"), this);
    m_show = new QComboBox(this);
    m_show->addItem(tr("Waiting"), int(OutOfAreaLogQuery::Show::Waiting));
    m_show->addItem(tr("Resolved"), int(OutOfAreaLogQuery::Show::Resolved));
    m_show->addItem(tr("All requests"), int(OutOfAreaLogQuery::Show::All));
    m_show->setAccessibleName(tr("Which requests"));
    m_escalatedOnly = new QCheckBox(tr("Escalated only"), this);
    QSettings settings;
    m_show->setCurrentIndex(settings.value(QStringLiteral("ooa-log/show"), 0).toInt());
    m_escalatedOnly->setChecked(settings.value(QStringLiteral("ooa-log/escalated")).toBool());

    QToolBar* bar = m_table->toolBar();
    bar->insertWidget(bar->actions().value(0), m_show);
    bar->insertWidget(bar->actions().value(1), m_escalatedOnly);
    auto add = [this, bar](const QString& text, const QKeySequence& key, const QString& tip,
                           void (OutOfAreaLogView::*slot)()) {
        auto* a = new QAction(text, this);
        a->setShortcut(key);
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        a->setToolTip(tip);
        connect(a, &QAction::triggered, this, slot);
        addAction(a);
        bar->insertAction(bar->actions().last(), a);
    };
    add(tr("&Chase…"), QKeySequence(Qt::CTRL | Qt::Key_H),
        tr("Record a chase of the provider (Ctrl+H)"), &OutOfAreaLogView::chase);
    add(tr("E&scalate…"), QKeySequence(), tr("Escalate the request"), &OutOfAreaLogView::escalate);
    add(tr("&Resolved…"), QKeySequence(), tr("Record that the request was resolved"),
        &OutOfAreaLogView::resolve);

    m_chases = new ChaseListModel(this);
    m_chaseTable = new QTableView(this);
    m_chaseTable->setModel(m_chases);
    m_chaseTable->verticalHeader()->hide();
    m_chaseTable->horizontalHeader()->setStretchLastSection(true);
    m_chaseTable->setAccessibleName(tr("Chase history"));
    auto* chaseBox = new QWidget(this);
    auto* chaseLayout = new QVBoxLayout(chaseBox);
    chaseLayout->setContentsMargins(0, 0, 0, 0);
    chaseLayout->addWidget(new QLabel(tr("Chase history of the selected request:"), chaseBox));
    chaseLayout->addWidget(m_chaseTable);
    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_table);
    split->addWidget(chaseBox);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(split);

    connect(m_show, &QComboBox::currentIndexChanged, this, &OutOfAreaLogView::applyFilter);
    connect(m_escalatedOnly, &QCheckBox::toggled, this, &OutOfAreaLogView::applyFilter);
    connect(m_table, &CaseTable::searchChanged, this, &OutOfAreaLogView::applyFilter);
    connect(m_table, &CaseTable::rowActivated, this,
            [this](int row) { m_work.openChild(m_model->rowAt(row).request.childId, this); });
    connect(m_table->table()->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &OutOfAreaLogView::showChases);
    connect(m_model, &QAbstractItemModel::modelReset, this, &OutOfAreaLogView::showChases);
    connect(m_table, &CaseTable::countChanged, &work, &CaseWork::statusMessage);
    connect(&work, &CaseWork::changed, this, &OutOfAreaLogView::refresh);
    applyFilter();
}

OutOfAreaLogView::~OutOfAreaLogView()
{
    QSettings settings;
    settings.setValue(QStringLiteral("ooa-log/show"), m_show->currentIndex());
    settings.setValue(QStringLiteral("ooa-log/escalated"), m_escalatedOnly->isChecked());
}

void OutOfAreaLogView::applyFilter()
{
    OutOfAreaLogQuery q = m_model->query();
    q.show = OutOfAreaLogQuery::Show(m_show->currentData().toInt());
    q.escalatedOnly = m_escalatedOnly->isChecked();
    q.search = m_table->searchBox()->text().trimmed();
    q.today = m_work.services().caseContext().today();
    m_model->setQuery(q);
    m_table->table()->resizeColumnsToContents();
}

void OutOfAreaLogView::refresh()
{
    m_model->reload();
}

void OutOfAreaLogView::showChases()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_model->rowCount()) {
        m_chases->setRows({});
        return;
    }
    auto list = m_work.services().outOfArea().chases(m_model->rowAt(row).request.id);
    m_chases->setRows(list ? list.value() : QList<OutOfAreaChase>());
    m_chaseTable->resizeColumnsToContents();
}

void OutOfAreaLogView::chase()
{
    const int row = m_table->currentRow();
    if (row < 0)
        return;
    const OutOfAreaLogRow r = m_model->rowAt(row);
    auto* d = new DateStepDialog(
        tr("Chased on"),
        tr("%1 (%2): %3 asked on %4.")
            .arg(r.childName, r.caseId, r.provider.isEmpty() ? r.hostAuthority : r.provider,
                 PagedTableModel::dayText(r.request.requestedDate)),
        m_work.services().caseContext().today(), tr("What they said:"), this);
    d->setWindowTitle(tr("Chase the provider"));
    d->setSubmit([this, d, r] {
        auto id = m_work.services().outOfArea().addChase(r.request.id, d->date(), d->note());
        if (!id)
            return Status(id.failure());
        m_work.notifyChanged();
        return Status();
    });
    d->setAttribute(Qt::WA_DeleteOnClose);
    m_lastDialog = d;
    d->open();
}

void OutOfAreaLogView::escalate()
{
    const int row = m_table->currentRow();
    if (row < 0)
        return;
    const OutOfAreaLogRow r = m_model->rowAt(row);
    auto* d = new DateStepDialog(
        tr("Escalated on"),
        tr("%1 (%2): escalate the request to %3.").arg(r.childName, r.caseId, r.hostAuthority),
        m_work.services().caseContext().today(), QString(), this);
    d->setSubmit([this, d, r] {
        Status s = m_work.services().outOfArea().setEscalated(r.request.id, r.request.version, true,
                                                              d->date());
        if (s)
            m_work.notifyChanged();
        return s;
    });
    d->setAttribute(Qt::WA_DeleteOnClose);
    m_lastDialog = d;
    d->open();
}

void OutOfAreaLogView::resolve()
{
    const int row = m_table->currentRow();
    if (row < 0)
        return;
    const OutOfAreaLogRow r = m_model->rowAt(row);
    auto* d = new DateStepDialog(tr("Resolved on"),
                                 tr("%1 (%2): the host provider has the assessment in hand or "
                                    "done.")
                                     .arg(r.childName, r.caseId),
                                 m_work.services().caseContext().today(), QString(), this);
    d->setSubmit([this, d, r] {
        Status s =
            m_work.services().outOfArea().resolve(r.request.id, r.request.version, d->date());
        if (s)
            m_work.notifyChanged();
        return s;
    });
    d->setAttribute(Qt::WA_DeleteOnClose);
    m_lastDialog = d;
    d->open();
}

} // namespace lac
