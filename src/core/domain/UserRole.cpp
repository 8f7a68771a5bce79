// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/UserRole.h"

namespace lac {

QString userRoleCode(UserRole role)
{
    switch (role) {
    case UserRole::Viewer:
        return QStringLiteral("viewer");
    case UserRole::DesignatedNurse:
        return QStringLiteral("designated_nurse");
    case UserRole::HealthAdmin:
        return QStringLiteral("health_admin");
    case UserRole::Administrator:
        return QStringLiteral("administrator");
    }
    return {};
}

std::optional<UserRole> userRoleFromCode(const QString& code)
{
    for (auto r : {UserRole::Viewer, UserRole::DesignatedNurse, UserRole::HealthAdmin,
                   UserRole::Administrator}) {
        if (userRoleCode(r) == code)
            return r;
    }
    return std::nullopt;
}

} // namespace lac
