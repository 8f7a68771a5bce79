// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "carers/ui/CarerMedicalsView.h"

#include "PagedTableModel.h"
#include "RecordTableLook.h"
#include "carers/core/CarerMedicalClock.h"
#include "carers/core/CarerMedicalService.h"
#include "carers/models/CarerMedicalListModel.h"
#include "carers/ui/CarerApplicantDialog.h"
#include "carers/ui/CarerMedicalDialog.h"
#include "carers/ui/EditCarerMedicalCommand.h"
#include "common/DisplayDate.h"
#include "security/AccessPolicy.h"
#include "services/CaseContext.h"
#include "workspace/CaseWork.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>

namespace lac {

CarerMedicalsView::CarerMedicalsView(const CarerMedicalService& service, CaseWork& work,
                                     QWidget* parent)
    : QWidget(parent)
    , m_service(service)
    , m_work(work)
{
    const UserRole role = service.context().user().role;
    const bool team = AccessPolicy::allows(role, Permission::EditCarerMedicals);
    m_model = new CarerMedicalListModel(this);
    m_sorted = new QSortFilterProxyModel(this);
    m_sorted->setSourceModel(m_model);
    m_sorted->setSortRole(PagedTableModel::RawValueRole);
    m_table = new QTableView(this);
    m_table->setModel(m_sorted);
    m_table->setAccessibleName(tr("Carers' medicals"));
    RecordTableLook::apply(m_table);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSortingEnabled(true);
    // The list's own order (longest waiting, soonest renewal, oldest request) until a header
    // is clicked.
    m_table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);

    m_list = new QComboBox(this);
    m_list->setAccessibleName(tr("Show"));
    m_list->addItem(tr("Medicals waiting, longest first"), int(List::Waiting));
    m_list->addItem(
        tr("Renewals due in the next %1 months").arg(CarerMedicalClock::renewalWindowMonths),
        int(List::RenewalsDue));
    m_list->addItem(tr("Every medical (log)"), int(List::All));
    connect(m_list, &QComboBox::currentIndexChanged, this, &CarerMedicalsView::refresh);

    m_addApplicant = new QAction(tr("&New applicant…"), this);
    m_addApplicant->setToolTip(tr("Add a prospective foster carer or adopter"));
    m_changeApplicant = new QAction(tr("C&hange applicant…"), this);
    m_request = new QAction(tr("&Request medical…"), this);
    m_request->setToolTip(tr("Request a medical (AH, or AH2 to renew) for an applicant"));
    m_open = new QAction(tr("&Open medical…"), this);
    m_open->setToolTip(tr("Record the next step of the medical selected"));
    m_chase = new QAction(tr("Record &chase…"), this);
    m_addApplicant->setEnabled(team);
    m_request->setEnabled(team);
    connect(m_addApplicant, &QAction::triggered, this, &CarerMedicalsView::addApplicant);
    connect(m_changeApplicant, &QAction::triggered, this, &CarerMedicalsView::changeApplicant);
    connect(m_request, &QAction::triggered, this, &CarerMedicalsView::requestMedical);
    connect(m_open, &QAction::triggered, this, &CarerMedicalsView::openMedical);
    connect(m_chase, &QAction::triggered, this, &CarerMedicalsView::recordChase);
    auto* bar = new QToolBar(this);
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    bar->setAccessibleName(tr("Carers' medicals steps"));
    bar->addActions({m_addApplicant, m_changeApplicant, m_request, m_open, m_chase});

    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_chases = new QLabel(this);
    m_chases->setWordWrap(true);
    m_chases->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Show:"), this));
    top->addWidget(m_list);
    top->addWidget(m_summary, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(bar);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_chases);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        updateActions();
        showChases();
    });
    connect(m_table, &QTableView::activated, this, &CarerMedicalsView::openMedical);
    refresh();
}

void CarerMedicalsView::showList(List list)
{
    m_list->setCurrentIndex(m_list->findData(int(list)));
    refresh();
}

