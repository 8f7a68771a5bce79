// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChildDetailView.h"

#include "AssessmentsTab.h"
#include "CaseWork.h"
#include "ChildEditDialog.h"
#include "EditChildCommand.h"
#include "common/DisplayDate.h"
#include "common/WindowFit.h"
#include "domain/CodeList.h"
#include "domain/NhsNumber.h"
#include "rules/ChildAge.h"
#include "security/AccessPolicy.h"
#include "services/AppServices.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QSettings>
#include <QShortcut>
#include <QTabWidget>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>

namespace lac {

ChildDetailView::ChildDetailView(CaseWork& work, qint64 childId, QWidget* parent)
    : QWidget(parent, Qt::Window)
    , m_work(work)
    , m_childId(childId)
{
    setObjectName(QStringLiteral("ChildDetailView"));
    m_child.id = childId;
    m_header = new QLabel(this);
    m_header->setTextFormat(Qt::RichText);
    m_header->setAccessibleName(tr("Child"));
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setAccessibleName(tr("Care and next due"));
    m_changes = new QLabel(this);
    m_changes->setWordWrap(true);
    m_changes->setStyleSheet(QStringLiteral("QLabel { background: #cff4fc; color: #055160; "
                                            "border: 1px solid #b6effb; padding: 6px; }"));
    m_changes->setAccessibleName(tr("What changed"));
    m_changes->hide();

    auto* careBar = new QToolBar(this);
    careBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    careBar->setAccessibleName(tr("Child and care actions"));
    m_editChild = new QAction(tr("&Edit child…"), this);
    m_editChild->setObjectName(QStringLiteral("editChild"));
    m_editChild->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_editChild->setToolTip(tr("Edit the child's details and NHS number (%1)")
                                .arg(m_editChild->shortcut().toString(QKeySequence::NativeText)));
    connect(m_editChild, &QAction::triggered, this, &ChildDetailView::editChild);
    addAction(m_editChild);
    careBar->addAction(m_editChild);

    // Every tab's steps live on the window too, so their shortcuts work from any tab.
    m_tabs = new QTabWidget(this);
    for (const ChildWindowTabs::Factory& make : work.childTabs().factories()) {
        ChildWindowTab* tab = make(*this, m_tabs);
        m_childTabs << tab;
        m_tabs->addTab(tab, tab->title());
        if (auto* assessments = qobject_cast<AssessmentsTab*>(tab))
            m_assessments = assessments;
        addActions(tab->steps(ChildWindowTab::Place::Tab));
        addActions(tab->steps(ChildWindowTab::Place::Header));
        careBar->addActions(tab->steps(ChildWindowTab::Place::Header));
    }

    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        if (auto* tab = qobject_cast<ChildWindowTab*>(m_tabs->currentWidget()))
            readIfUnread(*tab);
    });

    auto* layout = new QVBoxLayout(this);
    auto* headerRow = new QHBoxLayout;
    headerRow->addWidget(m_header, 1);
    headerRow->addWidget(careBar);
    layout->addLayout(headerRow);
    layout->addWidget(m_status);
    layout->addWidget(m_changes);
    layout->addWidget(m_tabs, 1);

    reload();
    resize(sizeForScreen(this, QSize(1100, 700)));
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("ChildDetailView/geometry")).toByteArray());
    fitToScreen(this);
    // A child's window closes like any document window: Ctrl+W, or Esc.
    // (The platform's Close keys may be Ctrl+F4 alone, so Ctrl+W is added by name.)
    QList<QKeySequence> closeKeys = QKeySequence::keyBindings(QKeySequence::Close);
    for (const QKeySequence& key :
         {QKeySequence(Qt::CTRL | Qt::Key_W), QKeySequence(Qt::Key_Escape)})
        if (!closeKeys.contains(key))
            closeKeys << key;
    for (const QKeySequence& key : std::as_const(closeKeys))
        connect(new QShortcut(key, this), &QShortcut::activated, this, &QWidget::close);
}

ChildDetailView::~ChildDetailView()
{
    QSettings().setValue(QStringLiteral("ChildDetailView/geometry"), saveGeometry());
}

QAction* ChildDetailView::action(const QString& objectName) const
{
    const QList<QAction*> all = actions();
    for (QAction* a : all) {
        if (a->objectName() == objectName)
            return a;
    }
    return nullptr;
}

