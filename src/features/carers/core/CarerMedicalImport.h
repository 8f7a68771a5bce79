// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "import/ImportProblem.h"

#include <QCoreApplication>

namespace lac {

struct CaseContext;

/// What a carers' medicals import did, or would do on a dry run.
struct CarerMedicalImportReport
{
    int rows = 0;            ///< data rows read
    int written = 0;         ///< medicals written (0 on a dry run or when refused)
    int applicantsAdded = 0; ///< applicants not in the database before
    int alreadyRecorded = 0; ///< same applicant, form and request date already held
    QList<ImportProblem> problems;
};

/// Imports carers' medicals from the spreadsheet a team kept before (docs/import.md): one row
/// per medical with applicant, household, application (fostering, adoption), form (AH, AH2),
/// requested, and optionally social_worker, assessment_ready, gp_practice, gp_appointment,
/// fee (pounds), fee_payer (agency, applicant, no_fee), gp_declined, escalation
/// (practice_manager, icb, other_doctor), received, reviewed, outcome (clear,
/// more_information, concern), info_requested, info_received, summary_sent, panel, approved,
/// withdrawn, notes. Dates DD/MM/YYYY or YYYY-MM-DD. An applicant is found by name and
/// household, or added. Every row must keep the rules a medical saved by hand keeps
/// (CarerMedicalClock). All or nothing, as the other imports: one problem anywhere and nothing
/// is written, each listed as file:line: column: value: reason; no rejected-rows file is
/// written, so no adult's details are copied anywhere. A medical already held is skipped, so
/// the same file can be imported again. Needs ImportData and EditCarerMedicals, and
/// ReviewCarerMedicals when a row carries the adviser's review.
class CarerMedicalImport
{
    Q_DECLARE_TR_FUNCTIONS(lac::CarerMedicalImport)

public:
    explicit CarerMedicalImport(const CaseContext& ctx);

    /// Fails (nothing written) when the user may not import or the file cannot be read;
    /// otherwise the report, whose problems say why nothing was written.
    Result<CarerMedicalImportReport> run(const QString& path, bool dryRun) const;

private:
    const CaseContext& m_ctx;
};

} // namespace lac
