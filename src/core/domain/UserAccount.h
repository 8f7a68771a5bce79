// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/UserRole.h"

#include <QString>

namespace lac {

/// A person allowed to use one database, known by their OS sign-in name. Accounts are never
/// deleted: a leaver is deactivated, so the audit trail still names a known person.
struct UserAccount
{
    qint64 id = 0;
    QString login; ///< normalised with normaliseLogin()
    QString displayName;
    UserRole role = UserRole::Viewer;
    bool active = true;
    QString createdAt;
    int version = 1;

    /// Sign-in names compare without case (Windows ignores it) and without surrounding spaces.
    static QString normaliseLogin(const QString& login) { return login.trimmed().toLower(); }
};

} // namespace lac
