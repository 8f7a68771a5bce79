// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>

namespace lac {

/// A child's age in whole years on a date, as the law counts it.
/// A child born on 29 February has a birthday on 1 March in a common year (Family Law Reform
/// Act 1969 s.9: a person attains an age at the start of the anniversary of the birth date).
class ChildAge
{
public:
    /// The date a child reaches `years` years of age.
    static QDate birthday(QDate dateOfBirth, int years);
    /// Completed years on `on`; -1 when `on` is before the date of birth or a date is invalid.
    static int yearsOn(QDate dateOfBirth, QDate on);
};

} // namespace lac
