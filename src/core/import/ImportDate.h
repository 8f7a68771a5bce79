// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QStringView>

namespace lac {

/// Dates as import files write them: DD/MM/YYYY (SSDA903, UK spreadsheets) or YYYY-MM-DD.
///
/// Strict on purpose: two-digit day and month, four-digit year from 1900, and a day that
/// exists (31/02/2020 and 2020-2-3 are refused), because a silently "corrected" date moves a
/// statutory due date.
class ImportDate
{
public:
    /// The date, or an invalid QDate when \a text is not one of the two forms or no such day.
    static QDate parse(QStringView text);
    /// DD/MM/YYYY, as the files and the people correcting them write it.
    static QString display(QDate date);

    /// Days a date may lie after today before it is refused as "in the future": the export's
    /// clock and this PC's may differ, and a file exported late in the evening is imported
    /// the next morning. A start of care in 2099 is refused; one tomorrow is not.
    static constexpr int futureToleranceDays = 2;
    /// True if \a date cannot have happened yet on \a today (beyond the tolerance).
    static bool isInTheFuture(QDate date, QDate today)
    {
        return date.isValid() && date > today.addDays(futureToleranceDays);
    }
};

} // namespace lac