void CarerMedicalsView::refresh()
{
    const QDate today = m_service.today();
    const auto list = List(m_list->currentData().toInt());
    auto waiting = m_service.waiting(today);
    auto renewals = m_service.renewalsDue(today);
    auto lines = list == List::Waiting       ? waiting
                 : list == List::RenewalsDue ? renewals
                                             : m_service.log(today);
    if (!lines || !waiting || !renewals) {
        m_model->setRows({});
        m_summary->setText((!lines ? lines : !waiting ? waiting : renewals).failure().text());
        updateActions();
        return;
    }
    m_model->setRows(lines.value());
    int gp = 0, adviser = 0, applicant = 0;
    for (const CarerMedicalLine& l : waiting.value()) {
        gp += l.stage == CarerMedicalStage::Gp ? 1 : 0;
        adviser += l.stage == CarerMedicalStage::Adviser ? 1 : 0;
        applicant += l.stage == CarerMedicalStage::Applicant ? 1 : 0;
    }
    m_summary->setText(
        tr("<b>%n waiting</b>", nullptr, int(waiting.value().size())) +
        (waiting.value().isEmpty()
             ? QString()
             : tr(" (longest %1 days): with the GP %2, the adviser %3, the applicant %4")
                   .arg(waiting.value().first().daysWaited)
                   .arg(gp)
                   .arg(adviser)
                   .arg(applicant)) +
        tr(" · %1 renewals due within %2 months")
            .arg(renewals.value().size())
            .arg(CarerMedicalClock::renewalWindowMonths));
    m_table->resizeColumnsToContents();
    updateActions();
    showChases();
}

const CarerMedicalLine* CarerMedicalsView::current() const
{
    const QModelIndex i = m_table->currentIndex();
    if (!i.isValid())
        return nullptr;
    return &m_model->rowAt(m_sorted->mapToSource(i).row());
}

void CarerMedicalsView::updateActions()
{
    const UserRole role = m_service.context().user().role;
    const bool team = AccessPolicy::allows(role, Permission::EditCarerMedicals);
    const CarerMedicalLine* line = current();
    m_changeApplicant->setEnabled(team && line);
    m_open->setEnabled(line);
    m_chase->setEnabled(team && line &&
                        CarerMedicalClock::waitingOn(line->row.medical, m_service.today()));
}

void CarerMedicalsView::showChases()
{
    const CarerMedicalLine* line = current();
    if (!line) {
        m_chases->setText(tr("Select a medical to see its chases."));
        return;
    }
    auto chases = m_service.chases(line->row.medical.id);
    if (!chases) {
        m_chases->setText(chases.failure().text());
        return;
    }
    QStringList text;
    for (const CarerMedicalChase& c : chases.value())
        text << tr("%1 by %2: %3").arg(displayDate(c.date), c.chasedBy, c.response);
    m_chases->setText(text.isEmpty()
                          ? tr("%1: not chased yet.").arg(line->row.applicant.name)
                          : tr("Chases of %1's medical: %2")
                                .arg(line->row.applicant.name, text.join(QStringLiteral("; "))));
}

void CarerMedicalsView::open(CaseDialog* dialog)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_lastDialog = dialog;
    dialog->open();
}

void CarerMedicalsView::addApplicant()
{
    auto* d = new CarerApplicantDialog(CarerApplicant{}, m_service.today(), this);
    d->setSubmit([this, d] {
        auto a = d->applicant();
        if (!a)
            return Status(a.failure());
        auto id = m_service.addApplicant(a.value());
        if (!id)
            return Status(id.failure());
        Q_EMIT statusMessage(tr("%1 added. Request their medical next.").arg(a.value().name));
        refresh();
        return Status();
    });
    open(d);
}

