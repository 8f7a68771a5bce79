// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"

#include "common/WindowFit.h"

#include "services/AppServices.h"

#include <QApplication>
#include <QCloseEvent>
#include <QFileInfo>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>

namespace lac {

MainWindow::MainWindow(AppServices& services, QWidget* parent)
    : QMainWindow(parent)
    , m_services(services)
{
    setObjectName(QStringLiteral("MainWindow"));
    // The file's name, or for a team database where it is, so that a person with two windows
    // can tell the team's from a copy on the PC.
    const QString where = services.onTeamServer()
                              ? tr("team database %1").arg(services.databaseLocation())
                              : QFileInfo(services.databaseLocation()).fileName();
    setWindowTitle(tr("LAC Health Tracker — %1 (%2)").arg(services.authorityName(), where));
    setWindowIcon(QIcon(QStringLiteral(":/icons/lachealth.svg")));

    m_tabs = new QTabWidget(this);
    m_tabs->setDocumentMode(true);
    m_tabs->setAccessibleName(tr("Workspaces"));
    setCentralWidget(m_tabs);
    // A message belongs to the tab that said it: a new tab starts with a clear status bar
    // and says its own (its count, from its show event, after this).
    connect(m_tabs, &QTabWidget::currentChanged, statusBar(), &QStatusBar::clearMessage);

    m_fileMenu = menuBar()->addMenu(tr("&File"));
    m_viewMenu = menuBar()->addMenu(tr("&View"));
    m_toolsMenu = menuBar()->addMenu(tr("&Tools"));
    m_helpMenu = menuBar()->addMenu(tr("&Help"));

    QAction* quit = m_fileMenu->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    m_helpMenu->addAction(tr("&About LAC Health Tracker"), this, [this] {
        QMessageBox::about(this, tr("About LAC Health Tracker"),
                           tr("<b>LAC Health Tracker %1</b><p>Statutory health assessments for "
                              "children in care, on time.</p><p>Licensed under the GNU GPL v3 or "
                              "later. Contains public sector information licensed under the Open "
                              "Government Licence v3.0 (GOV.UK bank holidays).</p>")
                               .arg(QApplication::applicationVersion()));
    });
    statusBar()->showMessage(tr("Signed in as %1").arg(services.user().login));
    resize(sizeForScreen(this, QSize(1280, 800)));
}

MainWindow::~MainWindow() = default;

void MainWindow::addWorkspace(QWidget* workspace, const QString& title, const QString& objectName)
{
    workspace->setObjectName(objectName);
    m_tabs->addTab(workspace, title);
    QAction* show = m_viewMenu->addAction(
        title, this, [this, workspace] { m_tabs->setCurrentWidget(workspace); });
    const int n = m_tabs->count();
    if (n <= 9)
        show->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_0 + n)));
}

void MainWindow::restoreLayout()
{
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("MainWindow/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("MainWindow/state")).toByteArray());
    fitToScreen(this); // saved on a larger or a no longer connected monitor
    m_tabs->setCurrentIndex(settings.value(QStringLiteral("MainWindow/tab"), 0).toInt());
}

void MainWindow::saveLayout() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("MainWindow/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("MainWindow/state"), saveState());
    settings.setValue(QStringLiteral("MainWindow/tab"), m_tabs->currentIndex());
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    saveLayout();
    event->accept();
}

} // namespace lac
