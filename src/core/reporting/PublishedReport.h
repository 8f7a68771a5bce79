// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

#include "reporting/BoardTableLayout.h"
#include "reporting/EarlierPaper.h"
#include "reporting/SmallNumberSuppression.h"
#include "reporting/TimelinessReport.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSet>

#include <functional>
#include <optional>

namespace lac {

/// Which of the location columns of the board table.
enum class LocationColumn
{
    InArea,
    OutOfArea,
    Total, ///< everyone, including children whose placement location is not recorded
};

/// The percentages the board table and the charts show.
enum class TimelinessMeasure
{
    IhaInTime,         ///< IHAs in time / (in time + late)
    RhaInTime,         ///< RHAs in time / (in time + late)
    IhaRequestsInTime, ///< IHA requests in time / IHAs due
};

/// Counts shown per placement group.
enum class GroupMeasure
{
    IhaInTime,
    IhaLate,
    RhaInTime,
    RhaLate,
};

/// A timeliness report as it may be shown to its readers: every count and percentage as
/// text after small-number suppression (threshold 0 = internal use, nothing hidden). All the
/// exports, the tables, the charts and the PDF read their figures here, so a number hidden
/// in one place is hidden everywhere, including where a total would give it away.
///
/// Columns: 0 .. monthCount()-1 are the months, periodColumn() is the whole period.
/// What a committee paper says besides its figures, typed by its author: every board template
/// asks for the paper's purpose, the recommendations to the board and who wrote it.
struct BoardPaperCover
{
    QString purpose;
    QStringList recommendations; ///< one each, shown numbered
    QString author;              ///< name and role, e.g. "Jo Smith, Designated Nurse"
    bool isEmpty() const
    {
        return purpose.isEmpty() && recommendations.isEmpty() && author.isEmpty();
    }
};

class PublishedReport
{
    Q_DECLARE_TR_FUNCTIONS(lac::PublishedReport)

public:
    /// \a earlier: the papers this database published before over any of the same months
    /// (TimelinessReportService::earlierPapers). Their figures join the attack, as a reader
    /// holding them all would read them, so that this paper hides what it must for nothing
    /// to be worked out that they did not already give away.
    /// \a layout: the table's layout; by default a public paper's is chosen from the figures
    /// (BoardTableLayout::choose). Given, it is printed as it is (tests of the suppression on
    /// one table shape).
    PublishedReport(TimelinessReport report, int threshold, QList<EarlierPaper> earlier = {},
                    std::optional<BoardTableLayout> layout = std::nullopt);

    const TimelinessReport& report() const { return m_report; }
    /// The author's purpose, recommendations and name, printed ahead of the figures.
    const BoardPaperCover& cover() const { return m_cover; }
    void setCover(const BoardPaperCover& cover) { m_cover = cover; }
    const SmallNumberSuppression& suppression() const { return m_s; }
    int threshold() const { return m_s.threshold(); }
    bool suppressing() const { return m_s.enabled(); }
    /// True when at least one figure is hidden (the paper then explains "<N" and "*").
    bool anyHidden() const;

    /// True when every row is given by month and split in area / out of area or not known,
    /// month by month (an unsuppressed, internal report). A public (suppressed) paper follows
    /// layout() instead: each figure at the level where it is not mostly small counts, as ONS
    /// and NHS England publish monthly totals and put breakdowns at a coarser level.
    bool monthSplits() const { return !suppressing(); }
    /// Which rows a public paper gives by month, split for the period and split by month,
    /// decided from the figures before suppression (BoardTableLayout; unused internally,
    /// where every row is split by month).
    const BoardTableLayout& layout() const { return m_layout; }
    /// False for a figure the paper does not print (in a public paper, the numbers due and IHA
    /// requests by month, and what layout() leaves out): its count() and any percent() from it
    /// are empty.
    bool isPrinted(int column, ReportIndicator indicator, LocationColumn where) const;

