// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reporting/BoardTableRow.h"

#include <algorithm>

namespace lac {

QList<BoardTableRow> BoardTableRow::rows()
{
    using I = ReportIndicator;
    using M = TimelinessMeasure;
    const auto count = [](I i) { return BoardTableRow{indicatorLabel(i), i, std::nullopt}; };
    const auto percent = [](const QString& label, M m) {
        return BoardTableRow{label, std::nullopt, m};
    };
    return {count(I::EnteredCare),
            count(I::IhaDue),
            count(I::IhaInTime),
            percent(tr("% IHAs in time"), M::IhaInTime),
            count(I::IhaLate),
            count(I::IhaPending),
            count(I::IhaRequestsInTime),
            percent(tr("% IHA requests in time"), M::IhaRequestsInTime),
            count(I::RhaDue),
            count(I::RhaInTime),
            percent(tr("% RHAs in time"), M::RhaInTime),
            count(I::RhaLate),
            count(I::RhaPending)};
}

QList<LocationColumn> BoardTableRow::locations()
{
    return {LocationColumn::InArea, LocationColumn::OutOfArea, LocationColumn::Total};
}

QString BoardTableRow::locationLabel(LocationColumn where)
{
    switch (where) {
    case LocationColumn::InArea:
        return tr("In area");
    case LocationColumn::OutOfArea:
        return tr("Out of area or not known");
    case LocationColumn::Total:
        break;
    }
    return tr("All");
}

QString BoardTableRow::locationShortLabel(LocationColumn where)
{
    return where == LocationColumn::OutOfArea ? tr("Out / not known") : locationLabel(where);
}

QString BoardTableRow::cell(const PublishedReport& report, int column, LocationColumn where) const
{
    QString text = indicator ? report.count(column, *indicator, where)
                             : report.percent(column, *measure, where);
    // A row's own first months given together (BoardTableLayout): the method box says which.
    const QList<ReportIndicator> own = sources();
    if (!text.isEmpty() && std::any_of(own.cbegin(), own.cend(), [&](ReportIndicator s) {
            return report.isRowLead(column, s);
        }))
        text += ownLeadMark();
    return text;
}

QList<ReportIndicator> BoardTableRow::sources() const
{
    using I = ReportIndicator;
    if (indicator)
        return {*indicator};
    return *measure == TimelinessMeasure::IhaInTime   ? QList<I>{I::IhaInTime, I::IhaLate}
           : *measure == TimelinessMeasure::RhaInTime ? QList<I>{I::RhaInTime, I::RhaLate}
                                                      : QList<I>{I::IhaRequestsInTime, I::IhaDue};
}

QString BoardTableRow::ownLeadMark()
{
    return QStringLiteral("\u2020");
}

bool BoardTableRow::isPrinted(const PublishedReport& report, int column, LocationColumn where) const
{
    const QList<ReportIndicator> own = sources();
    return std::all_of(own.cbegin(), own.cend(),
                       [&](ReportIndicator s) { return report.isPrinted(column, s, where); });
}

bool BoardTableRow::isByMonth(const PublishedReport& report) const
{
    // The last month: a row's own first months given together leave its first columns empty.
    return report.monthCount() > 0 &&
           isPrinted(report, report.monthCount() - 1, LocationColumn::Total);
}

bool BoardTableRow::isSplitByMonth(const PublishedReport& report) const
{
    return report.monthCount() > 0 &&
           isPrinted(report, report.monthCount() - 1, LocationColumn::InArea);
}

QString BoardTableRow::periodCell(const PublishedReport& report, LocationColumn where) const
{
    const int period = report.periodColumn();
    if (where != LocationColumn::Total && !isPrinted(report, period, where) &&
        isPrinted(report, period, LocationColumn::Total))
        return tr("not split");
    return cell(report, period, where);
}

bool BoardTableRow::isHeadline() const
{
    return measure && *measure != TimelinessMeasure::IhaRequestsInTime;
}

} // namespace lac
