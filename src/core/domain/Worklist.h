// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace lac {

/// The piles of work on the home screen. Each is a count that opens a list.
enum class WorklistCategory
{
    OverdueIha,            ///< IHA not done, due date passed
    OverdueRha,            ///< RHA not done, due date passed
    IhaRequestsLate,       ///< IHA request to health not sent, its day (5 working days) passed
    DueWithin14Days,       ///< not done, due today to 14 days ahead
    DueWithin30Days,       ///< not done, due today to 30 days ahead
    AwaitingPaperwork,     ///< paperwork returned to social care and not yet put right
    OutOfAreaWaiting,      ///< out-of-area requests not resolved
    BookingsNext7Days,     ///< appointments booked from today to 7 days ahead
    CompletedLateNoReason, ///< completed after the due date with no late reason
};

QList<WorklistCategory> allWorklistCategories();
QString worklistCategoryTitle(WorklistCategory c);
QString worklistCategoryKey(WorklistCategory c); ///< stable key for settings and tests

/// What a worklist list shows, in which order.
struct WorklistQuery
{
    enum class SortKey
    {
        Natural, ///< the category's own order: most urgent or oldest first
        Child,
        Kind,
        DueDate,
        Status,
        Location,
        Since,
    };
    WorklistCategory category = WorklistCategory::OverdueIha;
    QString search;
    QDate today = QDate::currentDate();
    SortKey sortKey = SortKey::Natural;
    bool descending = false;

    friend bool operator==(const WorklistQuery&, const WorklistQuery&) = default;
};

/// One line of a worklist list: an assessment of a child, and the date that makes it urgent.
struct WorklistRow
{
    qint64 childId = 0;
    qint64 assessmentId = 0;
    QString caseId;
    QString childName;
    QString kind;
    QDate due;
    QString status;
    QString location;
    QDate since;    ///< paperwork found, OOA requested, appointment day, or completed
    QString detail; ///< e.g. the appointment time and venue, or the problem
    /// For an assessment booked and waiting: when, and with whom and where ("Dr Okoye ·
    /// Riverside Clinic"), so that the list says what is already arranged.
    QDate requestDue; ///< the day the IHA request to health was due (IHAs)
    QDateTime bookedFor;
    QString bookedWith;
};

/// A pile of work a kind of record adds to the home screen after the built-in ones (dental
/// checks due, passports due...): its count and its rows, read through that kind's service.
class WorklistPile
{
public:
    virtual ~WorklistPile() = default;
    /// Stable, for settings and tests.
    virtual QString key() const = 0;
    virtual QString title() const = 0;
    virtual Result<int> count(QDate today) const = 0;
    /// Every row, most urgent first; the worklist filters, sorts and pages them.
    virtual Result<QList<WorklistRow>> rows(QDate today) const = 0;
};

} // namespace lac