    /// The month columns the paper prints: in a public paper, the first months its layout
    /// gives together (BoardTableLayout::leadingMonths) are one column.
    int monthCount() const { return int(m_report.months.size()) - m_layout.leadingMonths(); }
    int periodColumn() const { return monthCount(); }
    /// The first day of the (last) month of a month column.
    QDate columnMonth(int column) const { return m_report.months.at(modelColumn(column)).month; }
    /// The first month a column's figures count from: months given together, the first of
    /// them (the period's first month); with \a row, that row's cell, which may give more of
    /// its first months together than the column (BoardTableLayout::leadingMonths).
    QDate columnFirstMonth(int column, std::optional<ReportIndicator> row = std::nullopt) const;
    /// True where \a row's cell in \a column counts from an earlier month than the column's
    /// title says: the row gives its own first months together there (a note says which).
    bool isRowLead(int column, ReportIndicator row) const
    {
        return column == leadColumn(row) &&
               columnFirstMonth(column, row) != columnFirstMonth(column);
    }
    /// "Jan 2026"; the period column is "Period" (or the quarter, e.g. "Q1 2026"); months
    /// given together "Dec 2016 to Jan 2023".
    QString columnTitle(int column) const;
    /// columnTitle(), or for a row's own months given together "Jan 2017 to Dec 2023".
    QString rowColumnTitle(int column, ReportIndicator row) const;
    /// "January 2026 to March 2026".
    QString periodText() const;

    QString count(int column, ReportIndicator indicator, LocationColumn where) const;
    /// The count if it is shown.
    std::optional<int> shownCount(int column, ReportIndicator indicator,
                                  LocationColumn where) const;
    int rawCount(int column, ReportIndicator indicator, LocationColumn where) const;

    /// "87%", "*" when computed from a hidden count, "–" when nothing to measure.
    QString percent(int column, TimelinessMeasure measure, LocationColumn where) const;
    /// The percentage if it may be shown.
    std::optional<double> percentValue(int column, TimelinessMeasure measure,
                                       LocationColumn where) const;

    /// The placement rows the paper prints: each type on its own, except those whose counts
    /// would be 1 to N−1, which a public paper counts together in one combined row, last
    /// (PlacementGroupFolding).
    int groupCount() const { return int(m_groupRows.size()); }
    QString groupName(int group) const;
    /// The type's code ("foster_other"), or the combined row's codes joined by "+".
    QString groupCode(int group) const;
    /// The names of the types counted in the combined row (empty: none combined), for the
    /// method box.
    QStringList combinedGroupNames() const;
    QString groupCount(int group, GroupMeasure measure) const;
    std::optional<int> groupShown(int group, GroupMeasure measure) const;
    QString groupPercent(int group, bool initial) const;
    std::optional<double> groupPercentValue(int group, bool initial) const;

    /// Owners of delay with at least one late assessment in the period, in DelayOwner order;
    /// in a public paper, those with counts of 1 to N−1 counted together in one row, last,
    /// whose code is their codes joined by "+" (LateReasonFolding).
    const QList<QString>& owners() const { return m_owners; }
    /// "Health", or the combined row's "Others together (Carer, No reason recorded)".
    QString ownerName(int owner) const;
    /// The names of the owner and reason rows that count several together (empty: none), for
    /// the method box.
    QStringList combinedLateRows() const;
    QString ownerCount(int column, int owner) const;
    std::optional<int> ownerShown(int column, int owner) const;
    /// Late reasons with at least one late assessment in the period; in a public paper, each
    /// owner row's reasons of 0 to N−1 counted together in one row (its code their codes
    /// joined by "+", its description naming them), after the single ones.
    const QList<LateReasonCount>& reasons() const { return m_reasons; }
    QString reasonCount(int column, int reason) const;

    /// The exceptions commentary of one month (or the period), counts suppressed.
    QString exceptions(int column) const;

    QString openPaperworkIssues(int month) const;
    std::optional<int> openPaperworkShown(int month) const;
    QString outOfAreaWaits(int month) const;
    std::optional<int> outOfAreaWaitsShown(int month) const;

    /// What an outsider can work out of each hidden figure, found by the same linear
    /// programming the suppression uses, attacked once for both uses below.
    struct DisclosureAudit
    {
        /// One line per hidden count ("IHAs late, Jul 2026, in area: shown as <5; the paper
        /// allows 1 to 4"), for a data protection officer and `lachealth report --audit`.
        QStringList lines;
        /// Empty when no hidden count can be worked out exactly from the paper; otherwise
        /// which one and its value, and the paper must not be published.
        QString leak;
    };
    /// (PublishedReportAudit.cpp)
    DisclosureAudit audit() const;
    /// How much the suppression hid: for the method box, the note and the benchmark.
    struct SuppressionFigures
    {
        int printed = 0;     ///< figures the paper prints (tables, sentences, charts)
        int small = 0;       ///< of those, counts from 1 to N−1 ("<N")
        int secondary = 0;   ///< hidden so that a small count cannot be narrowed ("*")
        int large = 0;       ///< counts of N or more
        int largeHidden = 0; ///< of those, hidden (the information lost)
    };
    SuppressionFigures suppressionFigures() const;
    /// The text of every cell of the main table, its threshold and whether zeros are "<N":
    /// what an export's audit entry keeps so that later papers can be attacked with it.
    QJsonObject publishedCells() const;
    /// The figure behind a cell of the suppression model, in words.
    QString describeCell(int cell) const;

