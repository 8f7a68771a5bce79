// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "data/AuditLog.h"
#include "data/Database.h"
#include "data/SettingsStore.h"
#include "import/ImportReport.h"
#include "import/ImportRequest.h"
#include "services/DueDateService.h"

#include <QCoreApplication>

namespace lac {

/// Imports SSDA903 folders and assessment spreadsheets, all or nothing.
///
/// Everything happens in one SqlTransaction on the given connection: the rows are staged and
/// checked, written, the due dates of every child touched are recomputed (DueDateService) and
/// one audit entry records who imported which file with the counts; only then is it
/// committed. Any invalid row stops the whole import unless the request says skipInvalid, and
/// a dry run, a cancel, a crash or a failure part-way all leave the database as it was.
/// The same on a PostgreSQL server, where the staging is TEMP tables filled with COPY and one
/// import at a time is enforced with an advisory lock (ImportStaging::claim()).
/// Requires Permission::ImportData.
class ImportService
{
    Q_DECLARE_TR_FUNCTIONS(lac::ImportService)

public:
    ImportService(const Database& db, const AuditLog& audit, const SettingsStore& settings,
                  const DueDateService& dueDates);

    /// The report, also when rows were invalid (then report.written is false); a Failure only
    /// when the import could not run at all (no permission, database busy, cancelled).
    Result<ImportReport> run(const ImportRequest& request) const;

    /// Where rejected rows go when the request does not say: beside the imported file or folder,
    /// named after the source and the time. Never the current folder: the rows are children's
    /// personal data and must stay where that data already is.
    static QString defaultRejectedPath(const ImportRequest& request);

private:
    Result<ImportReport> runStaged(const ImportRequest& request,
                                   const class ImportStaging& staging) const;
    Status writeRejected(const ImportRequest& request, const ImportStaging& staging,
                         ImportReport& report) const;

    const Database& m_db;
    const AuditLog& m_audit;
    const SettingsStore& m_settings;
    const DueDateService& m_dueDates;
};

} // namespace lac
