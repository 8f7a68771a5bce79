// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CommandDatabase.h"

#include "security/UserDirectory.h"

#include <QFileInfo>

namespace lac {

Result<CommandDatabase> CommandDatabase::open(const QString& location)
{
    if (!Database::isServerLocation(location) && !QFileInfo::exists(location))
        return Failure{tr("no database at %1").arg(location), {}};
    Database::Options options;
    options.createIfMissing = false;
    auto db = Database::open(location, options);
    if (!db)
        return db.failure();
    auto user = UserDirectory(*db.value()).signIn(UserContext::osLogin());
    if (!user)
        return user.failure();
    CommandDatabase opened;
    opened.db = std::move(db).value();
    opened.user = user.value();
    return opened;
}

} // namespace lac
