// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "import/ImportProblem.h"

#include <QCoreApplication>

namespace lac {

struct CaseContext;

/// What a UASC screening import did, or would do on a dry run.
struct UascImportReport
{
    int rows = 0;            ///< data rows read
    int written = 0;         ///< screenings written (0 on a dry run or when refused)
    int alreadyRecorded = 0; ///< rows the database already holds (same child, screen, date)
    QList<ImportProblem> problems;
};

/// Imports UASC screenings from a CSV the looked-after children's health service (or the
/// child health information system) exports: child_id (case ID), screen (tb, hepatitis_b,
/// hepatitis_c, hiv or other), other_name (which screen, for other), date (DD/MM/YYYY or
/// YYYY-MM-DD), outcome (awaited, no_further_action, referred or declined), referral (where,
/// required when referred) and notes. The same rules as the dialog; a child not (yet) flagged
/// UASC is accepted, as the flag may lag the health record. All or nothing, every problem as
/// file:line: column: value: reason; a screening already on record is skipped, so the same
/// export can be imported again.
class UascImport
{
    Q_DECLARE_TR_FUNCTIONS(lac::UascImport)

public:
    explicit UascImport(const CaseContext& ctx);

    /// Fails (nothing written) when the user may not import or the file cannot be read;
    /// otherwise the report, whose problems say why nothing was written.
    Result<UascImportReport> run(const QString& path, bool dryRun) const;

private:
    const CaseContext& m_ctx;
};

} // namespace lac
