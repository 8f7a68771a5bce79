// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "domain/UserContext.h"
#include "import/ImportReport.h"
#include "import/ImportRequest.h"
#include "rules/AssessmentPolicy.h"
#include "rules/WorkingDayCalendar.h"

#include <QString>

namespace lac {

/// Runs one import on a connection of its own to the database file, for a worker thread: a
/// Qt Sql connection belongs to the thread that opened it, so the window's cannot be shared.
/// The import service checks the role (Permission::ImportData) as it does for any import.
/// A Failure when the database cannot be opened or the import cannot run at all.
Result<ImportReport> importOnOwnConnection(const QString& databasePath, const UserContext& user,
                                           const AssessmentPolicy& policy,
                                           const WorkingDayCalendar& calendar,
                                           const ImportRequest& request);

} // namespace lac
