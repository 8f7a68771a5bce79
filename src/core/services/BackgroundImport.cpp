// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/BackgroundImport.h"

#include "data/AuditLog.h"
#include "data/Database.h"
#include "data/SettingsStore.h"
#include "services/DueDateService.h"
#include "services/ImportService.h"

namespace lac {

Result<ImportReport> importOnOwnConnection(const QString& databasePath, const UserContext& user,
                                           const AssessmentPolicy& policy,
                                           const WorkingDayCalendar& calendar,
                                           const ImportRequest& request)
{
    Database::Options options;
    options.createIfMissing = false;
    options.backupBeforeUpgrade = false; // the window's connection already upgraded it
    auto db = Database::open(databasePath, options);
    if (!db)
        return db.failure();
    const SettingsStore settings(*db.value());
    const AuditLog audit(*db.value(), user);
    const DueDateService dueDates(*db.value(), calendar, policy);
    const ImportService service(*db.value(), audit, settings, dueDates);
    return service.run(request);
}

} // namespace lac
