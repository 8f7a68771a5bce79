// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reporting/PublishedReport.h"

#include <QCoreApplication>
#include <QStringList>

namespace lac {

/// The words of the board paper that are not table cells: the title, the summary sentences
/// and the definitions-and-method box. Shared by the HTML and PDF papers so the two say the
/// same thing, and built from the published (suppressed) figures only.
class BoardPaperText
{
    Q_DECLARE_TR_FUNCTIONS(lac::BoardPaperText)

public:
    /// "Health assessments of children in care: timeliness".
    static QString title();
    /// "Reading Borough Council · January 2026 to March 2026".
    static QString subtitle(const PublishedReport& paper);
    /// A few plain sentences on entries, IHA and RHA timeliness against the targets.
    static QStringList summary(const PublishedReport& paper);
    /// Definitions and method, one paragraph each (20 working days, calendar, exemptions,
    /// tolerance, location, suppression rule).
    static QStringList method(const PublishedReport& paper);
    /// "Produced 25 November 2026 from data as at 24 November 2026."
    static QString produced(const PublishedReport& paper);
    /// "England and Wales", "Scotland", "Northern Ireland".
    static QString divisionName(CalendarDivision division);
};

} // namespace lac
