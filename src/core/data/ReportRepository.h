// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "data/Database.h"
#include "domain/DueOutcome.h"
#include "domain/PlacementLocation.h"
#include "reporting/LateReasonCount.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace lac {

/// The SQL behind the timeliness report. Every query aggregates in the database (GROUP BY
/// month, placement location and group) so that a ten-year report over 100,000 children
/// moves a few thousand rows, not a million; the report service turns the rows into figures.
/// Exempt, not-required and closed (recorded in error) rows are left out here, once.
/// What is settled (entries to care, assessments done) is read from report_counts, which the
/// database's own triggers keep exact as records are written (migration 0020); only what can
/// still change with the as-of date is counted from the records.
class ReportRepository
{
    Q_DECLARE_TR_FUNCTIONS(lac::ReportRepository)

public:
    /// Children who started a period of care, by month, location and placement group on the
    /// start date.
    struct EntryRow
    {
        QString month; ///< "YYYY-MM"
        PlacementLocation location = PlacementLocation::Unknown;
        QString group;
        int count = 0;
    };

    /// Statutory assessments by month, location, group and outcome. CompletedAfterDue leaves
    /// the tolerance to the service, so due and completed dates come only with that outcome.
    struct AssessmentRow
    {
        QString month;
        PlacementLocation location = PlacementLocation::Unknown;
        QString group;
        DueOutcome outcome = DueOutcome::Pending;
        bool requestInTime = false;
        QString lateReason;
        QDate due;
        QDate completed;
        int count = 0;
    };

    /// A count per month and code (missed appointments by outcome).
    struct MonthCodeRow
    {
        QString month;
        QString code;
        int count = 0;
    };

    /// Things open from one month to another ("" = still open), e.g. paperwork issues.
    struct SpanRow
    {
        QString startMonth;
        QString endMonth;
        int count = 0;
    };

    /// Where the settled figures come from: the stored counts (what every report reads), or
    /// the records themselves (what `lachealth check` and the tests compare them with).
    enum class CountsFrom
    {
        StoredCounts,
        Records
    };
    explicit ReportRepository(const Database& db, CountsFrom countsFrom = CountsFrom::StoredCounts);

    /// Care periods started (in the data window) between \a from and \a to inclusive.
    Result<QList<EntryRow>> careEntries(QDate from, QDate to) const;
    /// IHAs of the care periods that started between \a from and \a to; "late" when not
    /// completed by \a asOf and due before it.
    Result<QList<AssessmentRow>> initialAssessments(QDate from, QDate to, QDate asOf) const;
    /// RHAs due between \a from and \a to; not completed by \a asOf counts "late" when due
    /// before \a lateIfDueBefore (as-of date minus the tolerance).
    /// \a exact (no tolerance) counts every completion after the due date as late in SQL;
    /// otherwise such rows come back as "completed_after" with their dates.
    Result<QList<AssessmentRow>> reviewAssessments(QDate from, QDate to, QDate asOf,
                                                   QDate lateIfDueBefore, bool exact) const;
    /// Appointments scheduled between \a from and \a to that did not happen, by outcome.
    Result<QList<MonthCodeRow>> missedAppointments(QDate from, QDate to) const;
    /// Paperwork issues found by \a to and not resolved before \a from.
    Result<QList<SpanRow>> paperworkIssueSpans(QDate from, QDate to) const;
    /// Out-of-area requests made by \a to and not resolved before \a from.
    Result<QList<SpanRow>> outOfAreaWaitSpans(QDate from, QDate to) const;
    /// The late reasons list in its sort order, count 0.
    Result<QList<LateReasonCount>> lateReasons() const;
    /// Every suppressed paper exported before, oldest first: (when, the audit entry's JSON).
    Result<QList<std::pair<QString, QByteArray>>> publishedPapers() const;

private:
    /// Each placement type code's reporting group: rows carry the code, grouped by it. Read
    /// once per repository (a report asks for it for entries, IHAs and RHAs).
    Result<QHash<QString, QString>> reportingGroups() const;
    Result<QList<AssessmentRow>> assessments(const QString& sql, const QVariantList& values) const;
    /// Rows of report_counts (schema 20): the settled figures, kept by the writes' triggers.
    struct SettledCounts
    {
        QList<AssessmentRow> rows;
        bool usable = true; ///< false: a row counts a date after the as-of date
    };
    Result<SettledCounts> settledCounts(const QString& measure, QDate from, QDate to,
                                        QDate asOf) const;
    Result<QList<SpanRow>> spans(const QString& sql, QDate from, QDate to) const;

    const Database& m_db;
    CountsFrom m_countsFrom = CountsFrom::StoredCounts;
    mutable std::optional<QHash<QString, QString>> m_groups;
};

} // namespace lac
