// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reporting/ReportCsvWriter.h"

namespace lac {

QByteArray ReportCsvWriter::write(const PublishedReport& report)
{
    QByteArray out = "month,indicator,in_area,out_of_area_or_not_known,total\n";
    for (int m = 0; m < report.monthCount(); ++m) {
        const QByteArray month =
            report.report().months.at(m).month.toString(QStringLiteral("yyyy-MM")).toLatin1();
        for (ReportIndicator ind : allReportIndicators()) {
            // Values are digits, "<N" or "*": nothing a spreadsheet would run as a formula.
            out += month + ',' + indicatorCode(ind).toLatin1() + ',' +
                   report.count(m, ind, LocationColumn::InArea).toLatin1() + ',' +
                   report.count(m, ind, LocationColumn::OutOfArea).toLatin1() + ',' +
                   report.count(m, ind, LocationColumn::Total).toLatin1() + '\n';
        }
    }
    return out;
}

} // namespace lac
