// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AdminWorkspace.h"

#include "BacklogView.h"
#include "CaseWork.h"
#include "ChildEditDialog.h"
#include "ChildrenView.h"
#include "MainWindow.h"
#include "OutOfAreaLogView.h"
#include "PaperworkLogView.h"
#include "WorklistView.h"
#include "security/AccessPolicy.h"
#include "services/AppServices.h"

#include <QMenu>
#include <QMenuBar>
#include <QStatusBar>
#include <QUndoStack>

namespace lac {

AdminWorkspace::AdminWorkspace(MainWindow& window, AppServices& services)
    : QObject(&window)
    , m_window(window)
    , m_services(services)
{
    auto* undo = new QUndoStack(this);
    m_work = new CaseWork(services, undo, this);
    connect(m_work, &CaseWork::statusMessage, window.statusBar(),
            [&window](const QString& text) { window.statusBar()->showMessage(text); });

    QMenu* edit = new QMenu(tr("&Edit"), &window);
    window.menuBar()->insertMenu(window.viewMenu()->menuAction(), edit);
    QAction* undoAction = undo->createUndoAction(edit, tr("&Undo"));
    undoAction->setShortcut(QKeySequence::Undo);
    QAction* redoAction = undo->createRedoAction(edit, tr("&Redo"));
    redoAction->setShortcut(QKeySequence::Redo);
    edit->addAction(undoAction);
    edit->addAction(redoAction);

    QAction* newChild = new QAction(tr("&New child…"), &window);
    newChild->setShortcut(QKeySequence::New);
    newChild->setToolTip(tr("Add a child (Ctrl+N)"));
    newChild->setEnabled(AccessPolicy::allows(services.user().role, Permission::EditCaseData));
    connect(newChild, &QAction::triggered, this, &AdminWorkspace::addChild);
    QMenu* file = window.fileMenu();
    file->insertAction(file->actions().value(0), newChild);
    file->insertSeparator(file->actions().value(1));
}

void AdminWorkspace::addHome()
{
    m_worklist = new WorklistView(*m_work, &m_window);
    m_window.addWorkspace(m_worklist, tr("Worklist"), QStringLiteral("worklist"));
}

void AdminWorkspace::addLogs(ChildrenView* children)
{
    if (children) {
        connect(children, &ChildrenView::childActivated, this,
                [this, children](qint64 id) { m_work->openChild(id, children); });
        connect(m_work, &CaseWork::changed, children, &ChildrenView::refresh);
    }
    m_paperwork = new PaperworkLogView(*m_work, &m_window);
    m_window.addWorkspace(m_paperwork, tr("Paperwork log"), QStringLiteral("paperwork-log"));
    m_outOfArea = new OutOfAreaLogView(*m_work, &m_window);
    m_window.addWorkspace(m_outOfArea, tr("Out of area"), QStringLiteral("ooa-log"));
    m_backlog = new BacklogView(*m_work, &m_window);
    m_window.addWorkspace(m_backlog, tr("Backlog"), QStringLiteral("backlog"));
}

void AdminWorkspace::addChild()
{
    ChildRecord draft;
    auto* d = new ChildEditDialog(draft, m_services.caseContext().today(), &m_window);
    d->setAttribute(Qt::WA_DeleteOnClose);
    d->setSubmit([this, d] {
        auto id = m_services.childCases().addChild(d->child());
        if (!id)
            return Status(id.failure());
        m_work->notifyChanged();
        m_work->openChild(id.value(), &m_window);
        return Status();
    });
    d->open();
}

} // namespace lac
