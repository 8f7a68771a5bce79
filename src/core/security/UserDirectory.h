// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "data/Database.h"
#include "domain/UserContext.h"

#include <QCoreApplication>

namespace lac {

/// Who is signing in, and with which role, from the OS sign-in name and the users table.
///
/// The rule (docs/security.md): the first person to open a new database becomes its
/// administrator. After that, a sign-in name that is not in the users table is refused with
/// the names of the administrators to ask, unless an administrator has set
/// "security.unknown_users" to "viewer", in which case the newcomer is added as a viewer (read
/// and reports only) and the addition is audited. A deactivated account is always refused.
class UserDirectory
{
    Q_DECLARE_TR_FUNCTIONS(lac::UserDirectory)

public:
    explicit UserDirectory(const Database& db);

    /// The UserContext for \a osLogin (on a team database, for the server's login instead:
    /// signInToServer()), adding the first administrator (or a viewer, when the
    /// setting allows) in one audited transaction; a Failure says why someone may not sign in.
    Result<UserContext> signIn(const QString& osLogin) const;

    /// The same on a team (PostgreSQL) database, for the login the server checked: where the
    /// server has LAC Health Tracker's group roles, the person's role is the server's (which
    /// its GRANTs enforce); on a server without them, the users table decides as on SQLite.
    Result<UserContext> signInToServer() const;

    /// "refuse" (default) or "viewer".
    static QString unknownUsersKey() { return QStringLiteral("security.unknown_users"); }

private:
    Result<UserContext> signInByLogin(const QString& login) const;
    enum class Seat
    {
        AnyTime,         ///< the role comes from elsewhere (a setting, the server)
        FirstOfDatabase, ///< only while the database has no user at all
    };
    Result<UserContext> addAndSignIn(const QString& login, UserRole role, const QString& why,
                                     Seat seat = Seat::AnyTime) const;

    const Database& m_db;
};

} // namespace lac
