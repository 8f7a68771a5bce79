// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "import/ImportProblem.h"

#include <QCoreApplication>

namespace lac {

struct CaseContext;

/// What a dental import did, or would do on a dry run.
struct DentalImportReport
{
    int rows = 0;            ///< data rows read
    int written = 0;         ///< checks written (0 on a dry run or when refused)
    int alreadyRecorded = 0; ///< rows the database already holds (same child, date, outcome)
    QList<ImportProblem> problems;
};

/// Imports dental checks from a CSV the child health information system (or a community
/// dental service) exports: child_id (case ID), date (DD/MM/YYYY or YYYY-MM-DD), dentist,
/// not_seen (blank when the teeth were checked; else no_nhs_dentist, refused,
/// was_not_brought or other) and notes. The same rules as the dialog: a check seen names the
/// dentist, "other" says why in the notes, no date in the future or before birth. All or
/// nothing, every problem as file:line: column: value: reason; a check already on record is
/// skipped, so the same export can be imported again.
class DentalImport
{
    Q_DECLARE_TR_FUNCTIONS(lac::DentalImport)

public:
    explicit DentalImport(const CaseContext& ctx);

    /// Fails (nothing written) when the user may not import or the file cannot be read;
    /// otherwise the report, whose problems say why nothing was written.
    Result<DentalImportReport> run(const QString& path, bool dryRun) const;

private:
    const CaseContext& m_ctx;
};

} // namespace lac
