// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "development/ui/DevelopmentTab.h"

#include "PagedTableModel.h"
#include "common/DisplayDate.h"
#include "development/core/DevelopmentCheckService.h"
#include "development/models/DevelopmentCheckListModel.h"
#include "development/ui/DevelopmentCheckDialog.h"
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
namespace {

QString statusText(const DevelopmentStatus& s, QDate today)
{
    switch (s.state) {
    case DevelopmentStatus::State::NotApplicable:
        return DevelopmentTab::tr("Development reviews are for children under 5.");
    case DevelopmentStatus::State::NothingRecorded:
        return DevelopmentTab::tr("<b>No development review is recorded</b>: ask the health "
                                  "visitor for the child's reviews.");
    case DevelopmentStatus::State::Behind: {
        QStringList missing;
        for (DevelopmentReview r : s.missing)
            missing << DevelopmentCheckListModel::reviewText(r);
        return DevelopmentTab::tr("<b>Not up to date</b> on %1: %2 not done.")
            .arg(displayDate(today), missing.join(QStringLiteral(", ")));
    }
    case DevelopmentStatus::State::UpToDate:
        break;
    }
    return s.nextDueBy.isValid()
               ? DevelopmentTab::tr("Up to date on %1; the next review is due by %2.")
                     .arg(displayDate(today), displayDate(s.nextDueBy))
               : DevelopmentTab::tr("Up to date on %1.").arg(displayDate(today));
}

} // namespace

DevelopmentTab::DevelopmentTab(const DevelopmentCheckService& service, ChildWindowFrame& frame,
                               QWidget* parent)
    : ChildWindowTab(frame, parent)
    , m_service(service)
{
    m_model = new DevelopmentCheckListModel(this);
    auto* sorted = sortedByValue(m_model);
    m_table = recordTable(sorted, tr("Development reviews"));
    m_table->sortByColumn(DevelopmentCheckListModel::DateColumn, Qt::DescendingOrder);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setAccessibleName(tr("Development reviews up to date"));
    addStep("recordDevelopmentCheck", tr("Record de&velopment review…"), QKeySequence(),
            tr("Record a health visitor's development review, or one that did not happen"),
            [this] { recordCheck(); });
    addStep("correctDevelopmentCheck", tr("Correct development review…"), QKeySequence(),
            tr("Correct the development review selected"), [this] { correctCheck(); });
    auto* bar = new QToolBar(this);
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    bar->setAccessibleName(tr("Development review steps"));
    bar->addActions(steps(Place::Tab));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(bar);
    layout->addWidget(m_status);
    layout->addWidget(m_table, 1);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &DevelopmentTab::updateActions);
    connect(m_table, &QTableView::activated, this, &DevelopmentTab::correctCheck);
}

QString DevelopmentTab::title() const
{
    return tr("De&velopment");
}

void DevelopmentTab::reload()
{
    const ChildRecord& child = frame().child();
    auto checks = m_service.forChild(child.id);
    m_model->setRows(checks ? checks.value() : QList<DevelopmentCheckRecord>());
    m_table->resizeColumnsToContents();
    const QDate today = work().services().caseContext().today();
    auto status = m_service.status(child.id, today);
    if (!status)
        m_status->setText(status.failure().text());
    else
        m_status->setText(statusText(status.value(), today));
}

void DevelopmentTab::updateActions()
{
    const bool edit = AccessPolicy::allows(work().services().user().role, Permission::EditCaseData);
    enable("recordDevelopmentCheck", edit);
    enable("correctDevelopmentCheck", edit && m_table->currentIndex().isValid());
}

void DevelopmentTab::recordCheck()
{
    const ChildRecord child = frame().child();
    DevelopmentCheckRecord draft;
    draft.childId = child.id;
    auto* d = new DevelopmentCheckDialog(
        tr("Development review for %1 (%2)").arg(child.displayName(), child.caseId), draft,
        work().services().caseContext().today(), this);
    d->setSubmit([this, d] {
        const DevelopmentCheckRecord c = d->check();
        auto id = m_service.record(c);
        if (!id)
            return Status(id.failure());
        frame().showChanges(
            tr("%1 on %2 recorded.")
                .arg(DevelopmentCheckListModel::reviewText(c.review), displayDate(c.date)),
            {});
        return Status();
    });
    frame().open(d);
}

void DevelopmentTab::correctCheck()
{
    const QModelIndex i = m_table->currentIndex();
    if (!i.isValid())
        return;
    const auto* proxy = qobject_cast<const QSortFilterProxyModel*>(m_table->model());
    const DevelopmentCheckRecord rec = m_model->rowAt(proxy->mapToSource(i).row());
    const ChildRecord child = frame().child();
    auto* d = new DevelopmentCheckDialog(
        tr("Development review for %1 (%2)").arg(child.displayName(), child.caseId), rec,
        work().services().caseContext().today(), this);
    d->setSubmit([this, d] {
        if (Status s = m_service.correct(d->check()); !s)
            return s;
        frame().showChanges(tr("Development review corrected."), {});
        return Status();
    });
    frame().open(d);
}

} // namespace lac
