// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "data/AuditLog.h"
#include "data/Database.h"
#include "domain/UserAccount.h"
#include "domain/UserContext.h"

#include <QCoreApplication>
#include <QList>

namespace lac {

/// What an administrator does with the users table: add people, change their role, deactivate
/// leavers. Every call checks the ManageUsers permission itself (the hidden menu is not the
/// only guard) and writes an audit entry in the same transaction as the change. There is
/// always at least one active administrator, so nobody can lock the whole team out.
class UserAdministration
{
    Q_DECLARE_TR_FUNCTIONS(lac::UserAdministration)

public:
    UserAdministration(const Database& db, const AuditLog& audit);

    Result<QList<UserAccount>> users() const;
    /// Adds \a login with \a role; refuses a sign-in name that is already there.
    Result<UserAccount> add(const QString& login, const QString& displayName, UserRole role) const;
    /// Saves \a changed (role, display name, active) over the version it was read at.
    Result<UserAccount> save(const UserAccount& changed) const;

private:
    Status allowed() const;

    const Database& m_db;
    const AuditLog& m_audit;
};

} // namespace lac
