// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reporting/ReportSection.h"

#include <QCoreApplication>

#include <functional>

namespace lac {

class SmallNumberSuppression;

/// The steps every kind of record's report section repeats, once: the month axis and series
/// of its charts (a hidden figure is a marked gap, never a point) and the audit lines of its
/// hidden cells, so that two sections cannot print the same thing two ways.
class ReportSectionParts
{
    Q_DECLARE_TR_FUNCTIONS(lac::ReportSectionParts)

public:
    /// The printed text as a number, nullopt for "<N", "*", "–" and other text.
    static std::optional<double> number(const QString& cell);
    /// "<N" or "*": withheld by suppression (not merely nothing to measure).
    static bool isHidden(const QString& cell);

    /// Month names for \a months (first days): "Jan" within a year, "Jan 26" over more.
    static QStringList monthCategories(const QList<QDate>& months);

    /// A chart series of the first \a months cells of \a row (the period cell is not charted),
    /// each point's tooltip naming its column in \a report.
    static ReportChartSpec::Series series(const ReportSectionRow& row, int months,
                                          const PublishedReport& report);

    /// A month-axis chart of \a rows, titled, with the paper's period under the axis.
    static ReportChartSpec monthChart(const QString& title, const QString& valueTitle,
                                      const QList<QDate>& months,
                                      const QList<ReportSectionRow>& rows,
                                      const PublishedReport& report);

    /// Fills \a section's audit lines from \a s (after apply()), describing each cell with
    /// \a describe, and sets its leak for the first hidden count a reader can work out.
    static void addAudit(ReportSection& section, const SmallNumberSuppression& s,
                         const std::function<QString(int cell)>& describe);

    /// The column (month index, or months for the period) at which \a cell sits in \a cells, or
    /// an empty string: what an audit line calls the cell.
    static QString columnOf(int cell, const QList<int>& cells, const PublishedReport& report);

private:
    /// "Jan 2026, requested: 4": what a chart point says it is.
    static QString pointText(const QString& column, const QString& label, const QString& cell);
};

} // namespace lac
