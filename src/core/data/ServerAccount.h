// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "data/Database.h"
#include "domain/UserRole.h"

#include <QCoreApplication>

#include <optional>

namespace lac {

/// Who is signed in to a team (PostgreSQL) database, as the server knows it: the login the
/// server checked (session_user, which a client cannot change), and the role given by
/// membership of the group roles that packaging/postgresql/team-setup.sql creates. The
/// server's GRANTs enforce that role whatever a client does; the program reads it so that the
/// window offers what the server will allow.
struct ServerAccount
{
    Q_DECLARE_TR_FUNCTIONS(lac::ServerAccount)

public:
    QString login;
    /// The highest of the person's lachealth_* group roles; none if they hold none.
    std::optional<UserRole> role;
    /// False on a server where team-setup.sql was never run (a trial or test server): the
    /// users table then decides roles, as on SQLite.
    bool rolesSetUp = false;

    /// Reads the signed-in account of \a db, which must be a server database.
    static Result<ServerAccount> current(const Database& db);
    /// The group role that grants \a role on the server ("lachealth_viewer", …).
    static QString groupRole(UserRole role);
};

} // namespace lac
