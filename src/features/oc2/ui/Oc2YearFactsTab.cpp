// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "oc2/ui/Oc2YearFactsTab.h"

#include "PagedTableModel.h"
#include "domain/ChildRecord.h"
#include "oc2/core/Oc2Year.h"
#include "oc2/core/Oc2YearFactsService.h"
#include "oc2/models/Oc2YearFactsListModel.h"
#include "oc2/ui/Oc2YearFactsDialog.h"
#include "security/AccessPolicy.h"
#include "services/AppServices.h"
#include "workspace/CaseWork.h"

#include <QLabel>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace lac {

Oc2YearFactsTab::Oc2YearFactsTab(const Oc2YearFactsService& service, ChildWindowFrame& frame,
                                 QWidget* parent)
    : ChildWindowTab(frame, parent)
    , m_service(service)
{
    m_model = new Oc2YearFactsListModel(this);
    auto* sorted = sortedByValue(m_model);
    m_table = recordTable(sorted, tr("OC2 year facts"));
    m_table->sortByColumn(Oc2YearFactsListModel::YearColumn, Qt::DescendingOrder);
    m_hint = new QLabel(this);
    m_hint->setWordWrap(true);
    m_hint->setAccessibleName(tr("OC2 year facts"));
    addStep("recordOc2Facts", tr("Record &OC2 year facts…"), QKeySequence(),
            tr("Record substance misuse, interventions and convictions for a collection year"),
            [this] { recordFacts(); });
    addStep("correctOc2Facts", tr("Correct OC2 year facts…"), QKeySequence(),
            tr("Correct the year selected"), [this] { correctFacts(); });
    auto* bar = new QToolBar(this);
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    bar->setAccessibleName(tr("OC2 year facts steps"));
    bar->addActions(steps(Place::Tab));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(bar);
    layout->addWidget(m_hint);
    layout->addWidget(m_table, 1);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &Oc2YearFactsTab::updateActions);
    connect(m_table, &QTableView::activated, this, &Oc2YearFactsTab::correctFacts);
}

QString Oc2YearFactsTab::title() const
{
    return tr("OC2 &year");
}

void Oc2YearFactsTab::reload()
{
    const ChildRecord& child = frame().child();
    auto all = m_service.forChild(child.id);
    m_model->setDateOfBirth(child.dateOfBirth);
    m_model->setRows(all ? all.value() : QList<Oc2YearFacts>());
    m_table->resizeColumnsToContents();
    const Oc2Year due = Oc2Year::lastEnded(work().services().caseContext().today());
    bool known = false;
    for (const Oc2YearFacts& f : all ? all.value() : QList<Oc2YearFacts>())
        known = known || f.firstYear == due.firstYear;
    if (!all)
        m_hint->setText(all.failure().text());
    else if (!known && child.dateOfBirth.isValid() && child.dateOfBirth <= due.end())
        m_hint->setText(tr("<b>Nothing recorded for %1</b>, the year of the next OC2 return: "
                           "if the child is in its cohort, the return lists a gap until "
                           "someone says.")
                            .arg(due.label()));
    else
        m_hint->setText(tr("What the OC2 return asks about each year that no health record "
                           "answers. Convictions come from social care."));
}

void Oc2YearFactsTab::updateActions()
{
    const bool edit = AccessPolicy::allows(work().services().user().role, Permission::EditCaseData);
    enable("recordOc2Facts", edit);
    enable("correctOc2Facts", edit && m_table->currentIndex().isValid());
}

void Oc2YearFactsTab::recordFacts()
{
    const ChildRecord child = frame().child();
    Oc2YearFacts draft;
    draft.childId = child.id;
    auto* d = new Oc2YearFactsDialog(
        tr("OC2 year facts for %1 (%2)").arg(child.displayName(), child.caseId), draft,
        work().services().caseContext().today(), this);
    d->setSubmit([this, d] {
        const Oc2YearFacts f = d->facts();
        auto id = m_service.save(f);
        if (!id)
            return Status(id.failure());
        frame().showChanges(tr("OC2 facts for %1 recorded.").arg(Oc2Year{f.firstYear}.label()), {});
        return Status();
    });
    frame().open(d);
}

void Oc2YearFactsTab::correctFacts()
{
    const QModelIndex i = m_table->currentIndex();
    if (!i.isValid())
        return;
    const auto* proxy = qobject_cast<const QSortFilterProxyModel*>(m_table->model());
    const Oc2YearFacts rec = m_model->rowAt(proxy->mapToSource(i).row());
    const ChildRecord child = frame().child();
    auto* d = new Oc2YearFactsDialog(
        tr("OC2 year facts for %1 (%2)").arg(child.displayName(), child.caseId), rec,
        work().services().caseContext().today(), this);
    d->setSubmit([this, d] {
        if (auto s = m_service.save(d->facts()); !s)
            return Status(s.failure());
        frame().showChanges(tr("OC2 facts corrected."), {});
        return Status();
    });
    frame().open(d);
}

} // namespace lac
