// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "immunisations/core/ImmunisationSchedule.h"
#include "import/ImportProblem.h"

#include <QCoreApplication>

namespace lac {

struct CaseContext;

/// What an immunisation import did, or would do on a dry run.
struct ImmunisationImportReport
{
    int rows = 0;            ///< data rows read
    int written = 0;         ///< doses written (0 on a dry run or when refused)
    int alreadyRecorded = 0; ///< rows the database already holds (same child, vaccine, date)
    QList<ImportProblem> problems;
};

/// Imports immunisation histories from a CSV the child health information system exports:
/// child_id (case ID), vaccine (a code of the schedule file, e.g. 6in1, MMR), date
/// (DD/MM/YYYY or YYYY-MM-DD), source (gp_record, red_book, parents_account,
/// overseas_record) and optional notes. All or nothing, as the other imports: one problem in
/// any row and nothing is written, every problem listed as file:line: column: value: reason.
/// A dose already recorded is skipped, so the same export can be imported again.
class ImmunisationImport
{
    Q_DECLARE_TR_FUNCTIONS(lac::ImmunisationImport)

public:
    ImmunisationImport(const CaseContext& ctx, const ImmunisationScheduleBook& book);

    /// Fails (nothing written) when the user may not import or the file cannot be read;
    /// otherwise the report, whose problems say why nothing was written.
    Result<ImmunisationImportReport> run(const QString& path, bool dryRun) const;

private:
    const CaseContext& m_ctx;
    const ImmunisationScheduleBook& m_book;
};

} // namespace lac
