// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PaperworkLogView.h"

#include "CaseTable.h"
#include "CaseWork.h"
#include "DateStepDialog.h"
#include "PaperworkIssueDialog.h"
#include "PaperworkLogModel.h"
#include "domain/CodeList.h"
#include "services/AppServices.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QVBoxLayout>

namespace lac {

PaperworkLogView::PaperworkLogView(CaseWork& work, QWidget* parent)
    : CaseLogView(work, parent)
{
    m_model = new PaperworkLogModel(work.services().caseLists().paperworkLog(), this);
    setUpTable(m_model, tr("paperwork log"), QStringLiteral("paperwork-log"),
               {{tr("Open issues"), int(PaperworkLogQuery::Show::Open)},
                {tr("Put right"), int(PaperworkLogQuery::Show::Closed)},
                {tr("All issues"), int(PaperworkLogQuery::Show::All)}},
               tr("Which issues"));
    showFilter()->setToolTip(tr("Show open issues, those put right, or all"));
    addStep(tr("&Returned…"), QKeySequence(Qt::CTRL | Qt::Key_R),
            tr("Record the day the paperwork went back to social care (Ctrl+R)"),
            [this] { markReturned(); });
    addStep(tr("&Put right…"), QKeySequence(Qt::CTRL | Qt::Key_D),
            tr("Record that the paperwork came back right; the request moves on (Ctrl+D)"),
            [this] { putRight(); });
    addStep(tr("&Edit…"), QKeySequence(Qt::CTRL | Qt::Key_E), tr("Edit the issue (Ctrl+E)"),
            [this] { edit(); });

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Requests held because the paperwork is wrong. Health books "
                                    "nothing until all the paperwork is right."),
                                 this));
    layout->addWidget(table(), 1);
    table()->setKeyColumns({PaperworkLogModel::DaysColumn, PaperworkLogModel::DueColumn});
}

PaperworkLogView::~PaperworkLogView() = default;

void PaperworkLogView::applyFilter()
{
    PaperworkLogQuery q = m_model->query();
    q.show = PaperworkLogQuery::Show(showFilter()->currentData().toInt());
    q.search = table()->searchBox()->text().trimmed();
    q.today = work().services().caseContext().today();
    m_model->setQuery(q);
    table()->fitColumns();
}

void PaperworkLogView::markReturned()
{
    const int row = table()->currentRow();
    if (row < 0)
        return;
    const PaperworkLogRow r = m_model->rowAt(row);
    DateStepDialog* d =
        dateStep(tr("Returned to social care"),
                 tr("%1 (%2): %3")
                     .arg(r.childName, r.caseId,
                          CodeList::label(CodeList::paperworkProblems(), r.issue.problem)));
    d->setSubmit([this, d, r] {
        return afterSave(
            work().services().paperwork().markReturned(r.issue.id, r.issue.version, d->date()));
    });
    openStep(d);
}

void PaperworkLogView::putRight()
{
    const int row = table()->currentRow();
    if (row < 0)
        return;
    const PaperworkLogRow r = m_model->rowAt(row);
    DateStepDialog* d =
        dateStep(tr("Put right on"),
                 tr("%1 (%2): %3 came back right. If it was the last open issue "
                    "the %4 request moves on to booking.")
                     .arg(r.childName, r.caseId,
                          CodeList::label(CodeList::paperworkProblems(), r.issue.problem), r.kind));
    d->setSubmit([this, d, r] {
        auto moved = work().services().paperwork().putRight(r.issue.id, r.issue.version, d->date());
        if (moved)
            Q_EMIT work().statusMessage(
                moved.value()
                    ? tr("Paperwork complete: the %1 for %2 can now be booked.")
                          .arg(r.kind, r.childName)
                    : tr("Issue put right; other issues for this request are still open."));
        return afterSave(moved);
    });
    openStep(d);
}

void PaperworkLogView::edit()
{
    const int row = table()->currentRow();
    if (row < 0)
        return;
    const PaperworkLogRow r = m_model->rowAt(row);
    auto* d = new PaperworkIssueDialog(tr("%1 for %2 (%3)").arg(r.kind, r.childName, r.caseId),
                                       r.issue, work().services().caseContext().today(), this);
    d->setSubmit(
        [this, d] { return afterSave(work().services().paperwork().updateIssue(d->issue())); });
    openStep(d);
}

} // namespace lac
