// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

namespace lac {

class AppServices;
class BacklogView;
class CaseWork;
class ChildrenView;
class MainWindow;
class OutOfAreaLogView;
class PaperworkLogView;
class WorklistView;

/// Puts the health admin team's workspace into the main window: the worklist as the home
/// tab, the paperwork and out-of-area logs and the backlog as tabs, an Edit menu with undo and
/// redo, "New child" in the File menu, and child windows opened from every list.
class AdminWorkspace : public QObject
{
    Q_OBJECT

public:
    AdminWorkspace(MainWindow& window, AppServices& services);

    /// The home tab; add it before any other workspace so that it comes first.
    void addHome();
    /// The logs and backlog; \a children is the children view (its rows open child windows).
    void addLogs(ChildrenView* children);

    CaseWork& work() const { return *m_work; }
    WorklistView* worklist() const { return m_worklist; }
    PaperworkLogView* paperworkLog() const { return m_paperwork; }
    OutOfAreaLogView* outOfAreaLog() const { return m_outOfArea; }
    BacklogView* backlog() const { return m_backlog; }
    void addChild();

private:
    MainWindow& m_window;
    AppServices& m_services;
    CaseWork* m_work = nullptr;
    WorklistView* m_worklist = nullptr;
    PaperworkLogView* m_paperwork = nullptr;
    OutOfAreaLogView* m_outOfArea = nullptr;
    BacklogView* m_backlog = nullptr;
};

} // namespace lac
