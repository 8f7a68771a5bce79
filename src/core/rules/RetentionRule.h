// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>

namespace lac {

/// How long a child's case record is kept: until the child's 75th birthday (the NHS records
/// retention schedule for looked-after children's health records). Until then nothing about
/// the child is deleted; rows are closed with a reason. From that day the record appears in
/// the administrator's retention review, which decides what happens to it (docs/security.md).
///
/// Decision: someone born on 29 February reaches 75 on 28 February when the 75th year is not
/// a leap year (the same month-end clamping as the RHA rule).
class RetentionRule
{
public:
    static constexpr int retentionYears = 75;

    /// The first day the record is past retention (the 75th birthday).
    static QDate retainUntil(QDate dateOfBirth);
    static bool isPastRetention(QDate dateOfBirth, QDate today);
    /// The latest date of birth that is past retention on \a today, so that the review can
    /// ask the database for "date_of_birth <= cutoff" and use an index.
    static QDate dateOfBirthCutoff(QDate today);
};

} // namespace lac
