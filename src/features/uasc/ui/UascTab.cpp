// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "uasc/ui/UascTab.h"

#include "PagedTableModel.h"
#include "common/DisplayDate.h"
#include "domain/ChildRecord.h"
#include "security/AccessPolicy.h"
#include "services/AppServices.h"
#include "uasc/core/UascService.h"
#include "uasc/models/UascScreeningListModel.h"
#include "uasc/ui/UascDialogs.h"
#include "workspace/CaseWork.h"

#include <QLabel>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace lac {

UascTab::UascTab(const UascService& service, ChildWindowFrame& frame, QWidget* parent)
    : ChildWindowTab(frame, parent)
    , m_service(service)
{
    m_model = new UascScreeningListModel(this);
    auto* sorted = sortedByValue(m_model);
    m_table = recordTable(sorted, tr("UASC screenings"));
    m_table->sortByColumn(UascScreeningListModel::DateColumn, Qt::DescendingOrder);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setAccessibleName(tr("UASC health summary"));
    m_due = new QLabel(this);
    m_due->setWordWrap(true);
    m_due->setAccessibleName(tr("Initial screening"));
    addStep("editUascProfile", tr("UASC s&ummary…"), QKeySequence(),
            tr("Record or change arrival, interpreter, immunisation history and registrations"),
            [this] { editProfile(); });
    addStep("recordUascScreening", tr("Record scree&ning…"), QKeySequence(),
            tr("Record a TB, hepatitis, HIV or other screen, offered or done"),
            [this] { recordScreening(); });
    addStep("correctUascScreening", tr("Correct screening…"), QKeySequence(),
            tr("Correct the screening selected"), [this] { correctScreening(); });
    auto* bar = new QToolBar(this);
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    bar->setAccessibleName(tr("UASC steps"));
    bar->addActions(steps(Place::Tab));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(bar);
    layout->addWidget(m_summary);
    layout->addWidget(m_due);
    layout->addWidget(m_table, 1);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &UascTab::updateActions);
    connect(m_table, &QTableView::activated, this, &UascTab::correctScreening);
}

QString UascTab::title() const
{
    return tr("&UASC");
}

QString UascTab::summaryText() const
{
    if (!m_profile)
        return tr("No UASC health summary yet: record arrival, interpreter, immunisation "
                  "history and registrations with <i>UASC summary…</i>");
    const UascProfile& p = *m_profile;
    const auto orNot = [](const QString& s) {
        return s.isEmpty() ? tr("<b>not registered</b>") : s.toHtmlEscaped();
    };
    QString plan = p.catchUpPlan.toHtmlEscaped();
    if (plan.isEmpty())
        plan = p.history == UascImmunisationHistory::Known ? tr("none needed")
                                                           : tr("<b>no plan recorded</b>");
    return tr("Arrived %1 · interpreter: %2<br>Immunisations: %3 · catch-up plan: %4<br>"
              "GP: %5 · dentist: %6 · optician: %7")
        .arg(p.arrivalDate.isValid() ? displayDate(p.arrivalDate) : tr("date not known"),
             p.interpreterLanguage.isEmpty() ? tr("none needed")
                                             : p.interpreterLanguage.toHtmlEscaped(),
             UascScreeningListModel::historyText(p.history), plan, orNot(p.gpPractice),
             orNot(p.dentist), orNot(p.optician));
}

void UascTab::reload()
{
    const ChildRecord& child = frame().child();
    if (!child.uasc) {
        m_profile.reset();
        m_model->setRows({});
        m_summary->setText(tr("%1 is not recorded as an unaccompanied asylum-seeking child. "
                              "Tick UASC in the child's details to record arrival, "
                              "screening and registrations here.")
                               .arg(child.displayName().toHtmlEscaped()));
        m_due->clear();
        return;
    }
    auto profile = m_service.profile(child.id);
    m_profile = profile ? profile.value() : std::nullopt;
    auto list = m_service.screenings(child.id);
    m_model->setRows(list ? list.value() : QList<UascScreening>());
    m_table->resizeColumnsToContents();
    m_summary->setText(profile ? summaryText() : profile.failure().text());
    auto status = m_service.status(child.id);
    const QDate today = work().services().caseContext().today();
    if (!status || !list)
        m_due->setText((status ? list.failure() : status.failure()).text());
    else if (!status.value())
        m_due->setText(tr("Not in care now: no screening is chased."));
    else if (status.value()->missing.isEmpty())
        m_due->setText(tr("Initial screening (TB, hepatitis B and C, HIV) all on record."));
    else
        m_due->setText(
            (status.value()->due <= today
                 ? tr("<b>Initial screening outstanding</b> (due by %1): %2 not on record.")
                 : tr("Initial screening due by %1: %2 not on record yet."))
                .arg(displayDate(status.value()->due),
                     UascWorklistPile::screenNames(status.value()->missing)));
}

void UascTab::updateActions()
{
    const bool edit = frame().child().uasc &&
                      AccessPolicy::allows(work().services().user().role, Permission::EditCaseData);
    enable("editUascProfile", edit);
    enable("recordUascScreening", edit);
    enable("correctUascScreening", edit && m_table->currentIndex().isValid());
}

void UascTab::editProfile()
{
    const ChildRecord child = frame().child();
    UascProfile draft = m_profile.value_or(UascProfile{});
    draft.childId = child.id;
    auto* d = new UascProfileDialog(
        tr("UASC health summary for %1 (%2)").arg(child.displayName(), child.caseId), draft,
        work().services().caseContext().today(), this);
    d->setSubmit([this, d] {
        auto id = m_service.saveProfile(d->profile());
        if (!id)
            return Status(id.failure());
        frame().showChanges(tr("UASC health summary saved."), {});
        return Status();
    });
    frame().open(d);
}

void UascTab::recordScreening()
{
    const ChildRecord child = frame().child();
    UascScreening draft;
    draft.childId = child.id;
    auto* d =
        new UascScreeningDialog(tr("Screening for %1 (%2)").arg(child.displayName(), child.caseId),
                                draft, work().services().caseContext().today(), this);
    d->setSubmit([this, d] {
        const UascScreening s = d->screening();
        auto id = m_service.recordScreening(s);
        if (!id)
            return Status(id.failure());
        frame().showChanges(
            tr("%1 screen on %2 recorded.")
                .arg(UascScreeningListModel::screenText(s.screen), displayDate(s.date)),
            {});
        return Status();
    });
    frame().open(d);
}

void UascTab::correctScreening()
{
    const QModelIndex i = m_table->currentIndex();
    if (!i.isValid())
        return;
    const auto* proxy = qobject_cast<const QSortFilterProxyModel*>(m_table->model());
    const UascScreening rec = m_model->rowAt(proxy->mapToSource(i).row());
    const ChildRecord child = frame().child();
    auto* d =
        new UascScreeningDialog(tr("Screening for %1 (%2)").arg(child.displayName(), child.caseId),
                                rec, work().services().caseContext().today(), this);
    d->setSubmit([this, d] {
        if (Status s = m_service.correctScreening(d->screening()); !s)
            return s;
        frame().showChanges(tr("Screening corrected."), {});
        return Status();
    });
    frame().open(d);
}

} // namespace lac
