// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dental/ui/DentalTab.h"

#include "PagedTableModel.h"
#include "common/DisplayDate.h"
#include "dental/core/DentalCheckService.h"
#include "dental/models/DentalCheckListModel.h"
#include "dental/ui/DentalCheckDialog.h"
#include "domain/ChildRecord.h"
#include "security/AccessPolicy.h"
#include "services/AppServices.h"
#include "workspace/CaseWork.h"

#include <QLabel>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace lac {

DentalTab::DentalTab(const DentalCheckService& service, ChildWindowFrame& frame, QWidget* parent)
    : ChildWindowTab(frame, parent)
    , m_service(service)
{
    m_model = new DentalCheckListModel(this);
    auto* sorted = sortedByValue(m_model);
    m_table = recordTable(sorted, tr("Dental checks"));
    m_table->sortByColumn(DentalCheckListModel::DateColumn, Qt::DescendingOrder);
    m_due = new QLabel(this);
    m_due->setWordWrap(true);
    m_due->setAccessibleName(tr("Next dental check"));
    addStep("recordDentalCheck", tr("Record &dental check…"), QKeySequence(),
            tr("Record a dental check, or a visit that did not happen and why"),
            [this] { recordCheck(); });
    addStep("correctDentalCheck", tr("Correct dental check…"), QKeySequence(),
            tr("Correct the dental check selected"), [this] { correctCheck(); });
    auto* bar = new QToolBar(this);
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    bar->setAccessibleName(tr("Dental check steps"));
    bar->addActions(steps(Place::Tab));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(bar);
    layout->addWidget(m_due);
    layout->addWidget(m_table, 1);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &DentalTab::updateActions);
    connect(m_table, &QTableView::activated, this, &DentalTab::correctCheck);
}

QString DentalTab::title() const
{
    return tr("&Dental");
}

void DentalTab::reload()
{
    const ChildRecord& child = frame().child();
    auto checks = m_service.forChild(child.id);
    m_model->setRows(checks ? checks.value() : QList<DentalCheckRecord>());
    m_table->resizeColumnsToContents();
    auto due = m_service.nextDue(child.id);
    const QDate today = work().services().caseContext().today();
    if (!checks || !due)
        m_due->setText((checks ? due.failure() : checks.failure()).text());
    else if (!due.value().isValid())
        m_due->setText(tr("Not in care now: no dental check is due."));
    else if (due.value() <= today)
        m_due->setText(tr("<b>A dental check is due</b> (since %1; one every %n month(s)).",
                          nullptr, m_service.schedule().monthsBetweenChecks)
                           .arg(displayDate(due.value())));
    else
        m_due->setText(tr("Next dental check due by %1.").arg(displayDate(due.value())));
}

void DentalTab::updateActions()
{
    const bool edit = AccessPolicy::allows(work().services().user().role, Permission::EditCaseData);
    enable("recordDentalCheck", edit);
    enable("correctDentalCheck", edit && m_table->currentIndex().isValid());
}

void DentalTab::recordCheck()
{
    const ChildRecord child = frame().child();
    DentalCheckRecord draft;
    draft.childId = child.id;
    auto* d =
        new DentalCheckDialog(tr("Dental check for %1 (%2)").arg(child.displayName(), child.caseId),
                              draft, work().services().caseContext().today(), this);
    d->setSubmit([this, d] {
        const DentalCheckRecord c = d->check();
        auto id = m_service.record(c);
        if (!id)
            return Status(id.failure());
        frame().showChanges(
            c.seen() ? tr("Dental check on %1 recorded.").arg(displayDate(c.date))
                     : tr("Dental visit on %1 recorded: not seen.").arg(displayDate(c.date)),
            {});
        return Status();
    });
    frame().open(d);
}

void DentalTab::correctCheck()
{
    const QModelIndex i = m_table->currentIndex();
    if (!i.isValid())
        return;
    const auto* proxy = qobject_cast<const QSortFilterProxyModel*>(m_table->model());
    const DentalCheckRecord rec = m_model->rowAt(proxy->mapToSource(i).row());
    const ChildRecord child = frame().child();
    auto* d =
        new DentalCheckDialog(tr("Dental check for %1 (%2)").arg(child.displayName(), child.caseId),
                              rec, work().services().caseContext().today(), this);
    d->setSubmit([this, d] {
        if (Status s = m_service.correct(d->check()); !s)
            return s;
        frame().showChanges(tr("Dental check corrected."), {});
        return Status();
    });
    frame().open(d);
}

} // namespace lac
