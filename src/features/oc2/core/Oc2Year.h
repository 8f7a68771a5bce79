// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>

#include <optional>

namespace lac {

/// Twelve months ending on a day: what the OC2 rules measure over. A collection year is one
/// (1 April to 31 March); the health outcomes section also measures the 12 months to today
/// with the same rules, so the rules take this rather than a year.
struct Oc2Span
{
    QDate first; ///< the first day
    QDate last;  ///< the last day, the one ages and statuses are taken on

    QDate start() const { return first; }
    QDate end() const { return last; }
    /// The 12 months ending on \a day: 7 December 2025 to 6 December 2026.
    static Oc2Span endingOn(QDate day) { return {day.addYears(-1).addDays(1), day}; }
};

/// One SSDA903 collection year, 1 April to 31 March, named as the DfE names it ("2025-26").
/// The OC2 return and its facts (substance misuse, convictions) belong to one such year.
struct Oc2Year
{
    int firstYear = 0; ///< 2025 for 2025-26

    QDate start() const { return QDate(firstYear, 4, 1); }
    QDate end() const { return QDate(firstYear + 1, 3, 31); }
    QString label() const
    {
        return QStringLiteral("%1-%2").arg(firstYear).arg((firstYear + 1) % 100, 2, 10,
                                                          QLatin1Char('0'));
    }
    bool operator==(const Oc2Year&) const = default;
    /// The year as a span of days, for the rules.
    operator Oc2Span() const { return {start(), end()}; }

    /// "2025-26" (the second part must be the next year); nothing for anything else.
    static std::optional<Oc2Year> parse(const QString& text)
    {
        const QStringList parts = text.trimmed().split(QLatin1Char('-'));
        if (parts.size() != 2 || parts.at(0).size() != 4 || parts.at(1).size() != 2)
            return std::nullopt;
        bool ok1 = false;
        bool ok2 = false;
        const int first = parts.at(0).toInt(&ok1);
        const int second = parts.at(1).toInt(&ok2);
        if (!ok1 || !ok2 || first < 2000 || first > 2099 || second != (first + 1) % 100)
            return std::nullopt;
        return Oc2Year{first};
    }
    /// The last year that has ended on or before \a today (the one a return is due for).
    static Oc2Year lastEnded(QDate today)
    {
        const int first = today.month() >= 4 ? today.year() - 1 : today.year() - 2;
        return Oc2Year{first};
    }
    /// The year \a date falls in.
    static Oc2Year containing(QDate date)
    {
        return Oc2Year{date.month() >= 4 ? date.year() : date.year() - 1};
    }
};

} // namespace lac
