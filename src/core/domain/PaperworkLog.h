// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/PaperworkIssueRecord.h"

#include <QDate>
#include <QString>

namespace lac {

/// Which paperwork issues the log shows, in which order (filtered and sorted in SQL).
struct PaperworkLogQuery
{
    enum class Show
    {
        Open,
        Closed,
        All
    };
    enum class SortKey
    {
        FoundDate, ///< oldest first by default: the longest-waiting request is the first chased
        Child,
        Problem,
        ReturnedDate,
        ResolvedDate,
        DaysOutstanding,
        Kind,
        DueDate,
    };
    Show show = Show::Open;
    QString search;     ///< case ID or name, any part
    qint64 childId = 0; ///< 0: every child
    QDate today = QDate::currentDate();
    SortKey sortKey = SortKey::FoundDate;
    bool descending = false;
};

/// One line of the paperwork log.
struct PaperworkLogRow
{
    PaperworkIssueRecord issue;
    QString caseId;
    QString childName;
    QString kind; ///< IHA or RHA the request was for
    QDate due;
    int daysOutstanding = 0; ///< found to put right (or to today while open)
};

} // namespace lac
