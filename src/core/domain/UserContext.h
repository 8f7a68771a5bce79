// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/UserRole.h"

#include <QString>

namespace lac {

/// Who is working: the OS sign-in name (every audit entry names it) and their role.
/// Built once by the composition root and passed to the services that write.
struct UserContext
{
    QString login;
    UserRole role = UserRole::Viewer;

    /// The OS sign-in name of the current process (USER / USERNAME), unknownLogin() if unset.
    static QString osLogin();
    /// What osLogin() gives when the system does not say who is signed in: never an account.
    static QString unknownLogin() { return QStringLiteral("unknown"); }
};

} // namespace lac