void CarerMedicalsView::changeApplicant()
{
    const CarerMedicalLine* line = current();
    if (!line)
        return;
    auto* d = new CarerApplicantDialog(line->row.applicant, m_service.today(), this);
    d->setSubmit([this, d] {
        auto a = d->applicant();
        if (!a)
            return Status(a.failure());
        if (Status s = m_service.updateApplicant(a.value()); !s)
            return s;
        Q_EMIT statusMessage(tr("%1 changed.").arg(a.value().name));
        refresh();
        return Status();
    });
    open(d);
}

void CarerMedicalsView::requestMedical()
{
    auto applicants = m_service.applicants();
    if (!applicants) {
        Q_EMIT statusMessage(applicants.failure().text());
        return;
    }
    CarerMedical draft;
    if (const CarerMedicalLine* line = current()) {
        draft.applicantId = line->row.applicant.id;
        // A second medical of the same applicant is an update (or a renewal).
        draft.form = CarerMedicalForm::Ah2;
        draft.gpPractice = line->row.medical.gpPractice;
    }
    const UserRole role = m_service.context().user().role;
    auto* d =
        new CarerMedicalDialog(draft, applicants.value(), m_service.today(),
                               AccessPolicy::allows(role, Permission::EditCarerMedicals),
                               AccessPolicy::allows(role, Permission::ReviewCarerMedicals), this);
    d->setSubmit([this, d] {
        auto m = d->medical();
        if (!m)
            return Status(m.failure());
        auto id = m_service.request(m.value());
        if (!id)
            return Status(id.failure());
        Q_EMIT statusMessage(tr("Medical requested on %1.").arg(displayDate(m.value().requested)));
        refresh();
        return Status();
    });
    open(d);
}

void CarerMedicalsView::openMedical()
{
    const CarerMedicalLine* line = current();
    if (!line)
        return;
    auto applicants = m_service.applicants();
    auto before = m_service.medical(line->row.medical.id);
    if (!applicants || !before) {
        Q_EMIT statusMessage((!applicants ? applicants.failure() : before.failure()).text());
        return;
    }
    const UserRole role = m_service.context().user().role;
    const QString name = line->row.applicant.name;
    auto* d =
        new CarerMedicalDialog(before.value(), applicants.value(), m_service.today(),
                               AccessPolicy::allows(role, Permission::EditCarerMedicals),
                               AccessPolicy::allows(role, Permission::ReviewCarerMedicals), this);
    d->setWindowTitle(tr("Medical of %1").arg(name));
    const CarerMedical read = before.value();
    d->setSubmit([this, d, read, name] {
        auto m = d->medical();
        if (!m)
            return Status(m.failure());
        if (Status s = m_service.update(m.value()); !s)
            return s;
        CarerMedical after = m.value();
        after.version = read.version + 1;
        m_work.undoStack()->push(new EditCarerMedicalCommand(m_service, read, after, name,
                                                             [this](const QString& failure) {
                                                                 if (!failure.isEmpty())
                                                                     Q_EMIT statusMessage(failure);
                                                                 refresh();
                                                             }));
        Q_EMIT statusMessage(after.signedOff().isValid() && !read.signedOff().isValid()
                                 ? tr("%1's medical signed off.").arg(name)
                                 : tr("%1's medical saved.").arg(name));
        refresh();
        return Status();
    });
    open(d);
}

void CarerMedicalsView::recordChase()
{
    const CarerMedicalLine* line = current();
    if (!line)
        return;
    auto* d = new CarerChaseDialog(tr("Chase of %1's medical (the %2's move since %3)")
                                       .arg(line->row.applicant.name,
                                            CarerMedicalService::stageText(line->stage),
                                            displayDate(line->stageSince)),
                                   line->row.medical.id, m_service.today(), this);
    d->setSubmit([this, d] {
        auto c = d->chase();
        if (!c)
            return Status(c.failure());
        auto id = m_service.addChase(c.value());
        if (!id)
            return Status(id.failure());
        Q_EMIT statusMessage(tr("Chase recorded."));
        refresh();
        return Status();
    });
    open(d);
}

} // namespace lac
