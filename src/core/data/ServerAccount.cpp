// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "data/ServerAccount.h"

#include "data/SqlConnection.h"

namespace lac {

QString ServerAccount::groupRole(UserRole role)
{
    switch (role) {
    case UserRole::Viewer:
        return QStringLiteral("lachealth_viewer");
    case UserRole::DesignatedNurse:
        return QStringLiteral("lachealth_designated_nurse");
    case UserRole::HealthAdmin:
        return QStringLiteral("lachealth_health_admin");
    case UserRole::Administrator:
        return QStringLiteral("lachealth_administrator");
    }
    return {};
}

Result<ServerAccount> ServerAccount::current(const Database& db)
{
    if (!db.isServer())
        return Failure{tr("this is not a team database"), db.path()};
    auto q =
        runQuery(db,
                 // Set up in this database, not only somewhere on the server: the
                 // group roles are the server's, their grants this database's.
                 QStringLiteral("SELECT session_user, CASE WHEN EXISTS (SELECT 1 FROM pg_roles "
                                "WHERE rolname = 'lachealth_viewer') THEN "
                                "has_table_privilege('lachealth_viewer', 'children', "
                                "'SELECT') ELSE false END"),
                 {}, tr("could not read who is signed in to the team database"));
    if (!q)
        return q.failure();
    if (!q.value().next())
        return Failure{tr("could not read who is signed in to the team database"), db.path()};
    ServerAccount account;
    account.login = q.value().value(0).toString();
    account.rolesSetUp = q.value().value(1).toBool();
    if (!account.rolesSetUp)
        return account;
    // Highest first: a person in two groups works with the wider one, as the server allows.
    for (UserRole role : {UserRole::Administrator, UserRole::HealthAdmin, UserRole::DesignatedNurse,
                          UserRole::Viewer}) {
        auto member = runQuery(db, QStringLiteral("SELECT pg_has_role(session_user, ?, 'MEMBER')"),
                               {groupRole(role)}, tr("could not read your database role"));
        if (!member)
            return member.failure();
        if (member.value().next() && member.value().value(0).toBool()) {
            account.role = role;
            break;
        }
    }
    return account;
}

} // namespace lac
