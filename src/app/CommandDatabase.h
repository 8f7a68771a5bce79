// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "data/Database.h"
#include "domain/UserContext.h"

#include <QCoreApplication>

#include <memory>

namespace lac {

/// The database a command reads or writes case data in, and who is signed in to it. --db must
/// name an existing file or a team server, so that a typo never creates an empty database;
/// the person is the OS sign-in's account, whose role the services then check.
struct CommandDatabase
{
    Q_DECLARE_TR_FUNCTIONS(lac::CommandDatabase)

public:
    std::unique_ptr<Database> db;
    UserContext user;

    /// Opens \a location and signs in; a Failure saying why not (no such file, a newer schema,
    /// an unknown or deactivated account).
    static Result<CommandDatabase> open(const QString& location);
};

} // namespace lac
