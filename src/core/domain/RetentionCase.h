// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>

namespace lac {

/// A child's record that has reached the end of its retention period, for the review.
struct RetentionCase
{
    qint64 childId = 0;
    QString caseId;
    QString name;
    QDate dateOfBirth;
    QDate retainUntil;
    bool inCare = false;
    QString closedAt;     ///< when the record was closed, if it was
    QString lastActivity; ///< the newest audit entry about the child (UTC), if any
};

} // namespace lac
