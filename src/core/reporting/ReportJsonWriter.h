// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reporting/PublishedReport.h"
#include "reporting/ReportSection.h"

#include <QByteArray>

namespace lac {

/// The report as JSON for other systems: the period, the rules it was made with, every
/// month's indicators (in_area, out_of_area, total), placement groups, late assessments by
/// owner and reason, and the exceptions commentary. A count is a number, or a string
/// ("<5", "*") when suppression hid it. Each kind of record's section follows under
/// "sections", its rows by indicator with a value per month and for the period.
class ReportJsonWriter
{
public:
    static QByteArray write(const PublishedReport& report,
                            const QList<ReportSection>& sections = {});
};

} // namespace lac
