// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/AppointmentRecord.h"
#include "domain/AssessmentRecord.h"
#include "domain/ChildRecord.h"

#include "CaseDialog.h"

#include <QPointer>
#include <QStringList>
#include <QWidget>

#include <optional>

class QAction;
class QLabel;
class QSortFilterProxyModel;
class QTableView;
class QTabWidget;

namespace lac {

class AppointmentListModel;
class BookingDialog;
class AssessmentListModel;

class CaseWork;
class OutOfAreaLogModel;
class PaperworkLogModel;
class PlacementListModel;

/// One child, in a window of its own: who they are, their care and placements, every
/// assessment with its booking attempts, and their paperwork issues and out-of-area requests.
/// Every lifecycle step is an action here (with a shortcut) that opens a dialog; the service
/// validates, saves, recomputes the due dates and the window says what changed.
class ChildDetailView : public QWidget
{
    Q_OBJECT

public:
    ChildDetailView(CaseWork& work, qint64 childId, QWidget* parent = nullptr);
    ~ChildDetailView() override;

    qint64 childId() const { return m_childId; }
    const ChildRecord& child() const { return m_child; }
    /// The assessment the actions apply to (the selected one).
    const AssessmentRecord* currentAssessment() const;
    void selectAssessment(qint64 assessmentId);
    /// The dialog the last action opened (for tests and screenshots).
    CaseDialog* lastDialog() const { return m_lastDialog; }
    QString changesText() const;
    QAction* action(const QString& objectName) const;

public Q_SLOTS:
    void reload();

private:
    void buildActions();
    void updateActions();
    void showChanges(const QString& heading, const QStringList& lines);
    void open(CaseDialog* dialog);
    QString assessmentTitle(const AssessmentRecord& a) const;
    QString nextDueWhy() const;
    /// The selected assessment's booking still waiting for an outcome, if any.
    std::optional<AppointmentRecord> pendingBooking(const AssessmentRecord& rec) const;
    /// A booking dialog with the providers and earlier bookings' suggestions (book and move).
    BookingDialog* bookingDialog(const QString& heading, const AssessmentRecord& rec,
                                 const AppointmentRecord& initial);
    static QStringList lateBookingWarning(const AssessmentRecord& rec,
                                          const AppointmentRecord& booking);

    void editChild();
    void recordRequest();
    void acceptPaperwork();
    void logPaperworkIssue();
    /// Puts right the open paperwork issues of the selected assessment (as the log does).
    void putPaperworkRight();
    void book();
    void recordOutcome();
    void moveAppointment();
    void reportReceived();
    void doctorReview();
    void giveLateReason();
    void referOutOfArea();
    void startCare();
    void recordMove();
    void endCare();

    CaseWork& m_work;
    qint64 m_childId;
    ChildRecord m_child;
    QList<AssessmentRecord> m_assessments;
    QLabel* m_header = nullptr;
    QLabel* m_status = nullptr;
    QLabel* m_changes = nullptr;
    QTabWidget* m_tabs = nullptr;
    AssessmentListModel* m_assessmentModel = nullptr;
    QSortFilterProxyModel* m_assessmentProxy = nullptr;
    QTableView* m_assessmentTable = nullptr;
    AppointmentListModel* m_appointmentModel = nullptr;
    PlacementListModel* m_placementModel = nullptr;
    QLabel* m_nhsHistory = nullptr;
    PaperworkLogModel* m_paperworkModel = nullptr;
    OutOfAreaLogModel* m_ooaModel = nullptr;
    QList<QAction*> m_actions;
    QPointer<CaseDialog> m_lastDialog;
};

} // namespace lac
