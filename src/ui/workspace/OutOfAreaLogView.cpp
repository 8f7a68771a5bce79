// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "OutOfAreaLogView.h"

#include "CaseTable.h"
#include "CaseWork.h"
#include "ChaseListModel.h"
#include "DateStepDialog.h"
#include "OutOfAreaLogModel.h"
#include "services/AppServices.h"

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
    : CaseLogView(work, parent)
{
    m_model = new OutOfAreaLogModel(work.services().caseLists().outOfAreaLog(), this);
    setUpTable(m_model, tr("out-of-area log"), QStringLiteral("ooa-log"),
               {{tr("Waiting"), int(OutOfAreaLogQuery::Show::Waiting)},
                {tr("Resolved"), int(OutOfAreaLogQuery::Show::Resolved)},
                {tr("All requests"), int(OutOfAreaLogQuery::Show::All)}},
               tr("Which requests"));
    m_escalatedOnly = new QCheckBox(tr("Escalated only"), this);
    m_escalatedOnly->setChecked(QSettings().value(QStringLiteral("ooa-log/escalated")).toBool());
    QToolBar* bar = table()->toolBar();
    bar->insertWidget(bar->actions().value(1), m_escalatedOnly);
    addStep(tr("&Chase…"), QKeySequence(Qt::CTRL | Qt::Key_H),
            tr("Record a chase of the provider (Ctrl+H)"), [this] { chase(); });
    addStep(tr("E&scalate…"), QKeySequence(), tr("Escalate the request"), [this] { escalate(); });
    addStep(tr("&Resolved…"), QKeySequence(), tr("Record that the request was resolved"),
            [this] { resolve(); });

    m_chases = new ChaseListModel(this);
    m_chaseTable = new QTableView(this);
    m_chaseTable->setModel(m_chases);
    m_chaseTable->verticalHeader()->hide();
    m_chaseTable->horizontalHeader()->setStretchLastSection(true);
    m_chaseTable->setAccessibleName(tr("Chase history"));
    auto* chaseBox = new QWidget(this);
    auto* chaseLayout = new QVBoxLayout(chaseBox);
    chaseLayout->setContentsMargins(0, 0, 0, 0);
    m_escalation = new QLabel(chaseBox);
    m_escalation->setWordWrap(true);
    m_escalation->setTextFormat(Qt::PlainText);
    m_escalation->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_escalation->setAccessibleName(tr("Escalation of the selected request"));
    m_escalation->hide();
    chaseLayout->addWidget(m_escalation);
    chaseLayout->addWidget(new QLabel(tr("Chase history of the selected request:"), chaseBox));
    chaseLayout->addWidget(m_chaseTable);
    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(table());
    split->addWidget(chaseBox);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(split);

    connect(m_escalatedOnly, &QCheckBox::toggled, this, &OutOfAreaLogView::applyFilter);
    connect(table()->table()->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &OutOfAreaLogView::showChases);
    connect(m_model, &QAbstractItemModel::modelReset, this, &OutOfAreaLogView::showChases);
    table()->setKeyColumns({OutOfAreaLogModel::WaitedColumn, OutOfAreaLogModel::ChasesColumn,
                            OutOfAreaLogModel::StatedWaitColumn,
                            OutOfAreaLogModel::EscalatedColumn});
}

OutOfAreaLogView::~OutOfAreaLogView()
{
    QSettings().setValue(QStringLiteral("ooa-log/escalated"), m_escalatedOnly->isChecked());
}

void OutOfAreaLogView::applyFilter()
{
    OutOfAreaLogQuery q = m_model->query();
    q.show = OutOfAreaLogQuery::Show(showFilter()->currentData().toInt());
    q.escalatedOnly = m_escalatedOnly->isChecked();
    q.search = table()->searchBox()->text().trimmed();
    q.today = work().services().caseContext().today();
    m_model->setQuery(q);
    table()->fitColumns();
}

void OutOfAreaLogView::showChases()
{
    const int row = table()->currentRow();
    if (row < 0 || row >= m_model->rowCount()) {
        m_chases->setRows({});
        m_escalation->hide();
        return;
    }
    const OutOfAreaRequestRecord& o = m_model->rowAt(row).request;
    m_escalation->setVisible(o.escalated);
    m_escalation->setText(
        o.escalationNote.isEmpty()
            ? tr("Escalated on %1 to %2.")
                  .arg(PagedTableModel::dayText(o.escalatedDate), o.escalatedTo)
            : tr("Escalated on %1 to %2: %3")
                  .arg(PagedTableModel::dayText(o.escalatedDate), o.escalatedTo, o.escalationNote));
    auto list = work().services().outOfArea().chases(m_model->rowAt(row).request.id);
    m_chases->setRows(list ? list.value() : QList<OutOfAreaChase>());
    m_chaseTable->resizeColumnsToContents();
}

void OutOfAreaLogView::chase()
{
    const int row = table()->currentRow();
    if (row < 0)
        return;
    const OutOfAreaLogRow r = m_model->rowAt(row);
    DateStepDialog* d = dateStep(tr("Chased on"),
                                 tr("%1 (%2): %3 asked on %4.")
                                     .arg(r.childName, r.caseId,
                                          r.provider.isEmpty() ? r.hostAuthority : r.provider,
                                          PagedTableModel::dayText(r.request.requestedDate)),
                                 tr("What they said:"));
    d->setWindowTitle(tr("Chase the provider"));
    d->setSubmit([this, d, r] {
        return afterSave(
            work().services().outOfArea().addChase(r.request.id, d->date(), d->note()));
    });
    openStep(d);
}

void OutOfAreaLogView::escalate()
{
    const int row = table()->currentRow();
    if (row < 0)
        return;
    const OutOfAreaLogRow r = m_model->rowAt(row);
    DateStepDialog* d = dateStep(
        tr("Escalated on"),
        r.request.escalated
            ? tr("%1 (%2): already escalated on %3 to %4; record a further escalation.")
                  .arg(r.childName, r.caseId, PagedTableModel::dayText(r.request.escalatedDate),
                       r.request.escalatedTo)
            : tr("%1 (%2): escalate the wait at %3.").arg(r.childName, r.caseId, r.hostAuthority),
        tr("What was asked or agreed:"));
    QLineEdit* to = d->addTextField(tr("Escalated to"));
    to->setPlaceholderText(tr("Name and role, e.g. head of looked-after children's health"));
    to->setMinimumWidth(to->fontMetrics().horizontalAdvance(to->placeholderText()) + 24);
    to->setFocus();
    d->setSubmit([this, d, r, to] {
        return afterSave(work().services().outOfArea().escalate(r.request.id, r.request.version,
                                                                d->date(), to->text(), d->note()));
    });
    openStep(d);
}

void OutOfAreaLogView::resolve()
{
    const int row = table()->currentRow();
    if (row < 0)
        return;
    const OutOfAreaLogRow r = m_model->rowAt(row);
    DateStepDialog* d = dateStep(
        tr("Resolved on"), tr("%1 (%2): the host provider has the assessment in hand or done.")
                               .arg(r.childName, r.caseId));
    d->setSubmit([this, d, r] {
        return afterSave(
            work().services().outOfArea().resolve(r.request.id, r.request.version, d->date()));
    });
    openStep(d);
}

} // namespace lac
