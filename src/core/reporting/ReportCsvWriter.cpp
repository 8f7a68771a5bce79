// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reporting/ReportCsvWriter.h"

namespace lac {

QByteArray ReportCsvWriter::write(const PublishedReport& report,
                                  const QList<ReportSection>& sections)
{
    QByteArray out = "month,indicator,in_area,out_of_area_or_not_known,total\n";
    // The months, then the whole period ("2026-01/2026-03", an ISO 8601 interval): a public
    // paper gives a month's figures for all children only and the split for the period.
    // Months given together as one column are an interval too ("2016-12/2023-01"), and so is a
    // row's cell that gives its own first months together ("2016-12/2023-12").
    const auto key = [&report](int column, std::optional<ReportIndicator> row) {
        const QString format = QStringLiteral("yyyy-MM");
        const QDate last = column == report.periodColumn() ? report.report().lastMonth
                                                           : report.columnMonth(column);
        const QDate first = report.columnFirstMonth(column, row);
        if (first == last)
            return last.toString(format).toLatin1();
        return (first.toString(format) + QLatin1Char('/') + last.toString(format)).toLatin1();
    };
    for (int m = 0; m <= report.periodColumn(); ++m) {
        if (report.monthCount() == 0)
            break;
        const QByteArray month = key(m, std::nullopt);
        for (ReportIndicator ind : allReportIndicators()) {
            // Values are digits, "<N" or "*": nothing a spreadsheet would run as a formula.
            out += key(m, ind) + ',' + indicatorCode(ind).toLatin1() + ',' +
                   report.count(m, ind, LocationColumn::InArea).toLatin1() + ',' +
                   report.count(m, ind, LocationColumn::OutOfArea).toLatin1() + ',' +
                   report.count(m, ind, LocationColumn::Total).toLatin1() + '\n';
        }
        for (const ReportSection& section : sections) {
            for (const ReportSectionRow& row : section.rows) {
                if (row.code.isEmpty())
                    continue;
                // A section's cells are digits, a decimal, "<N", "*" or "–" (never a formula).
                // It has no in-area split: those columns are empty, not zero.
                QString cell = row.cells.value(m);
                if (cell == QStringLiteral("–"))
                    cell.clear();
                out += month + ',' + row.code.toLatin1() + ",,," + cell.toUtf8() + '\n';
            }
        }
    }
    // Tables not by month: a row per column the section gives a key (a year, a day).
    for (const ReportSection& section : sections) {
        for (const ReportSectionTable& table : section.tables) {
            for (int c = 0; c < table.columnKeys.size(); ++c) {
                if (table.columnKeys.at(c).isEmpty())
                    continue;
                for (const ReportSectionRow& row : table.rows) {
                    QString cell = row.cells.value(c);
                    if (row.code.isEmpty() || cell.isEmpty())
                        continue;
                    if (cell == QStringLiteral("–"))
                        cell.clear();
                    out += table.columnKeys.at(c).toUtf8() + ',' + row.code.toLatin1() + ",,," +
                           cell.toUtf8() + '\n';
                }
            }
        }
    }
    return out;
}

} // namespace lac
