// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CareTab.h"

#include "CaseWork.h"
#include "DateStepDialog.h"
#include "OutOfAreaLogModel.h"
#include "PaperworkLogModel.h"
#include "PlacementDialog.h"
#include "PlacementListModel.h"
#include "common/DisplayDate.h"
#include "domain/CaseCodes.h"
#include "domain/ChildRecord.h"
#include "domain/NhsNumber.h"
#include "security/AccessPolicy.h"
#include "services/AppServices.h"

#include <QLabel>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace lac {

CareTab::CareTab(ChildWindowFrame& frame, QWidget* parent)
    : ChildWindowTab(frame, parent)
{
    m_placements = new PlacementListModel(this);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(recordTable(sortedByValue(m_placements), tr("Placements")));
    m_nhsHistory = new QLabel(this);
    m_nhsHistory->setWordWrap(true);
    layout->addWidget(m_nhsHistory);
    addStep(
        "startCare", tr("&Start care…"), QKeySequence(), tr("Start a period of care"),
        [this] { startCare(); }, Place::Header);
    addStep(
        "move", tr("Placement &move…"), QKeySequence(Qt::CTRL | Qt::Key_M),
        tr("Record a placement move"), [this] { recordMove(); }, Place::Header);
    addStep(
        "endCare", tr("&Left care…"), QKeySequence(), tr("End the period of care"),
        [this] { endCare(); }, Place::Header);
}

QString CareTab::title() const
{
    return tr("&Care and placements");
}

void CareTab::reload()
{
    const AppServices& s = work().services();
    const qint64 childId = frame().child().id;
    auto placements = s.childCases().placements(childId);
    m_placements->setRows(placements ? placements.value() : QList<PlacementRecord>());
    auto numbers = s.childCases().nhsNumbers(childId);
    QStringList history;
    if (numbers) {
        for (const auto& n : numbers.value())
            history << tr("%1 from %2%3")
                           .arg(NhsNumber::format(n.number), displayDate(n.validFrom),
                                n.validTo.isValid() ? tr(" to %1").arg(displayDate(n.validTo))
                                                    : QString());
    }
    m_nhsHistory->setText(
        tr("NHS numbers: %1")
            .arg(history.isEmpty() ? tr("none recorded") : history.join(QStringLiteral("; "))));
}

void CareTab::updateActions()
{
    const bool edit = AccessPolicy::allows(work().services().user().role, Permission::EditCaseData);
    const bool inCare = frame().child().inCare;
    enable("startCare", edit && !inCare);
    enable("move", edit && inCare);
    enable("endCare", edit && inCare);
}

namespace {

PlacementDialog::Lists placementLists(const CaseWork& work)
{
    PlacementDialog::Lists lists;
    lists.legalStatuses = work.lists().legalStatuses().value();
    lists.placementTypes = work.lists().placementTypes().value();
    lists.authorities = work.lists().authorities().value();
    return lists;
}

} // namespace

void CareTab::startCare()
{
    auto* d = new PlacementDialog(false, placementLists(work()),
                                  work().services().caseContext().today(), this);
    const ChildRecord child = frame().child();
    d->setSubmit([this, d, child] {
        auto r =
            work().services().childCases().startCarePeriod(child.id, child.version, d->placement());
        if (!r)
            return Status(r.failure());
        frame().showChanges(tr("Period of care started. Due dates:"), r.value().lines());
        return Status();
    });
    frame().open(d);
}

void CareTab::recordMove()
{
    auto* d = new PlacementDialog(true, placementLists(work()),
                                  work().services().caseContext().today(), this);
    const ChildRecord child = frame().child();
    d->setSubmit([this, d, child] {
        const AppServices& s = work().services();
        auto r = s.childCases().recordPlacementMove(child.id, child.version, d->placement());
        if (!r)
            return Status(r.failure());
        QStringList lines = r.value().lines();
        if (lines.isEmpty())
            lines << tr("No due date changed.");
        const auto assessments = s.assessments().forChild(child.id);
        for (const auto& a : assessments ? assessments.value() : QList<AssessmentRecord>()) {
            if (a.status == AssessmentStatus::Booked)
                lines << tr("The %1 is booked: check the appointment still suits the new "
                            "placement.")
                             .arg(a.kindName());
        }
        frame().showChanges(tr("Placement move recorded."), lines);
        return Status();
    });
    frame().open(d);
}

void CareTab::endCare()
{
    const ChildRecord child = frame().child();
    auto* d = new DateStepDialog(tr("Left care"),
                                 tr("%1 left care on this day. Assessments not yet due become "
                                    "not required.")
                                     .arg(child.displayName()),
                                 work().services().caseContext().today(), tr("Reason:"), this);
    d->setSubmit([this, d, child] {
        auto r = work().services().childCases().endCarePeriod(child.id, child.version, d->date(),
                                                              d->note());
        if (!r)
            return Status(r.failure());
        frame().showChanges(tr("Period of care ended. Due dates:"), r.value().lines());
        return Status();
    });
    frame().open(d);
}

CaseLogsTab::CaseLogsTab(ChildWindowFrame& frame, QWidget* parent)
    : ChildWindowTab(frame, parent)
{
    const CaseListService& lists = work().lists();
    m_paperwork = new PaperworkLogModel(lists.paperworkLog(), this);
    m_outOfArea = new OutOfAreaLogModel(lists.outOfAreaLog(), this);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Paperwork issues"), this));
    layout->addWidget(recordTable(m_paperwork, tr("Paperwork issues")));
    layout->addWidget(new QLabel(tr("Out-of-area requests"), this));
    layout->addWidget(recordTable(m_outOfArea, tr("Out-of-area requests")));
}

QString CaseLogsTab::title() const
{
    return tr("&Paperwork and out of area");
}

void CaseLogsTab::reload()
{
    const QDate today = work().services().caseContext().today();
    PaperworkLogQuery pq;
    pq.childId = frame().child().id;
    pq.show = PaperworkLogQuery::Show::All;
    pq.today = today;
    m_paperwork->setQuery(pq);
    OutOfAreaLogQuery oq;
    oq.childId = frame().child().id;
    oq.show = OutOfAreaLogQuery::Show::All;
    oq.today = today;
    m_outOfArea->setQuery(oq);
}

} // namespace lac
