// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>

class QTabWidget;

namespace lac {

class AppServices;

/// The shell: menus, a tab per workspace, the status bar. Features live in their own views
/// and action handlers; they are added with addWorkspace() and the menu accessors, so that
/// this class stays small.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(AppServices& services, QWidget* parent = nullptr);
    ~MainWindow() override;

    /// Adds a workspace tab; \a objectName is also the key its layout is remembered under.
    void addWorkspace(QWidget* workspace, const QString& title, const QString& objectName);
    QMenu* fileMenu() const { return m_fileMenu; }
    QMenu* viewMenu() const { return m_viewMenu; }
    QMenu* toolsMenu() const { return m_toolsMenu; }
    QMenu* helpMenu() const { return m_helpMenu; }
    QTabWidget* workspaces() const { return m_tabs; }
    /// Restores geometry, dock state and the current tab; call once the workspaces are added.
    void restoreLayout();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void saveLayout() const;

    AppServices& m_services;
    QTabWidget* m_tabs = nullptr;
    QMenu* m_fileMenu = nullptr;
    QMenu* m_viewMenu = nullptr;
    QMenu* m_toolsMenu = nullptr;
    QMenu* m_helpMenu = nullptr;
};

} // namespace lac
