// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace lac {

/// Red / amber / green by days to the due date. The thresholds are installation settings
/// ("worklist.red_within_days", "worklist.amber_within_days") because teams differ in how
/// early they want to be warned.
class RagRating
{
    Q_DECLARE_TR_FUNCTIONS(lac::RagRating)

public:
    enum Rating
    {
        None, ///< nothing due (done, or no date)
        Green,
        Amber,
        Red,
    };

    RagRating(int redWithinDays = 0, int amberWithinDays = 14);

    /// Red when overdue or due within the red threshold, amber within the amber threshold,
    /// green otherwise; None when \a due is invalid.
    Rating rate(QDate due, QDate today) const;
    static QString label(Rating r);

    int redWithinDays() const { return m_red; }
    int amberWithinDays() const { return m_amber; }

private:
    int m_red;
    int m_amber;
};

} // namespace lac