const AssessmentRecord* ChildDetailView::currentAssessment() const
{
    return m_assessments ? m_assessments->currentAssessment() : nullptr;
}

void ChildDetailView::selectAssessment(qint64 assessmentId)
{
    if (!m_assessments)
        return;
    m_tabs->setCurrentWidget(m_assessments);
    m_assessments->selectAssessment(assessmentId);
}

void ChildDetailView::reload()
{
    const AppServices& s = m_work.services();
    auto child = s.childCases().child(m_childId);
    if (!child) {
        m_header->setText(child.failure().text());
        return;
    }
    m_child = child.value();
    const QDate today = s.caseContext().today();
    const int age = ChildAge::yearsOn(m_child.dateOfBirth, today);
    m_header->setText(
        tr("<span style='font-size:15pt; font-weight:600'>%1</span>&nbsp;&nbsp; case %2 · born "
           "%3 (%4) · %5 · NHS %6%7%8")
            .arg(m_child.displayName().toHtmlEscaped(), m_child.caseId.toHtmlEscaped(),
                 displayDate(m_child.dateOfBirth), tr("aged %1").arg(age),
                 CodeList::label(CodeList::sexes(), m_child.sex),
                 m_child.nhsNumber.isEmpty() ? tr("not known")
                                             : NhsNumber::format(m_child.nhsNumber),
                 m_child.uasc ? tr(" · UASC") : QString(),
                 m_child.clinicalNeed ? tr(" · <b>clinical need</b>") : QString()));
    setWindowTitle(tr("%1 (%2) — LAC Health Tracker").arg(m_child.displayName(), m_child.caseId));

    // The tab in front, and the assessments (what is due next, below the name); the rest
    // when shown.
    for (ChildWindowTab* tab : std::as_const(m_childTabs)) {
        if (tab == m_tabs->currentWidget() || tab == m_assessments) {
            m_unread.remove(tab);
            tab->reload();
        } else {
            m_unread.insert(tab);
        }
    }
    const QString care =
        m_child.inCare
            ? tr("In care, placed %1 (%2)")
                  .arg(CodeList::label(CodeList::locations(), m_child.currentLocation).toLower(),
                       m_child.currentPlacementType)
            : tr("Not in care now");
    if (m_child.nextDueDate.isValid())
        m_status->setTextFormat(Qt::RichText);
    m_status->setText(
        tr("%1. %2").arg(care, m_assessments ? m_assessments->nextDueWhy() : QString()));
    updateActions();
}

void ChildDetailView::updateActions()
{
    m_editChild->setEnabled(
        AccessPolicy::allows(m_work.services().user().role, Permission::EditCaseData));
    for (ChildWindowTab* tab : std::as_const(m_childTabs))
        tab->updateActions();
}

void ChildDetailView::showChanges(const QString& heading, const QStringList& lines)
{
    QString text = heading;
    if (!lines.isEmpty())
        text += QStringLiteral("\n• ") + lines.join(QStringLiteral("\n• "));
    m_changes->setText(text);
    m_changes->show();
    Q_EMIT m_work.statusMessage(heading);
    m_work.notifyChanged();
}

void ChildDetailView::readIfUnread(ChildWindowTab& tab)
{
    if (!m_unread.remove(&tab))
        return;
    tab.reload();
    tab.updateActions();
}

QString ChildDetailView::changesText() const
{
    return m_changes->isVisible() ? m_changes->text() : QString();
}

void ChildDetailView::open(CaseDialog* dialog)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    m_lastDialog = dialog;
    dialog->open();
}

void ChildDetailView::editChild()
{
    auto* d = new ChildEditDialog(m_child, m_work.services().caseContext().today(), this);
    const ChildRecord before = m_child;
    d->setSubmit([this, d, before] {
        const ChildRecord after = d->child();
        const ChildCaseService& service = m_work.services().childCases();
        if (Status s = service.updateChild(after); !s)
            return s;
        auto saved = service.child(before.id);
        if (!saved)
            return Status(saved.failure());
        m_work.undoStack()->push(
            new EditChildCommand(service, before, saved.value(), [this](const QString& failure) {
                if (!failure.isEmpty())
                    QMessageBox::warning(this, tr("Undo"), failure);
                m_work.notifyChanged();
            }));
        showChanges(tr("Saved %1's details (Ctrl+Z undoes).").arg(saved.value().displayName()), {});
        return Status();
    });
    open(d);
}

} // namespace lac
