// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sdq/ui/SdqTab.h"

#include "PagedTableModel.h"
#include "common/DisplayDate.h"
#include "domain/ChildRecord.h"
#include "sdq/core/SdqService.h"
#include "sdq/models/SdqListModel.h"
#include "sdq/ui/SdqDialog.h"
#include "security/AccessPolicy.h"
#include "services/AppServices.h"
#include "workspace/CaseWork.h"

#include <QLabel>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace lac {

SdqTab::SdqTab(const SdqService& service, ChildWindowFrame& frame, QWidget* parent)
    : ChildWindowTab(frame, parent)
    , m_service(service)
{
    m_model = new SdqListModel(this);
    auto* sorted = sortedByValue(m_model);
    m_table = recordTable(sorted, tr("SDQs"));
    m_table->sortByColumn(SdqListModel::DateColumn, Qt::DescendingOrder);
    m_due = new QLabel(this);
    m_due->setWordWrap(true);
    m_due->setAccessibleName(tr("Next SDQ"));
    addStep("recordSdq", tr("Record &SDQ…"), QKeySequence(),
            tr("Record a Strengths and Difficulties Questionnaire score, or why there is none"),
            [this] { recordSdq(); });
    addStep("correctSdq", tr("Correct SDQ…"), QKeySequence(), tr("Correct the SDQ selected"),
            [this] { correctSdq(); });
    auto* bar = new QToolBar(this);
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    bar->setAccessibleName(tr("SDQ steps"));
    bar->addActions(steps(Place::Tab));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(bar);
    layout->addWidget(m_due);
    layout->addWidget(m_table, 1);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &SdqTab::updateActions);
    connect(m_table, &QTableView::activated, this, &SdqTab::correctSdq);
}

QString SdqTab::title() const
{
    return tr("S&DQ");
}

void SdqTab::reload()
{
    const ChildRecord& child = frame().child();
    auto all = m_service.forChild(child.id);
    m_model->setRows(all ? all.value() : QList<SdqRecord>());
    m_table->resizeColumnsToContents();
    auto due = m_service.nextDue(child.id);
    const QDate today = work().services().caseContext().today();
    if (!all || !due)
        m_due->setText((all ? due.failure() : all.failure()).text());
    else if (!due.value().isValid())
        m_due->setText(tr("No SDQ is due: they are asked for children in care aged 4 to 16."));
    else if (due.value() <= today)
        m_due->setText(tr("<b>An SDQ is due</b> (since %1; one a year from 4 to 16).")
                           .arg(displayDate(due.value())));
    else
        m_due->setText(tr("Next SDQ due by %1.").arg(displayDate(due.value())));
}

void SdqTab::updateActions()
{
    const bool edit = AccessPolicy::allows(work().services().user().role, Permission::EditCaseData);
    enable("recordSdq", edit);
    enable("correctSdq", edit && m_table->currentIndex().isValid());
}

void SdqTab::recordSdq()
{
    const ChildRecord child = frame().child();
    SdqRecord draft;
    draft.childId = child.id;
    auto* d = new SdqDialog(tr("SDQ for %1 (%2)").arg(child.displayName(), child.caseId), draft,
                            work().services().caseContext().today(), this);
    d->setSubmit([this, d] {
        const SdqRecord s = d->sdq();
        auto id = m_service.record(s);
        if (!id)
            return Status(id.failure());
        frame().showChanges(
            s.score ? tr("SDQ score %1 on %2 recorded.").arg(*s.score).arg(displayDate(s.date))
                    : tr("No SDQ score on %1 recorded: %2.")
                          .arg(displayDate(s.date), SdqListModel::reasonText(s.reason)),
            {});
        return Status();
    });
    frame().open(d);
}

void SdqTab::correctSdq()
{
    const QModelIndex i = m_table->currentIndex();
    if (!i.isValid())
        return;
    const auto* proxy = qobject_cast<const QSortFilterProxyModel*>(m_table->model());
    const SdqRecord rec = m_model->rowAt(proxy->mapToSource(i).row());
    const ChildRecord child = frame().child();
    auto* d = new SdqDialog(tr("SDQ for %1 (%2)").arg(child.displayName(), child.caseId), rec,
                            work().services().caseContext().today(), this);
    d->setSubmit([this, d] {
        if (Status s = m_service.correct(d->sdq()); !s)
            return s;
        frame().showChanges(tr("SDQ corrected."), {});
        return Status();
    });
    frame().open(d);
}

} // namespace lac
