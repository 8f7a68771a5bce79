// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reporting/ReportSection.h"

#include <QCoreApplication>
#include <QDate>

namespace lac {

class Database;

/// At the end of one month of the paper: young people in care aged 17½ or over (and under
/// 18), and how many of them had a health passport delivered.
struct PassportMonth
{
    QDate month; ///< first day
    int olderYoungPeople = 0;
    int delivered = 0;
};

/// The passport's lines in the report and the board paper: counts only, never a name or a
/// passport's content (the passport itself is exported only by PassportService, audited).
/// Suppressed with the paper's own machinery: the young people without a passport delivered
/// are not printed but follow from the two printed counts, so they are protected too, and the
/// period column repeats the last month (the reader knows that).
class PassportReport final : public ReportSectionSource
{
    Q_DECLARE_TR_FUNCTIONS(lac::PassportReport)

public:
    explicit PassportReport(const Database& db);

    /// The month-end counts for \a first to \a last (first days), none later than \a asOf.
    Result<QList<PassportMonth>> figures(QDate first, QDate last, QDate asOf,
                                         const UserContext& user) const;
    Result<std::optional<ReportSection>> section(const PublishedReport& report,
                                                 const UserContext& user) const override;
    /// The section for \a months, suppressed at \a threshold (0 or 1: nothing hidden).
    static ReportSection section(const QList<PassportMonth>& months, const PublishedReport& report,
                                 int threshold);

private:
    const Database& m_db;
};

} // namespace lac
