// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "reporting/ReportChartSpec.h"

#include <QList>
#include <QStringList>

#include <optional>

namespace lac {

struct UserContext;

/// One row of a report section: a figure by month, then for the whole period, as printed
/// ("12", "<5", "*", "–", "45.5"), so that every writer prints the same text.
struct ReportSectionRow
{
    QString code;      ///< the CSV `indicator` (empty: not in the CSV); never renamed
    QString label;     ///< what a reader sees
    QStringList cells; ///< one per month, then the period
};

/// A section's table whose columns are not the paper's months: figures for a collection year,
/// for today and England's beside them, say. Each row has one cell per column, as printed.
struct ReportSectionTable
{
    QString caption;
    QStringList columns; ///< what a reader sees over each column
    /// What the CSV's `month` column says for each column ("2025-04/2026-03", "2026-12-06"):
    /// an empty key keeps the column out of the CSV (a figure that is not the council's).
    QStringList columnKeys;
    QList<ReportSectionRow> rows; ///< cells: one per column
    /// Printed with a row per column and a column per row, as the monthly table reads: for
    /// periods (three months at a time), which may be too many to stand side by side.
    bool periodsDown = false;
};

/// What a kind of record beyond the IHA/RHA timeliness table adds to the report (carers'
/// medicals, say): its own table, sentences and charts, made and suppressed by its feature
/// from its own records, then printed by the same writers (CSV, HTML, PDF) and charts view.
/// A section is counted for the paper's months and suppressed at the paper's threshold; a
/// section whose own attack works out a hidden count sets `leak`, and the paper is refused.
struct ReportSection
{
    QString title;
    QStringList paragraphs; ///< plain sentences under the title, figures already suppressed
    QList<ReportSectionRow> rows;
    QList<ReportSectionTable> tables; ///< printed after the rows' monthly table
    QList<ReportChartSpec> charts;
    QStringList auditLines; ///< what `lachealth report --audit` prints for its hidden cells
    QString leak;           ///< empty unless a hidden count can be worked out
};

/// A kind of record that adds a section to the report. Features register one with
/// ReportSections; the window's export, the charts view and `lachealth report` all ask it.
class ReportSectionSource
{
public:
    virtual ~ReportSectionSource() = default;
    /// The section for the months of \a report, suppressed at its threshold; nullopt when
    /// \a user may not see this kind of record (the report then goes without it).
    virtual Result<std::optional<ReportSection>> section(const PublishedReport& report,
                                                         const UserContext& user) const = 0;
};

/// The sections of every kind of record, in the order they were added.
class ReportSections
{
public:
    void add(const ReportSectionSource& source) { m_sources << &source; }
    bool isEmpty() const { return m_sources.isEmpty(); }
    Result<QList<ReportSection>> build(const PublishedReport& report, const UserContext& user) const
    {
        QList<ReportSection> all;
        for (const ReportSectionSource* s : m_sources) {
            auto section = s->section(report, user);
            if (!section)
                return section.failure();
            if (section.value())
                all << *section.value();
        }
        return all;
    }

private:
    QList<const ReportSectionSource*> m_sources;
};

} // namespace lac
