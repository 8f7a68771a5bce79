// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ChildWindowTab.h"
#include "domain/AppointmentRecord.h"
#include "domain/AssessmentRecord.h"

#include <optional>

class QPlainTextEdit;
class QSortFilterProxyModel;
class QTableView;

namespace lac {

class AppointmentListModel;
class AssessmentListModel;
class BookingDialog;

/// The child's statutory assessments (IHA and RHAs) with every booking attempt, and the steps
/// of their lifecycle: request, paperwork, booking, outcome, report, doctor review, late
/// reason and out of area. The service validates each step; this tab only asks and shows.
class AssessmentsTab : public ChildWindowTab
{
    Q_OBJECT

public:
    AssessmentsTab(ChildWindowFrame& frame, QWidget* parent);

    QString title() const override;
    void reload() override;
    void updateActions() override;

    /// The assessment the steps apply to (the selected one).
    const AssessmentRecord* currentAssessment() const;
    void selectAssessment(qint64 assessmentId);
    const QList<AssessmentRecord>& assessments() const { return m_assessments; }
    /// Why the child's next due date is what it is, in words (for the window's status line).
    QString nextDueWhy() const;

private:
    void buildSteps();
    void showAttempts();
    QString assessmentTitle(const AssessmentRecord& a) const;
    std::optional<AppointmentRecord> pendingBooking(const AssessmentRecord& rec) const;
    BookingDialog* bookingDialog(const QString& heading, const AssessmentRecord& rec,
                                 const AppointmentRecord& initial);
    static QStringList lateBookingWarning(const AssessmentRecord& rec,
                                          const AppointmentRecord& booking);

    void recordRequest();
    void acceptPaperwork();
    void logPaperworkIssue();
    void putPaperworkRight();
    void book();
    void recordOutcome();
    void moveAppointment();
    void reportReceived();
    void doctorReview();
    void giveLateReason();
    void referOutOfArea();

    QList<AssessmentRecord> m_assessments;
    AssessmentListModel* m_model = nullptr;
    QSortFilterProxyModel* m_proxy = nullptr;
    QTableView* m_table = nullptr;
    AppointmentListModel* m_attemptModel = nullptr;
    QSortFilterProxyModel* m_attemptProxy = nullptr;
    QTableView* m_attempts = nullptr;
    QPlainTextEdit* m_attemptNotes = nullptr;
};

} // namespace lac
