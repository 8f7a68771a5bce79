// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/Worklist.h"

#include <QCoreApplication>

namespace lac {

QList<WorklistCategory> allWorklistCategories()
{
    return {WorklistCategory::OverdueIha,           WorklistCategory::OverdueRha,
            WorklistCategory::IhaRequestsLate,      WorklistCategory::DueWithin14Days,
            WorklistCategory::DueWithin30Days,      WorklistCategory::AwaitingPaperwork,
            WorklistCategory::OutOfAreaWaiting,     WorklistCategory::BookingsNext7Days,
            WorklistCategory::CompletedLateNoReason};
}

QString worklistCategoryTitle(WorklistCategory c)
{
    switch (c) {
    case WorklistCategory::OverdueIha:
        return QCoreApplication::translate("lac::WorklistCategory", "Overdue IHAs");
    case WorklistCategory::OverdueRha:
        return QCoreApplication::translate("lac::WorklistCategory", "Overdue RHAs");
    case WorklistCategory::IhaRequestsLate:
        return QCoreApplication::translate("lac::WorklistCategory",
                                           "IHA requests not sent in time");
    case WorklistCategory::DueWithin14Days:
        return QCoreApplication::translate("lac::WorklistCategory", "Due in the next 14 days");
    case WorklistCategory::DueWithin30Days:
        return QCoreApplication::translate("lac::WorklistCategory", "Due in the next 30 days");
    case WorklistCategory::AwaitingPaperwork:
        return QCoreApplication::translate("lac::WorklistCategory", "Waiting on paperwork");
    case WorklistCategory::OutOfAreaWaiting:
        return QCoreApplication::translate("lac::WorklistCategory", "Out of area, waiting");
    case WorklistCategory::BookingsNext7Days:
        return QCoreApplication::translate("lac::WorklistCategory", "Bookings, next 7 days");
    case WorklistCategory::CompletedLateNoReason:
        return QCoreApplication::translate("lac::WorklistCategory", "Completed late, no reason");
    }
    return {};
}

QString worklistCategoryKey(WorklistCategory c)
{
    switch (c) {
    case WorklistCategory::OverdueIha:
        return QStringLiteral("overdue_iha");
    case WorklistCategory::OverdueRha:
        return QStringLiteral("overdue_rha");
    case WorklistCategory::IhaRequestsLate:
        return QStringLiteral("requests_late");
    case WorklistCategory::DueWithin14Days:
        return QStringLiteral("due_14");
    case WorklistCategory::DueWithin30Days:
        return QStringLiteral("due_30");
    case WorklistCategory::AwaitingPaperwork:
        return QStringLiteral("paperwork");
    case WorklistCategory::OutOfAreaWaiting:
        return QStringLiteral("out_of_area");
    case WorklistCategory::BookingsNext7Days:
        return QStringLiteral("bookings_week"); // the key it had as "this week"
    case WorklistCategory::CompletedLateNoReason:
        return QStringLiteral("late_no_reason");
    }
    return {};
}

} // namespace lac
