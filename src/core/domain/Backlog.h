// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/AssessmentKind.h"

#include <QDate>
#include <QString>

namespace lac {

/// Which overdue children the backlog list shows and in which order.
struct BacklogQuery
{
    enum class SortKey
    {
        Priority, ///< under 5 and 17+ first, then clinical need, then longest overdue
        Child,
        Age,
        Kind,
        DueDate,
        ClinicalNeed,
        Location,
    };
    QString search;
    QString location; ///< IN, OUT or empty for both
    QDate today = QDate::currentDate();
    SortKey sortKey = SortKey::Priority;
    bool descending = false;
};

/// One overdue child in the backlog.
struct BacklogRow
{
    qint64 childId = 0;
    qint64 assessmentId = 0;
    QString caseId;
    QString childName;
    QDate dateOfBirth;
    AssessmentKind kind = AssessmentKind::Initial;
    QDate due;
    bool clinicalNeed = false;
    QString location;
    QString placementType;
    int childVersion = 0;
};

} // namespace lac
