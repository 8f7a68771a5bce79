// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "data/Database.h"
#include "domain/UserAccount.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace lac {

/// The users table. No permission checks here: UserDirectory and UserAdministration decide
/// who may call what; this class only reads and writes rows.
class UserStore
{
    Q_DECLARE_TR_FUNCTIONS(lac::UserStore)

public:
    explicit UserStore(const Database& db);

    Result<std::optional<UserAccount>> findByLogin(const QString& login) const;
    Result<std::optional<UserAccount>> findById(qint64 id) const;
    /// Everyone, active first, then by login.
    Result<QList<UserAccount>> all() const;
    Result<int> count() const;
    Result<int> activeAdministratorCount() const;
    /// Inserts \a account (its id and version are ignored) and returns the new id.
    Result<qint64> insert(const UserAccount& account) const;
    /// Saves role, display name and active flag if nobody has saved since \a account.version
    /// was read; otherwise refuses with "changed by someone else since you opened it".
    Status update(const UserAccount& account) const;

private:
    const Database& m_db;
};

} // namespace lac
