// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "domain/UserContext.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

namespace lac {

class AppServices;

/// The services of the window's database on a connection of their own, for work done on
/// another thread (counting the worklist, importing a file) so that the window never waits
/// for it. Call it, use what it returns and let it go on that one thread: a connection
/// belongs to the thread that opened it. \a location is the window's (never a password);
/// the schema is the window's, so nothing is created or upgraded here.
class OwnConnection
{
    Q_DECLARE_TR_FUNCTIONS(lac::OwnConnection)

public:
    enum class Access
    {
        ReadOnly,  ///< any write is refused, not made
        ReadWrite, ///< for an import, whose own transaction and audit entry go through here
    };
    static Result<std::unique_ptr<AppServices>> open(const QString& location,
                                                     const UserContext& user, Access access);
};

} // namespace lac
