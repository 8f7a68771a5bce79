// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "import/ImportProblem.h"

#include <QCoreApplication>

namespace lac {

class IncomingService;

/// What an incoming requests import did, or would do on a dry run.
struct IncomingImportReport
{
    int rows = 0;
    int written = 0;         ///< requests written (0 on a dry run or when refused)
    int childrenAdded = 0;   ///< children placed here not known before
    int alreadyRecorded = 0; ///< same child, kind and day received already held
    QList<ImportProblem> problems;
};

/// Imports incoming requests from the CSV the requesting councils' forms are gathered into
/// (docs/import.md): one row per request with authority (GSS code or name from the reference
/// list), their_case_id, date_of_birth, placed_from, kind (RHA, IHA) and received; optionally
/// nhs_number, given_name, family_name, placement_area, placed_to, contact, complete,
/// requester_due, booked, done, report_sent, commissioner, invoice_raised, invoice_paid,
/// withdrawn, notes. Dates DD/MM/YYYY or YYYY-MM-DD. A child is found by authority and their
/// case ID, or added (and linked to our own child with the same NHS number). Every row keeps
/// the rules a request saved by hand keeps (IncomingClock). All or nothing: one problem
/// anywhere and nothing is written, each listed as file:line: column: value: reason. A request
/// already held is skipped, so the same file can be imported again. Needs ImportData and
/// EditHostRequests.
class IncomingImport
{
    Q_DECLARE_TR_FUNCTIONS(lac::IncomingImport)

public:
    explicit IncomingImport(const IncomingService& service);

    /// Fails (nothing written) when the user may not import or the file cannot be read;
    /// otherwise the report, whose problems say why nothing was written.
    Result<IncomingImportReport> run(const QString& path, bool dryRun) const;

private:
    const IncomingService& m_service;
};

} // namespace lac
