// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "rules/WorkingDayCalendar.h"

#include <memory>

namespace lac {

class AuditLog;
class Database;
class IncomingService;
class SettingsStore;

/// The installation's working-day calendar (the settings' division and the administrator's
/// bank holidays), as the window's AppServices builds it: for what counts outside the window.
Result<WorkingDayCalendar> installationCalendar(const Database& db, const SettingsStore& settings);

/// An IncomingService with everything it needs (settings, the installation's working-day
/// calendar with the administrator's bank holidays, a case context), for the commands that run
/// without the window's AppServices: `lachealth caseload` and `lachealth report`. One place, so
/// that both count with the same calendar and target as the window.
class IncomingCommandServices
{
public:
    /// Fails when the bundled list of authorities or the bank-holiday table cannot be read.
    static Result<std::unique_ptr<IncomingCommandServices>> open(const Database& db,
                                                                 const AuditLog& audit);
    ~IncomingCommandServices();
    const IncomingService& service() const;

private:
    IncomingCommandServices() = default;
    struct Parts;
    std::unique_ptr<Parts> m_parts;
};

} // namespace lac