    /// Rounded for display: never "100%" unless every one was in time.
    static QString percentText(double percent);

private:
    /// Adds the monthly table of \a report (months, then the period) and its relations to
    /// \a s; \a cellFor(column, index within the column) may make a cell instead (another
    /// paper's, as printed); without \a monthSplits a month's in area / out of area cells are
    /// not printed. Returns the cells by (column, indicator, location).
    static QList<int> addMainTable(SmallNumberSuppression& s, const TimelinessReport& report,
                                   const std::function<int(int, int)>& cellFor, bool monthSplits,
                                   const BoardTableLayout& layout = {});
    static int tableLocations();
    /// Adds the earlier papers' tables to the attack (PublishedReportHistory.cpp).
    void addEarlierPapers();
    /// Adds an earlier paper's column of months given together, over its \a table.
    void addMonthsTogether(const EarlierPaper& e, const QList<int>& table);
    /// The figures the earlier papers give away on their own, without this one.
    QSet<int> alreadyGivenAway() const;
    /// The earlier paper a cell of the attack belongs to (nullptr: this paper's own).
    const EarlierPaper* paperOf(int cell) const;
    QString paperName(const EarlierPaper& paper) const;
    bool ownCountsProtected() const;
    /// The cell of a printed column (months given together are one).
    int tableCell(int column, ReportIndicator indicator, int location) const;
    /// The printed column of \a indicator's months given together (-1: none).
    int leadColumn(ReportIndicator indicator) const;
    /// The cell of one month (or the period, after the last) as the attack models it.
    int modelCell(int month, ReportIndicator indicator, int location) const;
    /// The month (or, for the period column, the month count) a printed column stands for:
    /// months given together, the last of them.
    int modelColumn(int column) const
    {
        return column == periodColumn() ? int(m_report.months.size())
                                        : column + m_layout.leadingMonths();
    }
    QString modelColumnTitle(int month) const;
    std::optional<double> ratio(int column, ReportIndicator numerator,
                                const QList<ReportIndicator>& denominator,
                                LocationColumn where) const;
    static int locationIndex(LocationColumn where);
    void buildCells();
    /// The owner and reason rows the paper prints (LateReasonFolding), into m_owners,
    /// m_ownerRows, m_reasons and m_reasonCodes (PublishedReportBreakdowns.cpp).
    void foldLateReasons();

    TimelinessReport m_report;
    QList<EarlierPaper> m_earlier;
    int m_ownCells = 0;         ///< cells before this are this paper's; after, earlier ones'
    QList<int> m_earlierStarts; ///< the first cell of each earlier paper
    SmallNumberSuppression m_s;
    BoardTableLayout m_layout;
    BoardPaperCover m_cover;
    QList<int> m_table;            // (month or period, indicator, location 0..2) -> cell
    QList<int> m_leadCells;        // the months given together: (indicator, location) -> cell or -1
    QList<int> m_leadMissedCells;  // their missed appointments, by code
    QList<QList<int>> m_groupRows; // printed row -> indices into m_report.groups
    QList<int> m_groupCells;       // (printed row, measure) -> cell
    QList<QString> m_owners;
    QList<QStringList> m_ownerRows; // printed owner row -> owner codes
    QList<LateReasonCount> m_reasons;
    QList<QStringList> m_reasonCodes; // printed reason row -> reason codes
    QList<int> m_ownerCells;          // (column, owner) -> cell
    QList<int> m_reasonCells;         // (column, reason) -> cell
    QList<QString> m_missedCodes;
    QList<int> m_missedCells; // (month, missed code) -> cell
    QList<int> m_paperworkCells;
    QList<int> m_waitCells;
};

} // namespace lac
