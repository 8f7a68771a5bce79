// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/OutOfAreaRequestRecord.h"

#include <QDate>
#include <QString>

namespace lac {

/// Which out-of-area requests the log shows, in which order (filtered and sorted in SQL).
struct OutOfAreaLogQuery
{
    enum class Show
    {
        Waiting,
        Resolved,
        All
    };
    enum class SortKey
    {
        Waited, ///< longest waits first by default
        Child,
        HostAuthority,
        Provider,
        RequestedDate,
        StatedWait,
        LastChase,
        Escalated,
        ResolvedDate,
        DueDate,
    };
    Show show = Show::Waiting;
    QString search;
    qint64 childId = 0;
    bool escalatedOnly = false;
    QDate today = QDate::currentDate();
    SortKey sortKey = SortKey::Waited;
    bool descending = true;
};

/// One line of the out-of-area log.
struct OutOfAreaLogRow
{
    OutOfAreaRequestRecord request;
    QString caseId;
    QString childName;
    QString kind;
    QDate due;
    QString hostAuthority;
    QString provider;
    int chaseCount = 0;
    QDate lastChase;
    int daysWaited = 0; ///< requested to resolved (or to today while waiting)
};

} // namespace lac
