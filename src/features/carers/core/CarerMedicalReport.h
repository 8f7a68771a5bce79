// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "carers/core/CarerMedicalFigures.h"
#include "reporting/ReportSection.h"

#include <QCoreApplication>

namespace lac {

class Database;
struct CarerMedicalLayout;

/// The carers' medicals section of the report: a row per month of medicals requested,
/// signed off and waiting, and the median and 90th-percentile days from request to sign-off,
/// with the period's figures and the assessments waiting only for a medical; and two charts.
/// The CSV indicators carer_medicals_requested, _signed_off, _waiting and _median_days come
/// from here. Counts only, no applicant: what a board paper may show.
///
/// Suppressed with the paper's own machinery (SmallNumberSuppression): a count of 1 to N−1 is
/// "<N", and the reader's relations are given to the attack — the period is the sum of its
/// months, a month's waiting is the month before's plus those requested less those signed off
/// and withdrawn (the withdrawn and the waiting before the first month are not printed but
/// protected too), and those waiting only for a medical are at most those waiting — so that
/// enough else is hidden ("*") for no small count to be worked out. A median or percentile is
/// printed only for a month whose sign-offs are shown and at least N.
///
/// A public paper first chooses its layout (CarerMedicalLayout): by month only when no month
/// has a count of 1 to N−1, else three months at a time or the whole period, in a table of its
/// own (a row per column), so that months of a few medicals do not cost larger counts.
class CarerMedicalReport final : public ReportSectionSource
{
    Q_DECLARE_TR_FUNCTIONS(lac::CarerMedicalReport)

public:
    explicit CarerMedicalReport(const Database& db);

    /// The figures, if \a user may run reports.
    Result<CarerMedicalFigures> figures(QDate first, QDate last, QDate asOf,
                                        const UserContext& user) const;
    /// Nothing for a role that may not read carers' medicals (a viewer): on a team server
    /// such a role cannot read their tables at all.
    Result<std::optional<ReportSection>> section(const PublishedReport& report,
                                                 const UserContext& user) const override;
    /// The section for \a figures, with the months titled as in \a report, suppressed at
    /// \a threshold (0 or 1: nothing hidden).
    static ReportSection section(const CarerMedicalFigures& figures, const PublishedReport& report,
                                 int threshold);

private:
    /// The sentence under the table saying how it is laid out, and by which rule.
    static QString layoutText(const CarerMedicalLayout& layout, int threshold);

    const Database& m_db;
};

} // namespace lac
