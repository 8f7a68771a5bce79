// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QJsonObject>
#include <QString>

namespace lac {

/// One statutory assessment (IHA or RHA) and where it has got to. The clock, due dates and
/// exemption are the due-date service's; the lifecycle fields are the health admin's.
struct AssessmentRecord
{
    qint64 id = 0;
    qint64 childId = 0;
    qint64 carePeriodId = 0;
    QString kind; ///< IHA or RHA
    QDate clockStart;
    QDate due;
    QDate requestDue;
    QDate requestedDate;
    QString paperworkStatus = QStringLiteral("awaited");
    QDate paperworkCompleteDate;
    QString status = QStringLiteral("open");
    QString exemption;
    QDate completedDate;
    QString completedBy;
    QDate reportReceivedDate;
    QString doctorReview = QStringLiteral("not_needed");
    QString lateReasonCode;
    QString lateReasonNote;
    QString locationAtDue;
    QString notes;
    bool closed = false;
    int version = 0;

    bool isIha() const { return kind == QLatin1String("IHA"); }
    bool isOutstanding() const
    {
        return !closed && !completedDate.isValid() && status != QLatin1String("not_required");
    }
    QJsonObject toJson() const
    {
        const auto d = [](QDate x) { return x.toString(Qt::ISODate); };
        return {{QStringLiteral("requested_date"), d(requestedDate)},
                {QStringLiteral("paperwork_status"), paperworkStatus},
                {QStringLiteral("paperwork_complete_date"), d(paperworkCompleteDate)},
                {QStringLiteral("status"), status},
                {QStringLiteral("completed_date"), d(completedDate)},
                {QStringLiteral("completed_by"), completedBy},
                {QStringLiteral("report_received_date"), d(reportReceivedDate)},
                {QStringLiteral("doctor_review"), doctorReview},
                {QStringLiteral("late_reason_code"), lateReasonCode},
                {QStringLiteral("late_reason_note"), lateReasonNote},
                {QStringLiteral("notes"), notes}};
    }
};

} // namespace lac
