// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "passport/ui/PassportTab.h"

#include "PagedTableModel.h"
#include "common/DisplayDate.h"
#include "domain/ChildRecord.h"
#include "passport/models/PassportDocument.h"
#include "passport/models/PassportItemModel.h"
#include "passport/ui/PassportDialogs.h"
#include "security/AccessPolicy.h"
#include "services/AppServices.h"
#include "workspace/CaseWork.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QLabel>
#include <QMessageBox>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTextBrowser>
#include <QToolBar>
#include <QVBoxLayout>

namespace lac {

PassportTab::PassportTab(const PassportService& service, ChildWindowFrame& frame, QWidget* parent)
    : ChildWindowTab(frame, parent)
    , m_service(service)
{
    m_items = new PassportItemModel(this);
    auto* sortedItems = sortedByValue(m_items);
    m_itemTable = recordTable(sortedItems, tr("Passport items"));
    m_itemTable->sortByColumn(PassportItemModel::SectionColumn, Qt::AscendingOrder);
    m_versions = new PassportVersionModel(this);
    m_versionTable = recordTable(sortedByValue(m_versions), tr("Signed-off versions"));
    m_versionTable->setMaximumHeight(120);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setAccessibleName(tr("Passport status"));
    addStep("startPassport", tr("S&tart passport"), QKeySequence(),
            tr("Start the health passport, filled in from what the tracker holds"),
            [this] { start(); });
    addStep("passportStep", tr("Next &step…"), QKeySequence(),
            tr("Record the passport's next step (records, draft, sign-off, offer, answer, "
               "delivery, new copy)"),
            [this] { nextStep(); });
    addStep("addPassportItem", tr("&Add item…"), QKeySequence(), tr("Add an item to a section"),
            [this] { addItem(); });
    addStep("editPassportItem", tr("&Edit item…"), QKeySequence(), tr("Edit the item selected"),
            [this] { editItem(); });
    addStep("removePassportItem", tr("Take item out"), QKeySequence(),
            tr("Take the item selected out of the passport"), [this] { removeItem(); });
    addStep("passportDetails", tr("Their &words and consent…"), QKeySequence(),
            tr("The name they use, their own words, and who else may see the passport"),
            [this] { editDetails(); });
    addStep("previewPassport", tr("Pre&view…"), QKeySequence(),
            tr("The young person's copy as a sign-off now would make it (items not to be "
               "shared left out)"),
            [this] { preview(); });
    addStep("exportPassport", tr("E&xport their copy…"), QKeySequence(),
            tr("Write the latest signed-off copy as a PDF (recorded in the audit trail)"),
            [this] { exportCopy(); });
    addStep("passportHowTo", tr("\"How to\" text…"), QKeySequence(),
            tr("The service's plain-English \"how to\" text, printed in every passport"),
            [this] { editHowTo(); });
    auto* bar = new QToolBar(this);
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    bar->setAccessibleName(tr("Passport steps"));
    bar->addActions(steps(Place::Tab));
    auto* versionsTitle =
        new QLabel(tr("Signed-off versions (each kept as the nurse signed it):"), this);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(bar);
    layout->addWidget(m_status);
    layout->addWidget(m_itemTable, 1);
    layout->addWidget(versionsTitle);
    layout->addWidget(m_versionTable);
    connect(m_itemTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &PassportTab::updateActions);
    connect(m_itemTable, &QTableView::activated, this, &PassportTab::editItem);
}

QString PassportTab::title() const
{
    return tr("&Passport");
}

QString PassportTab::statusText(QDate due) const
{
    const ChildRecord& child = frame().child();
    const QDate today = work().services().caseContext().today();
    const QDate from = PassportRules::eligibleFrom(child.dateOfBirth);
    if (!from.isValid())
        return tr("No date of birth is recorded, so the passport's dates cannot be worked out.");
    if (today < from)
        return tr("A health passport is prepared from the 16th birthday (%1).")
            .arg(displayDate(from));
    const PassportDuePolicy policy = m_service.policy();
    const PassportStage stage = m_file ? PassportRules::stage(*m_file) : PassportStage::NotStarted;
    const PassportStanding standing =
        PassportRules::standing(child.dateOfBirth, due, stage, policy, today);
    QString text = tr("<b>Health passport: %1.</b> ").arg(PassportRules::stageText(stage));
    if (standing == PassportStanding::Overdue)
        text += tr("<b>Overdue</b>: it was due by %1. ").arg(displayDate(due));
    else if (standing != PassportStanding::Done)
        text += tr("Due by %1. ").arg(displayDate(due));
    text += policy.atFirstRhaAfter16
                ? tr("(At the first RHA after 16, and no later than %1 months before 18.)")
                      .arg(policy.monthsBefore18)
                : tr("(%1 months before 18.)").arg(policy.monthsBefore18);
    if (m_file) {
        const Passport& p = m_file->passport;
        if (p.recordsRequested.isValid())
            text += tr("<br>Records asked of %1 on %2 (%3)%4.")
                        .arg(p.recordsFrom.toHtmlEscaped(), displayDate(p.recordsRequested),
                             p.recordsRequestedBy,
                             p.recordsReceived.isValid()
                                 ? tr(", received %1").arg(displayDate(p.recordsReceived))
                                 : QString());
        QStringList who;
        if (p.consentGp)
            who << tr("their GP");
        if (p.consentAdviser)
            who << tr("their personal adviser");
        text += who.isEmpty() ? tr("<br>Nobody else may see it (no consent recorded).")
                              : tr("<br>Also may see it: %1 (consent recorded %2).")
                                    .arg(who.join(tr(" and ")), displayDate(p.consentRecorded));
        int hidden = 0;
        for (const PassportItem& i : m_file->items)
            hidden += i.shared ? 0 : 1;
        if (hidden > 0)
            text += tr("<br>Items not to be shared: %1 (kept here, left out of their copy).")
                        .arg(hidden);
    }
    return text;
}

void PassportTab::reload()
{
    const ChildRecord& child = frame().child();
    auto file = m_service.file(child.id);
    m_file = file ? file.value() : std::nullopt;
    m_items->setRows(m_file ? m_file->items : QList<PassportItem>());
    m_versions->setRows(m_file ? m_file->versions : QList<PassportVersion>());
    // The text takes what is left, so whether an item is in their copy is always in view.
    for (int c = 0; c < PassportItemModel::TextColumn; ++c)
        m_itemTable->resizeColumnToContents(c);
    m_versionTable->resizeColumnsToContents();
    auto due = m_service.dueBy(child.id);
    if (!file)
        m_status->setText(file.failure().text());
    else if (!due)
        m_status->setText(due.failure().text());
    else
        m_status->setText(statusText(due.value()));
    updateActions();
}

QList<PassportStep> PassportTab::allowedSteps() const
{
    QList<PassportStep> out;
    if (!m_file)
        return out;
    const PassportStage stage = PassportRules::stage(*m_file);
    const UserRole role = work().services().user().role;
    for (PassportStep s :
         {PassportStep::RequestRecords, PassportStep::RecordsReceived, PassportStep::Draft,
          PassportStep::SignOff, PassportStep::Offer, PassportStep::Answer, PassportStep::Deliver,
          PassportStep::RequestReissue}) {
        const Permission need =
            s == PassportStep::SignOff ? Permission::SignOffPassport : Permission::PreparePassport;
        if (PassportRules::allows(stage, s) && AccessPolicy::allows(role, need))
            out << s;
    }
    return out;
}

void PassportTab::updateActions()
{
    const UserRole role = work().services().user().role;
    const bool prepare = AccessPolicy::allows(role, Permission::PreparePassport);
    const QDate today = work().services().caseContext().today();
    const QDate from = PassportRules::eligibleFrom(frame().child().dateOfBirth);
    enable("startPassport", prepare && !m_file && from.isValid() && today >= from);
    enable("passportStep", !allowedSteps().isEmpty());
    enable("addPassportItem", prepare && m_file.has_value());
    const bool selected = m_itemTable->currentIndex().isValid();
    enable("editPassportItem", prepare && selected);
    enable("removePassportItem", prepare && selected);
    enable("passportDetails", prepare && m_file.has_value());
    enable("previewPassport", prepare && m_file.has_value());
    enable("exportPassport",
           AccessPolicy::allows(role, Permission::ExportPassport) && m_file && m_file->latest());
    enable("passportHowTo", AccessPolicy::allows(role, Permission::ManageSettings));
}

void PassportTab::start()
{
    auto id = m_service.start(frame().child().id);
    if (!id) {
        QMessageBox::warning(this, tr("Health passport"), id.failure().text());
        return;
    }
    frame().showChanges(tr("Health passport started."),
                        {tr("Identity and immunisations are read from the record at sign-off; "
                            "the dentist comes from the last dental check.")});
}

void PassportTab::nextStep()
{
    const QList<PassportStep> steps = allowedSteps();
    if (steps.isEmpty())
        return;
    const ChildRecord child = frame().child();
    auto* d = new PassportStepDialog(
        tr("Health passport of %1 (%2)").arg(child.displayName(), child.caseId), steps,
        work().services().caseContext().today(), this);
    d->setSubmit([this, d, id = child.id] {
        if (Status s = m_service.takeStep(id, d->step(), d->input()); !s)
            return s;
        frame().showChanges(tr("Passport: %1 recorded.").arg(PassportRules::stepText(d->step())),
                            {});
        return Status();
    });
    frame().open(d);
}

std::optional<PassportItem> PassportTab::selectedItem() const
{
    const QModelIndex i = m_itemTable->currentIndex();
    if (!i.isValid())
        return std::nullopt;
    const auto* proxy = qobject_cast<const QSortFilterProxyModel*>(m_itemTable->model());
    return m_items->rowAt(proxy->mapToSource(i).row());
}

void PassportTab::addItem()
{
    const ChildRecord child = frame().child();
    PassportItem draft;
    if (auto current = selectedItem())
        draft.section = current->section;
    auto* d = new PassportItemDialog(
        tr("Passport of %1 (%2)").arg(child.displayName(), child.caseId), draft, this);
    d->setSubmit([this, d, id = child.id] {
        auto added = m_service.addItem(id, d->item());
        if (!added)
            return Status(added.failure());
        frame().showChanges(tr("Passport item added."), {});
        return Status();
    });
    frame().open(d);
}

void PassportTab::editItem()
{
    const auto item = selectedItem();
    if (!item || !AccessPolicy::allows(work().services().user().role, Permission::PreparePassport))
        return;
    const ChildRecord child = frame().child();
    auto* d = new PassportItemDialog(
        tr("Passport of %1 (%2)").arg(child.displayName(), child.caseId), *item, this);
    d->setSubmit([this, d, id = child.id] {
        if (Status s = m_service.updateItem(id, d->item()); !s)
            return s;
        frame().showChanges(tr("Passport item saved."), {});
        return Status();
    });
    frame().open(d);
}

void PassportTab::removeItem()
{
    const auto item = selectedItem();
    if (!item)
        return;
    if (QMessageBox::question(this, tr("Take item out"),
                              tr("Take \"%1\" out of the passport? It stays in the audit trail.")
                                  .arg(item->label.isEmpty() ? item->text.left(40)
                                                             : item->label)) != QMessageBox::Yes)
        return;
    if (Status s = m_service.removeItem(frame().child().id, *item); !s) {
        QMessageBox::warning(this, tr("Take item out"), s.failure().text());
        return;
    }
    frame().showChanges(tr("Passport item taken out."), {});
}

void PassportTab::editDetails()
{
    if (!m_file)
        return;
    const ChildRecord child = frame().child();
    auto* d = new PassportDetailsDialog(
        tr("Passport of %1 (%2): in their words").arg(child.displayName(), child.caseId),
        m_file->passport, work().services().caseContext().today(), this);
    d->setSubmit([this, d] {
        if (Status s = m_service.saveDetails(d->passport()); !s)
            return s;
        frame().showChanges(tr("Passport details and consent saved."), {});
        return Status();
    });
    frame().open(d);
}

void PassportTab::exportCopy()
{
    if (!m_file || !m_file->latest())
        return;
    const ChildRecord child = frame().child();
    // A personal document: offered in the user's documents folder, never the current folder.
    const QString suggested =
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .filePath(QStringLiteral("health-passport-%1-v%2.pdf")
                          .arg(child.caseId)
                          .arg(m_file->latest()->number));
    // The booklet, or the same copy as a web page a screen reader can follow (Qt cannot tag
    // a PDF): the file's ending chooses.
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export %1's health passport").arg(child.displayName()), suggested,
        tr("A5 booklet, PDF (*.pdf);;Accessible web page, HTML (*.html)"));
    if (path.isEmpty())
        return;
    if (Status s = m_service.exportCopy(child.id, path, *PassportDocument::forPath(path)); !s) {
        QMessageBox::warning(this, tr("Export their copy"), s.failure().text());
        return;
    }
    frame().showChanges(
        tr("Passport copy %1 written (recorded in the audit trail).").arg(m_file->latest()->number),
        {path});
}

void PassportTab::preview()
{
    auto copy = m_service.preview(frame().child().id);
    if (!copy) {
        QMessageBox::warning(this, tr("Preview"), copy.failure().text());
        return;
    }
    auto* dialog = new QDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(
        tr("Their copy if signed off now: %1").arg(frame().child().displayName()));
    auto* browser = new QTextBrowser(dialog);
    browser->setAccessibleName(tr("Passport preview"));
    PassportDocument::fill(*browser->document(), copy.value());
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto* layout = new QVBoxLayout(dialog);
    layout->addWidget(browser);
    layout->addWidget(buttons);
    dialog->resize(520, 640);
    dialog->show();
}

void PassportTab::editHowTo()
{
    auto* d = new PassportHowToDialog(m_service.howTo(), this);
    d->setSubmit([this, d] {
        if (Status s = m_service.setHowTo(d->text()); !s)
            return s;
        frame().showChanges(tr("The passport's \"how to\" text is saved for every passport."), {});
        return Status();
    });
    frame().open(d);
}

} // namespace lac
