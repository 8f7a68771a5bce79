// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "immunisations/ui/ImmunisationsTab.h"

#include "PagedTableModel.h"
#include "common/DisplayDate.h"
#include "domain/ChildRecord.h"
#include "immunisations/core/ImmunisationService.h"
#include "immunisations/models/ImmunisationListModel.h"
#include "immunisations/ui/ImmunisationDialog.h"
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

QString whyText(UncountedDose::Why why)
{
    switch (why) {
    case UncountedDose::Why::TooYoung:
        return ImmunisationsTab::tr("does not count: given below the minimum age");
    case UncountedDose::Why::TooSoon:
        return ImmunisationsTab::tr("does not count: less than 4 weeks after the previous dose");
    case UncountedDose::Why::TooOld:
        return ImmunisationsTab::tr("does not count: given past the age it is given at");
    case UncountedDose::Why::NotInSchedule:
        break;
    }
    return ImmunisationsTab::tr("not in this child's schedule");
}

} // namespace

ImmunisationsTab::ImmunisationsTab(const ImmunisationService& service, ChildWindowFrame& frame,
                                   QWidget* parent)
    : ChildWindowTab(frame, parent)
    , m_service(service)
{
    m_model = new ImmunisationListModel(this);
    if (service.book()) {
        QHash<QString, QString> names;
        for (const auto& v : service.book().value().vaccines())
            names.insert(v.code, v.name);
        m_model->setVaccineNames(names);
    }
    auto* sorted = sortedByValue(m_model);
    m_table = recordTable(sorted, tr("Immunisations"));
    m_table->sortByColumn(ImmunisationListModel::DateColumn, Qt::DescendingOrder);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::RichText);
    m_status->setAccessibleName(tr("Immunisation status"));
    m_source = new QLabel(this);
    m_source->setWordWrap(true);
    m_source->setAccessibleName(tr("Schedule"));
    addStep("recordImmunisation", tr("Record i&mmunisation…"), QKeySequence(),
            tr("Record a dose given, and where the record of it came from"),
            [this] { recordDose(); });
    addStep("correctImmunisation", tr("Correct immunisation…"), QKeySequence(),
            tr("Correct the dose selected"), [this] { correctDose(); });
    auto* bar = new QToolBar(this);
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    bar->setAccessibleName(tr("Immunisation steps"));
    bar->addActions(steps(Place::Tab));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(bar);
    layout->addWidget(m_status);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_source);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ImmunisationsTab::updateActions);
    connect(m_table, &QTableView::activated, this, &ImmunisationsTab::correctDose);
}

QString ImmunisationsTab::title() const
{
    return tr("I&mmunisations");
}

QString ImmunisationsTab::dosesText(const QList<DoseStanding>& doses, bool withDue) const
{
    // One entry per vaccine ("MenB doses 1, 2 (due 22/09/2026)"), in the order they fall due.
    QStringList order;
    QHash<QString, QList<DoseStanding>> byVaccine;
    for (const DoseStanding& d : doses) {
        if (!byVaccine.contains(d.dose.vaccine))
            order << d.dose.vaccine;
        byVaccine[d.dose.vaccine] << d;
    }
    QStringList parts;
    for (const QString& vaccine : std::as_const(order)) {
        const QList<DoseStanding>& list = byVaccine[vaccine];
        QStringList numbers;
        for (const DoseStanding& d : list)
            numbers << QString::number(d.dose.number);
        const QString name = m_service.book().value().vaccineName(vaccine);
        const QString text = tr("%1 doses %2", nullptr, int(list.size()))
                                 .arg(name, numbers.join(QStringLiteral(", ")));
        parts << (withDue ? tr("%1 (due %2)").arg(text, displayDate(list.first().dueOn)) : text);
    }
    return parts.join(QStringLiteral("; ")).toHtmlEscaped();
}

