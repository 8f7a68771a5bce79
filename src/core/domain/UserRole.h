// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace lac {

/// What a signed-in person may do. The interface hides what a role may not do and the
/// service layer refuses it as well.
enum class UserRole
{
    Viewer,          ///< read and reports only
    DesignatedNurse, ///< read, charts and reports, clinical-need flags, doctor-review sign-off
    HealthAdmin,     ///< all case work
    Administrator,   ///< everything, including settings, reference lists and users
};

QString
userRoleCode(UserRole role); ///< "viewer", "designated_nurse", "health_admin", "administrator"
std::optional<UserRole> userRoleFromCode(const QString& code);

} // namespace lac
