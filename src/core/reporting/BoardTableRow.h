// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reporting/PublishedReport.h"

#include <QCoreApplication>

#include <optional>

namespace lac {

/// One row block of the monthly board table (a count or a percentage, each shown in area,
/// out of area and for all). The HTML paper, the PDF paper and the on-screen table all lay
/// out these rows in this order, so the committee sees the same table everywhere.
struct BoardTableRow
{
    Q_DECLARE_TR_FUNCTIONS(lac::BoardTableRow)

public:
    QString label;
    std::optional<ReportIndicator> indicator; ///< a count row ...
    std::optional<TimelinessMeasure> measure; ///< ... or a percentage row

    /// The rows in committee order: entries, IHA, IHA requests, RHA.
    static QList<BoardTableRow> rows();
    /// The three location columns in the order they are shown, with their labels.
    static QList<LocationColumn> locations();
    static QString locationLabel(LocationColumn where);
    /// The same, short enough for a printed table's narrow column ("Out / not known").
    static QString locationShortLabel(LocationColumn where);
    /// False where the paper does not print the row (a public paper's months give no IHAs or
    /// RHAs due, no IHA requests and no split: PublishedReport::monthSplits()).
    bool isPrinted(const PublishedReport& report, int column, LocationColumn where) const;
    /// True where the paper gives the row month by month (for all children at least).
    bool isByMonth(const PublishedReport& report) const;
    /// True where the paper splits the row month by month (every row of an internal report;
    /// in a public paper, those its layout splits: BoardTableLayout).
    bool isSplitByMonth(const PublishedReport& report) const;
    /// The counts the row is read from (a percentage: its numerator and denominator's).
    QList<ReportIndicator> sources() const;
    /// Marks a cell that gives the row's own first months together ("874†"; the method box
    /// says which months: PublishedReport::isRowLead).
    static QString ownLeadMark();
    /// The cell text ("12", "<5", "*", "87%", "–"; with ownLeadMark() where it counts from an
    /// earlier month than its column).
    QString cell(const PublishedReport& report, int column, LocationColumn where) const;
    /// The period's cell in the "Where the child was placed" table: cell(), or "not split" in
    /// area and out of area for a row the paper gives for all children only (IHA requests in
    /// a public paper; PeriodSplitLayout).
    QString periodCell(const PublishedReport& report, LocationColumn where) const;
    /// True for the IHA/RHA headline percentages that carry a RAG status.
    bool isHeadline() const;
};

} // namespace lac
