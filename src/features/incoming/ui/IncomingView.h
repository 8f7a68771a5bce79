// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "incoming/core/IncomingService.h"
#include "workspace/CaseDialog.h"

#include <QPointer>
#include <QWidget>

#include <functional>
#include <optional>

class QAction;
class QComboBox;
class QLabel;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;

namespace lac {

class CaseloadSplitModel;
class CaseWork;
class IncomingRequestListModel;
class LatestRead;

/// The "Placed here" workspace: the host team's side of out of area. Lists the requests
/// waiting on the requester's paperwork (oldest first), those due or overdue against the host
/// target, the reports not yet sent back, or every request (the log); or the caseload split
/// (our own children and those placed here, by authority). Children placed here are added,
/// requests received and taken step by step, paperwork problems and chases of the requester
/// recorded, here. A child who is ours too opens in our own child window.
class IncomingView : public QWidget
{
    Q_OBJECT

public:
    enum class List
    {
        WaitingOnRequester,
        DueOrOverdue,
        ReportsNotSent,
        All,
        Caseload,
    };

    IncomingView(const IncomingService& service, CaseWork& work, QWidget* parent = nullptr);
    ~IncomingView() override;

    /// Reads the tab's requests and caseload on \a on over a connection of its own: run on a
    /// worker thread, so that a large caseload (seconds to read) never holds the window.
    using Reader = std::function<Result<IncomingOverview>(QDate on)>;
    /// Reads on a worker from now on (without one, refresh() reads on this thread).
    void readElsewhere(Reader reader);
    /// Whether a read is on its way (the summary says so meanwhile).
    bool reading() const;

    void showList(List list);
    /// Reads the lists and the caseload again now (the caseload split reads every child).
    void refresh();
    IncomingRequestListModel* model() const { return m_model; }
    CaseloadSplitModel* caseloadModel() const { return m_caseload; }
    QTableView* table() const { return m_table; }
    /// The dialog opened last (tests and the walkthrough fill it in).
    CaseDialog* lastDialog() const { return m_lastDialog; }

    void addChild();
    void changeChild();
    void receiveRequest();
    void openRequest();
    void recordIssue();
    void recordChase();
    void openOwnChild();

Q_SIGNALS:
    void statusMessage(const QString& text);

protected:
    void showEvent(QShowEvent* event) override;

private:
    /// After a change elsewhere: now when shown, else on the next show, so that a tab nobody
    /// is looking at costs nothing at start or after a save.
    void refreshWhenShown();
    void showRead(const Result<IncomingOverview>& read);
    /// Picks the list chosen from the requests read last and shows it.
    void showCurrentList();
    const IncomingLine* current() const;
    void open(CaseDialog* dialog);
    void updateActions();
    void showDetail();

    const IncomingService& m_service;
    CaseWork& m_work;
    bool m_stale = true;
    Reader m_reader;
    std::optional<IncomingOverview> m_overview; ///< the requests read last
    LatestRead* m_reading = nullptr;            ///< the requests, read on a worker
    IncomingRequestListModel* m_model = nullptr;
    CaseloadSplitModel* m_caseload = nullptr;
    QSortFilterProxyModel* m_sorted = nullptr;
    QComboBox* m_list = nullptr;
    QLabel* m_summary = nullptr;
    QLabel* m_detail = nullptr;
    QStackedWidget* m_pages = nullptr;
    QTableView* m_table = nullptr;
    QTableView* m_caseloadTable = nullptr;
    QAction* m_addChild = nullptr;
    QAction* m_changeChild = nullptr;
    QAction* m_receive = nullptr;
    QAction* m_open = nullptr;
    QAction* m_issue = nullptr;
    QAction* m_chase = nullptr;
    QAction* m_ownChild = nullptr;
    QPointer<CaseDialog> m_lastDialog;
};

} // namespace lac
