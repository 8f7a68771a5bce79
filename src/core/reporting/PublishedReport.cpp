// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reporting/PublishedReport.h"

#include "reporting/DelayOwner.h"
#include "reporting/PlacementGroupFolding.h"

#include <QLocale>

#include <cmath>

namespace lac {
namespace {

// In area, out of area or not known, all. Children whose placement location is not known
// are counted with those placed out of area (the column says so): a "not known" remainder
// left unprinted is a small count the reader can still work out (all − in − out), and
// protecting it hid the in/out split of every headline on a large county.
constexpr int locations = 3;
constexpr int totalIndex = 2;

int locationValue(const LocationCounts& c, int location)
{
    switch (location) {
    case 0:
        return c.inArea;
    case 1:
        return c.outOfArea + c.unknown;
    default:
        return c.total();
    }
}

// What a public paper prints of the monthly table (\a monthSplits false), as \a layout
// decided from the figures (BoardTableLayout): each month, for all children, the rows given
// by month (entered care; IHAs and RHAs in time, late, not yet due) and their split where the
// layout splits them by month; for the whole period, every row, split where the layout keeps
// the split; IHA requests for all children only. A month's total beside its parts, or its
// split, turns every part of 1 to 4 into a count a reader can work out unless a larger figure
// goes with it: printed by month and split, a county of 400 children lost over half its
// counts of 5 or more (docs/reporting.md has the figures).
bool printedInTable(bool monthSplits, const BoardTableLayout& layout, bool month,
                    ReportIndicator indicator, int location)
{
    using I = ReportIndicator;
    if (monthSplits)
        return true;
    if (indicator == I::IhaRequestsInTime)
        return !month && location == totalIndex && layout.givesRequests();
    if (!month)
        return location == totalIndex || layout.isSplit(indicator);
    if (indicator == I::IhaDue || indicator == I::RhaDue || !layout.isByMonth(indicator))
        return false;
    return location == totalIndex || layout.isSplitByMonth(indicator);
}

const QStringList missedOutcomes = {
    QStringLiteral("was_not_brought"), QStringLiteral("cancelled_by_carer"),
    QStringLiteral("cancelled_by_health"), QStringLiteral("cancelled_by_child"),
    QStringLiteral("declined")};

} // namespace

PublishedReport::PublishedReport(TimelinessReport report, int threshold,
                                 QList<EarlierPaper> earlier,
                                 std::optional<BoardTableLayout> layout)
    : m_report(std::move(report))
    , m_earlier(std::move(earlier))
    , m_s(threshold)
{
    // Decided from the figures before any suppression, so that no larger placement figure
    // has to be hidden to protect a small one (the method box says which were combined).
    m_groupRows = PlacementGroupFolding::rows(m_report.groups, threshold);
    // So is the table's layout: each row by month, split, or for the whole period only
    // (BoardTableLayout; the method box states the rule).
    if (layout)
        m_layout = *layout;
    else if (threshold > 1)
        m_layout = BoardTableLayout::choose(m_report, threshold);
    buildCells();
    addEarlierPapers();
    m_s.apply();
    // Where most counts of a table are small, "<5" meaning 1 to 4 can pin a count by the
    // labels alone (three "<5" months adding up to a "<5" quarter that a "<5" total caps),
    // whatever else is hidden. Such a paper is made again with zeros shown as "<5" too, so
    // that "<5" means 0 to 4 throughout (the method box says which).
    if (m_s.enabled() && !ownCountsProtected()) {
        m_s = SmallNumberSuppression(threshold);
        m_s.setZerosAreSmall(true);
        buildCells();
        addEarlierPapers();
        m_s.apply();
    }
}

QList<int> PublishedReport::addMainTable(SmallNumberSuppression& s, const TimelinessReport& report,
                                         const std::function<int(int, int)>& cellFor,
                                         bool monthSplits, const BoardTableLayout& layout)
{
    const int columns = int(report.months.size()) + 1;
    const int period = columns - 1;
    // The monthly table, with the period as a last column. \a cellFor may give a cell already
    // made for a figure (another paper's); otherwise one is added with today's count.
    QList<int> table(columns * reportIndicatorCount * locations);
    const auto at = [&table](int c, ReportIndicator ind, int l) {
        return table.at((c * reportIndicatorCount + int(ind)) * locations + l);
    };
    for (int c = 0; c < columns; ++c) {
        for (ReportIndicator ind : allReportIndicators()) {
            const LocationCounts counts =
                c == period ? report.periodTotal(ind) : report.months.at(c)[ind];
            for (int l = 0; l < locations; ++l) {
                const int i = (c * reportIndicatorCount + int(ind)) * locations + l;
                const int given = cellFor ? cellFor(c, i % (reportIndicatorCount * locations)) : -1;
                // A figure a public paper does not print still follows from the relations
                // (the months add up to the period's split): it stays in the attack.
                // Months given together are printed as one column (buildCells).
                // A row's own first months given together (BoardTableLayout) likewise.
                const int lead = layout.leadingMonths(ind);
                const bool printed = printedInTable(monthSplits, layout, c != period, ind, l) &&
                                     (monthSplits || c == period || c > lead || lead == 0);
                table[i] = given >= 0 ? given : s.addCell(locationValue(counts, l), printed);
            }
        }
    }
    for (int c = 0; c < columns; ++c) {
        for (ReportIndicator ind : allReportIndicators())
            s.addSumRule(at(c, ind, totalIndex), {at(c, ind, 0), at(c, ind, 1)});
        for (int l = 0; l < locations; ++l) {
            using I = ReportIndicator;
            s.addSumRule(at(c, I::IhaDue, l),
                         {at(c, I::IhaInTime, l), at(c, I::IhaLate, l), at(c, I::IhaPending, l)});
            s.addSumRule(at(c, I::RhaDue, l),
                         {at(c, I::RhaInTime, l), at(c, I::RhaLate, l), at(c, I::RhaPending, l)});
            // Requests not in time are not printed but follow from due minus in time.
            const int notInTime = s.addCell(
                s.value(at(c, I::IhaDue, l)) - s.value(at(c, I::IhaRequestsInTime, l)), false);
            s.addSumRule(at(c, I::IhaDue, l), {at(c, I::IhaRequestsInTime, l), notInTime});
            // IHAs are due only for children who entered care (some are exempt).
            s.addAtMostRule(at(c, I::IhaDue, l), at(c, I::EnteredCare, l));
        }
    }
    for (ReportIndicator ind : allReportIndicators()) {
        for (int l = 0; l < locations; ++l) {
            QList<int> months;
            for (int m = 0; m < period; ++m)
                months << at(m, ind, l);
            s.addSumRule(at(period, ind, l), months);
        }
    }
    return table;
}

int PublishedReport::tableLocations()
{
    return locations;
}

void PublishedReport::buildCells()
{
    // Made afresh each time (a paper may be made again with zeros as "<N").
    m_owners.clear();
    m_missedCells.clear();
    m_paperworkCells.clear();
    m_waitCells.clear();
    m_leadCells.clear();
    m_leadMissedCells.clear();
    const int months = int(m_report.months.size());
    const int columns = months + 1;
    const int period = months;
    const int lead = monthSplits() ? 0 : m_layout.leadingMonths();

    m_table = addMainTable(m_s, m_report, {}, monthSplits(), m_layout);
    // The months given together: one printed cell, the sum of its months; in the first
    // column, or in a row's own first month of N or more (BoardTableLayout::leadingMonths).
    bool anyLead = false;
    for (ReportIndicator ind : allReportIndicators())
        anyLead = anyLead || (!monthSplits() && m_layout.leadingMonths(ind) > 0);
    for (ReportIndicator ind : allReportIndicators()) {
        const int rowLead = monthSplits() ? 0 : m_layout.leadingMonths(ind);
        for (int l = 0; anyLead && l < locations; ++l) {
            if (rowLead == 0) {
                m_leadCells << -1;
                continue;
            }
            QList<int> parts;
            int n = 0;
            for (int m = 0; m <= rowLead; ++m) {
                parts << modelCell(m, ind, l);
                n += m_s.value(parts.last());
            }
            m_leadCells << m_s.addCell(n, printedInTable(false, m_layout, true, ind, l));
            m_s.addSumRule(m_leadCells.last(), parts);
        }
    }
    // Placement groups over the period add up to the period column.
    const GroupMeasure measures[] = {GroupMeasure::IhaInTime, GroupMeasure::IhaLate,
                                     GroupMeasure::RhaInTime, GroupMeasure::RhaLate};
    const ReportIndicator measureIndicator[] = {
        ReportIndicator::IhaInTime, ReportIndicator::IhaLate, ReportIndicator::RhaInTime,
        ReportIndicator::RhaLate};
    m_groupCells.resize(groupCount() * 4);
    for (int g = 0; g < groupCount(); ++g) {
        const GroupFigures f = PlacementGroupFolding::sum(m_report.groups, m_groupRows.at(g));
        const int values[] = {f.ihaInTime, f.ihaLate, f.rhaInTime, f.rhaLate};
        for (int k = 0; k < 4; ++k)
            m_groupCells[g * 4 + k] = m_s.addCell(values[k]);
    }
    for (int k = 0; k < 4; ++k) {
        QList<int> parts;
        for (int g = 0; g < groupCount(); ++g)
            parts << m_groupCells.at(g * 4 + int(measures[k]));
        m_s.addSumRule(modelCell(period, measureIndicator[k], totalIndex), parts);
    }

    // Late assessments by reason and by owner, per month and for the period. The late total
    // of a column is not printed as such but follows from the IHA and RHA late counts.
    foldLateReasons();
    m_reasonCells.resize(columns * m_reasons.size());
    m_ownerCells.resize(columns * m_owners.size());
    const QList<LateReasonCount> periodReasons = m_report.periodLateReasons();
    for (int c = 0; c < columns; ++c) {
        const QList<LateReasonCount>& reasons =
            c == period ? periodReasons : m_report.months.at(c).lateReasons;
        for (int r = 0; r < m_reasons.size(); ++r) {
            int n = 0;
            for (const auto& x : reasons) {
                if (m_reasonCodes.at(r).contains(x.code))
                    n += x.count;
            }
            // A public paper gives late reasons and owners for the whole period only.
            m_reasonCells[c * m_reasons.size() + r] =
                m_s.addCell(n, monthSplits() || c == period, true);
        }
        const int late =
            m_s.addCell(m_s.value(modelCell(c, ReportIndicator::IhaLate, totalIndex)) +
                            m_s.value(modelCell(c, ReportIndicator::RhaLate, totalIndex)),
                        false);
        m_s.addSumRule(late, {modelCell(c, ReportIndicator::IhaLate, totalIndex),
                              modelCell(c, ReportIndicator::RhaLate, totalIndex)});
        QList<int> ownerParts;
        QList<int> reasonParts;
        for (int o = 0; o < m_owners.size(); ++o) {
            QList<int> parts;
            int n = 0;
            for (int r = 0; r < m_reasons.size(); ++r) {
                if (m_reasons.at(r).owner == m_owners.at(o)) {
                    parts << m_reasonCells.at(c * m_reasons.size() + r);
                    n += m_s.value(parts.last());
                }
            }
            const int cell = m_s.addCell(n, monthSplits() || c == period, true);
            m_ownerCells[c * m_owners.size() + o] = cell;
            m_s.addSumRule(cell, parts);
            ownerParts << cell;
            reasonParts << parts;
        }
        m_s.addSumRule(late, ownerParts);
        m_s.addSumRule(late, reasonParts);
    }
    for (int r = 0; r < m_reasons.size(); ++r) {
        QList<int> parts;
        for (int m = 0; m < months; ++m)
            parts << m_reasonCells.at(m * m_reasons.size() + r);
        m_s.addSumRule(m_reasonCells.at(period * m_reasons.size() + r), parts);
    }
    for (int o = 0; o < m_owners.size(); ++o) {
        QList<int> parts;
        for (int m = 0; m < months; ++m)
            parts << m_ownerCells.at(m * m_owners.size() + o);
        m_s.addSumRule(m_ownerCells.at(period * m_owners.size() + o), parts);
    }

    // Missed appointments and month-end backlogs: counts of children too, no totals printed.
    // Months given together give their missed appointments added up and the last one's
    // month-end backlogs.
    m_missedCodes = missedOutcomes;
    for (int m = 0; m < months; ++m) {
        const MonthFigures& f = m_report.months.at(m);
        for (const QString& code : std::as_const(m_missedCodes))
            m_missedCells << m_s.addCell(f.missedAppointments.value(code), m > lead || lead == 0);
        m_paperworkCells << m_s.addCell(f.openPaperworkIssues, m >= lead);
        m_waitCells << m_s.addCell(f.outOfAreaWaits, m >= lead);
    }
    for (const QString& code : std::as_const(m_missedCodes)) {
        int n = 0;
        for (int m = 0; m <= lead && lead > 0; ++m)
            n += m_report.months.at(m).missedAppointments.value(code);
        if (lead > 0)
            m_leadMissedCells << m_s.addCell(n);
    }
}

int PublishedReport::tableCell(int column, ReportIndicator indicator, int location) const
{
    if (column < monthCount() && column == leadColumn(indicator))
        return m_leadCells.at(int(indicator) * locations + location);
    return modelCell(modelColumn(column), indicator, location);
}

int PublishedReport::leadColumn(ReportIndicator indicator) const
{
    if (m_leadCells.isEmpty() || m_leadCells.at(int(indicator) * locations) < 0)
        return -1;
    return m_layout.leadingMonths(indicator) - m_layout.leadingMonths();
}

QDate PublishedReport::columnFirstMonth(int column, std::optional<ReportIndicator> row) const
{
    if (column == periodColumn())
        return m_report.firstMonth;
    if (row && column == leadColumn(*row))
        return m_report.months.at(0).month;
    if (column == 0 && m_layout.leadingMonths() > 0)
        return m_report.months.at(0).month;
    return columnMonth(column);
}

int PublishedReport::modelCell(int month, ReportIndicator indicator, int location) const
{
    return m_table.at((month * reportIndicatorCount + int(indicator)) * locations + location);
}

int PublishedReport::locationIndex(LocationColumn where)
{
    switch (where) {
    case LocationColumn::InArea:
        return 0;
    case LocationColumn::OutOfArea:
        return 1;
    case LocationColumn::Total:
        break;
    }
    return totalIndex;
}

bool PublishedReport::anyHidden() const
{
    for (const QList<int>* cells : {&m_table, &m_leadCells})
        for (int c : *cells)
            if (c >= 0 && m_s.isPrinted(c) && m_s.isHidden(c))
                return true;
    return false;
}

QString PublishedReport::columnTitle(int column) const
{
    if (column == periodColumn()) {
        const QDate f = m_report.firstMonth;
        if (monthCount() == 3 && (f.month() - 1) % 3 == 0)
            return tr("Q%1 %2").arg((f.month() - 1) / 3 + 1).arg(f.year());
        return tr("Period");
    }
    if (column == 0 && m_layout.leadingMonths() > 0)
        return tr("%1 to %2").arg(modelColumnTitle(0), modelColumnTitle(modelColumn(0)));
    return modelColumnTitle(modelColumn(column));
}

QString PublishedReport::rowColumnTitle(int column, ReportIndicator row) const
{
    if (!isRowLead(column, row))
        return columnTitle(column);
    return tr("%1 to %2").arg(modelColumnTitle(0), modelColumnTitle(modelColumn(column)));
}

QString PublishedReport::modelColumnTitle(int month) const
{
    if (month == int(m_report.months.size()))
        return columnTitle(periodColumn());
    return QLocale(QLocale::English, QLocale::UnitedKingdom)
        .toString(m_report.months.at(month).month, QStringLiteral("MMM yyyy"));
}

QString PublishedReport::periodText() const
{
    const QLocale uk(QLocale::English, QLocale::UnitedKingdom);
    const QString first = uk.toString(m_report.firstMonth, QStringLiteral("MMMM yyyy"));
    if (m_report.firstMonth == m_report.lastMonth)
        return first;
    return tr("%1 to %2").arg(first, uk.toString(m_report.lastMonth, QStringLiteral("MMMM yyyy")));
}

bool PublishedReport::isPrinted(int column, ReportIndicator indicator, LocationColumn where) const
{
    return m_s.isPrinted(tableCell(column, indicator, locationIndex(where)));
}

QString PublishedReport::count(int column, ReportIndicator indicator, LocationColumn where) const
{
    if (!isPrinted(column, indicator, where))
        return {};
    return m_s.text(tableCell(column, indicator, locationIndex(where)));
}

std::optional<int> PublishedReport::shownCount(int column, ReportIndicator indicator,
                                               LocationColumn where) const
{
    const int cell = tableCell(column, indicator, locationIndex(where));
    if (!m_s.isPrinted(cell) || m_s.isHidden(cell))
        return std::nullopt;
    return m_s.value(cell);
}

int PublishedReport::rawCount(int column, ReportIndicator indicator, LocationColumn where) const
{
    return m_s.value(tableCell(column, indicator, locationIndex(where)));
}

std::optional<double> PublishedReport::ratio(int column, ReportIndicator numerator,
                                             const QList<ReportIndicator>& denominator,
                                             LocationColumn where) const
{
    const int l = locationIndex(where);
    int top = m_s.value(tableCell(column, numerator, l));
    int bottom = 0;
    for (ReportIndicator d : denominator)
        bottom += m_s.value(tableCell(column, d, l));
    if (bottom <= 0)
        return std::nullopt;
    return 100.0 * top / bottom;
}

std::optional<double> PublishedReport::percentValue(int column, TimelinessMeasure measure,
                                                    LocationColumn where) const
{
    using I = ReportIndicator;
    QList<I> sources;
    switch (measure) {
    case TimelinessMeasure::IhaInTime:
        sources = {I::IhaInTime, I::IhaLate};
        break;
    case TimelinessMeasure::RhaInTime:
        sources = {I::RhaInTime, I::RhaLate};
        break;
    case TimelinessMeasure::IhaRequestsInTime:
        sources = {I::IhaRequestsInTime, I::IhaDue};
        break;
    }
    for (I s : sources) {
        if (!isPrinted(column, s, where) ||
            m_s.isHidden(tableCell(column, s, locationIndex(where))))
            return std::nullopt;
    }
    if (measure == TimelinessMeasure::IhaRequestsInTime)
        return ratio(column, I::IhaRequestsInTime, {I::IhaDue}, where);
    return ratio(column, sources.first(), sources, where);
}

QString PublishedReport::percent(int column, TimelinessMeasure measure, LocationColumn where) const
{
    if (const auto p = percentValue(column, measure, where))
        return percentText(*p);
    using I = ReportIndicator;
    const QList<I> sources =
        measure == TimelinessMeasure::IhaInTime   ? QList<I>{I::IhaInTime, I::IhaLate}
        : measure == TimelinessMeasure::RhaInTime ? QList<I>{I::RhaInTime, I::RhaLate}
                                                  : QList<I>{I::IhaRequestsInTime, I::IhaDue};
    for (I s : sources)
        if (!isPrinted(column, s, where))
            return {}; // not in this paper (a public paper's month split, or requests)
    int n = 0;
    bool hidden = false;
    for (I s : sources) {
        const int cell = tableCell(column, s, locationIndex(where));
        n += m_s.value(cell);
        hidden = hidden || m_s.isHidden(cell);
    }
    if (hidden && n > 0)
        return SmallNumberSuppression::secondaryText();
    return QStringLiteral("–");
}

QString PublishedReport::percentText(double percent)
{
    double shown = std::round(percent);
    if (shown >= 100.0 && percent < 100.0)
        shown = 99.0;
    if (shown <= 0.0 && percent > 0.0)
        shown = 1.0;
    return QStringLiteral("%1%").arg(int(shown));
}

} // namespace lac
