// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/BoardPaperPdfStyle.h"
#include "reporting/PublishedReport.h"
#include "reporting/ReportSection.h"

#include <QPainter>
#include <QTextLayout>

#include <memory>

namespace lac::boardpaper {

/// A table of the paper as cells, before it is painted.
struct PaperTable
{
    QStringList header;
    QList<double> widths;
    QList<TableRow> rows;
};

/// The heading of a column of the monthly board table: short month names when the table is
/// wide ("Jan 26"; months given together "Dec 16 – Jan 23"), so that headings fit their
/// columns; otherwise the column's title ("Jan 2026", "Period").
QString monthColumnHeading(const PublishedReport& report, int column, bool shortNames);

/// The height of a table's heading row whose headings wrap within their columns (at least
/// one line's 16 points): a section's headings are its figures' labels, often longer than a
/// column is wide. \a painter: the paper's, whose fonts measure as they print.
double headerHeight(QPainter& painter, const QStringList& header, const QList<double>& widths);

/// A kind of record's section as a table with a row per month (and the period), a column
/// per figure: any number of months fits the page width, and the rows are the months every
/// other table of the paper uses. \a width: the page's content width in points.
PaperTable sectionTable(const PublishedReport& report, const ReportSection& section, double width);

/// A section's table of its own columns (not months): a row per figure, its label first.
PaperTable ownTable(const ReportSectionTable& table, double width);

/// The timeliness by placement type table: a row per reporting group (combined groups named
/// in the first column), IHAs and RHAs in time, late and the percentage in time.
PaperTable groupTable(const PublishedReport& report, double width);

/// \a text wrapped to \a width in \a painter's font metrics, as lines: a paragraph longer
/// than a page (a long list of authorities) is drawn a line at a time and goes on over the
/// page instead of running off its foot.
std::unique_ptr<QTextLayout> wrappedLines(const QString& text, const QFont& font, double width,
                                          QPainter& painter);

} // namespace lac::boardpaper
