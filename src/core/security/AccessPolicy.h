// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "domain/UserContext.h"
#include "security/Permission.h"

#include <QCoreApplication>

namespace lac {

/// Which role may do what (docs/security.md has the table). One function, so that the
/// interface and the services can never disagree.
class AccessPolicy
{
    Q_DECLARE_TR_FUNCTIONS(lac::AccessPolicy)

public:
    static bool allows(UserRole role, Permission permission);
    /// Success, or a Failure that names the role and what it may not do.
    static Status require(const UserContext& user, Permission permission);
};

} // namespace lac
