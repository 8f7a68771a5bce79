// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/AuditLog.h"
#include "data/Database.h"
#include "rules/AssessmentPolicy.h"
#include "services/DueDateService.h"

#include <QDate>

namespace lac {

/// What every case-work service needs: the database, the audit trail (which also names the
/// signed-in user), the due-date service to call after a change, and the rule numbers.
/// "Today" can be fixed, so that tests and the demo are repeatable.
struct CaseContext
{
    const Database& db;
    const AuditLog& audit;
    const DueDateService& dueDates;
    AssessmentPolicy policy;
    QDate fixedToday = {};

    QDate today() const { return fixedToday.isValid() ? fixedToday : QDate::currentDate(); }
    const UserContext& user() const { return audit.user(); }
};

} // namespace lac