QString ImmunisationsTab::statusText(const ImmunisationStatus& s) const
{
    QStringList lines;
    const QList<DoseStanding> overdue = s.overdue();
    if (overdue.isEmpty())
        lines << tr("<b>Up to date</b> with the routine schedule on %1.")
                     .arg(displayDate(s.referenceDate));
    else
        lines << tr("<b>Overdue: %n doses</b> — %1.", nullptr, int(overdue.size()))
                     .arg(dosesText(overdue, true));
    const QList<DoseStanding> next = s.nextDue();
    if (next.isEmpty())
        lines << tr("Nothing more is due under the routine schedule.");
    else if (next.first().plannedOn <= s.referenceDate)
        lines << tr("<b>Give now:</b> %1.").arg(dosesText(next, false));
    else
        lines << tr("<b>Next due %1:</b> %2.")
                     .arg(displayDate(next.first().plannedOn), dosesText(next, false));
    const bool anyGiven = std::any_of(s.doses.begin(), s.doses.end(), [](const DoseStanding& d) {
        return d.state == DoseStanding::State::Given;
    });
    if (!anyGiven && s.uncounted.isEmpty())
        lines << tr("No doses are recorded: as UKHSA advises, the child is treated as "
                    "unimmunised until a record is found, and what is due is given 4 weeks "
                    "apart.");
    if (!s.uncounted.isEmpty())
        lines << tr("%n recorded doses do not count (see the list).", nullptr,
                    int(s.uncounted.size()));
    return lines.join(QStringLiteral("<br>"));
}

void ImmunisationsTab::reload()
{
    const ChildRecord& child = frame().child();
    const QDate today = work().services().caseContext().today();
    auto doses = m_service.forChild(child.id);
    auto status = m_service.status(child.id, today);
    QHash<qint64, QString> counts;
    if (status) {
        for (const DoseStanding& d : status.value().doses) {
            if (d.state == DoseStanding::State::Given)
                counts.insert(d.givenBy, m_service.doseName(d.dose));
        }
        for (const UncountedDose& u : status.value().uncounted)
            counts.insert(u.dose.id, whyText(u.why));
    }
    m_model->setDoses(doses ? doses.value() : QList<ImmunisationDose>(), counts);
    m_table->resizeColumnsToContents();
    if (!doses || !status) {
        m_status->setText((doses ? status.failure() : doses.failure()).text().toHtmlEscaped());
        m_source->clear();
        return;
    }
    m_status->setText(statusText(status.value()));
    const ImmunisationSchedule* schedule = status.value().schedule;
    m_source->setText(
        tr("Schedule: %1. Source: %2, %3.")
            .arg(schedule->title, schedule->sourceTitle, displayDate(schedule->sourceDate)));
}

void ImmunisationsTab::updateActions()
{
    const bool edit = AccessPolicy::allows(work().services().user().role, Permission::EditCaseData);
    enable("recordImmunisation", edit && m_service.book().ok());
    enable("correctImmunisation",
           edit && m_service.book().ok() && m_table->currentIndex().isValid());
}

void ImmunisationsTab::openDialog(const ImmunisationDose& initial)
{
    const ChildRecord child = frame().child();
    QList<QPair<QString, QString>> vaccines;
    for (const auto& v : m_service.book().value().vaccines())
        vaccines << qMakePair(v.code, v.name);
    auto* d = new ImmunisationDialog(
        tr("Immunisation for %1 (%2)").arg(child.displayName(), child.caseId), initial, vaccines,
        work().services().caseContext().today(), this);
    const bool correcting = initial.id != 0;
    d->setSubmit([this, d, correcting] {
        const ImmunisationDose dose = d->dose();
        if (correcting) {
            if (Status s = m_service.correct(dose); !s)
                return s;
            frame().showChanges(tr("Immunisation corrected."), {});
            return Status();
        }
        auto id = m_service.record(dose);
        if (!id)
            return Status(id.failure());
        frame().showChanges(tr("Immunisation on %1 recorded.").arg(displayDate(dose.date)), {});
        return Status();
    });
    frame().open(d);
}

void ImmunisationsTab::recordDose()
{
    ImmunisationDose draft;
    draft.childId = frame().child().id;
    openDialog(draft);
}

void ImmunisationsTab::correctDose()
{
    const QModelIndex i = m_table->currentIndex();
    if (!i.isValid())
        return;
    const auto* proxy = qobject_cast<const QSortFilterProxyModel*>(m_table->model());
    openDialog(m_model->rowAt(proxy->mapToSource(i).row()));
}

} // namespace lac
