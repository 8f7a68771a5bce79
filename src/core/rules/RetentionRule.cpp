// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "rules/RetentionRule.h"

namespace lac {

QDate RetentionRule::retainUntil(QDate dateOfBirth)
{
    return dateOfBirth.addYears(retentionYears); // clamps 29 Feb to 28 Feb
}

bool RetentionRule::isPastRetention(QDate dateOfBirth, QDate today)
{
    return dateOfBirth.isValid() && today >= retainUntil(dateOfBirth);
}

QDate RetentionRule::dateOfBirthCutoff(QDate today)
{
    QDate cutoff = today.addYears(-retentionYears);
    // today.addYears(-75) can fall a day short around 29 February; step on while the next
    // day of birth is also past retention.
    while (isPastRetention(cutoff.addDays(1), today))
        cutoff = cutoff.addDays(1);
    while (cutoff.isValid() && !isPastRetention(cutoff, today))
        cutoff = cutoff.addDays(-1);
    return cutoff;
}

} // namespace lac
