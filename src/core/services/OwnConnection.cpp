// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/OwnConnection.h"

#include "data/Database.h"
#include "services/AppServices.h"

#include <future>

namespace lac {

Result<std::unique_ptr<AppServices>> OwnConnection::open(const QString& location,
                                                         const UserContext& user, Access access)
{
    Database::Options options;
    options.createIfMissing = false;
    options.backupBeforeUpgrade = false; // the window's connection brought it up to date
    auto db = Database::open(location, options);
    if (!db)
        return db.failure();
    if (access == Access::ReadOnly) {
        // Held for good: the "check" has already failed, so every write is refused.
        std::promise<Status> never;
        never.set_value(Failure{tr("this connection only reads and never writes"), location});
        if (auto held = db.value()->holdWritesFor(never.get_future().share()); !held)
            return held.failure();
    }
    return std::make_unique<AppServices>(std::move(db).value(), user);
}

} // namespace lac
