// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reporting/PublishedReport.h"
#include "reporting/ReportSection.h"

#include <QByteArray>

namespace lac {

/// The report as long-format CSV for spreadsheets and other systems: the header
/// `month,indicator,in_area,out_of_area_or_not_known,total`, then one row per month and indicator
/// (month as YYYY-MM, indicator codes as in ReportIndicator). Counts are integers unless
/// suppression was asked for, when a hidden count is "<N" or "*". Each row of a section
/// with a code follows, in the `total` column (its records are not split by area: 0 there).
class ReportCsvWriter
{
public:
    static QByteArray write(const PublishedReport& report,
                            const QList<ReportSection>& sections = {});
};

} // namespace lac
