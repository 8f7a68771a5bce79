// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reporting/GroupFigures.h"
#include "reporting/MonthFigures.h"
#include "reporting/ReportRequest.h"
#include "reporting/ReportSettings.h"

#include <QDateTime>
#include <QList>

#include <optional>

namespace lac {

/// The timeliness report for a range of months: the one computation that the table, the
/// charts, the CSV/JSON/HTML exports and the PDF board paper all read, so that they cannot
/// disagree. Plain values, no identifiers of any child.
struct TimelinessReport
{
    ReportSettings settings; ///< authority, rules and targets the figures were made with
    QDate firstMonth;        ///< first day of the first month
    QDate lastMonth;         ///< first day of the last month
    QDate asOf;              ///< "late" and "not yet due" are judged on this date
    QDateTime produced;      ///< when the figures were computed (UTC)
    QList<MonthFigures> months;
    QList<GroupFigures> groups; ///< whole period, in PlacementGroup order, empty groups left out
    QList<LateReasonCount> lateReasonList; ///< the reference list, in its order (counts 0)
    ReportParts parts = wholeReport;       ///< which parts were read (the others are zero)

    /// Takes the exceptions of \a other's months into the same months of this report (the
    /// part read later, when a view that shows it asks); months \a other lacks are untouched.
    void takeExceptions(const TimelinessReport& other);

    /// The report for the months \a first to \a last inside this one, exactly as if it had
    /// been computed for them (every figure is per month); an empty report outside it.
    TimelinessReport slice(QDate first, QDate last) const;
    /// True when the months \a first to \a last are all inside this report.
    bool covers(QDate first, QDate last) const;
    /// Placement groups summed over \a months, in report order.
    static QList<GroupFigures> sumGroups(const QList<MonthFigures>& months);

    /// One indicator summed over every month of the period.
    LocationCounts periodTotal(ReportIndicator indicator) const;
    /// Late assessments of the whole period by reason.
    QList<LateReasonCount> periodLateReasons() const;
    /// Late assessments by owner of the delay ("" = no reason recorded), in owner order.
    static QList<QPair<QString, int>> byOwner(const QList<LateReasonCount>& reasons);
};

/// Percentage in time of the assessments already decided (in time + late); pending ones are
/// not yet judged. nullopt when nothing is decided.
std::optional<double> percentInTime(int inTime, int late);

} // namespace lac
