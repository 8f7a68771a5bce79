// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QString>

namespace lac {

/// Puts a backup in place of a database and records that it did: the one restore path shared
/// by `lachealth restore` and the offer made at start-up when the database is damaged.
class DatabaseRecovery
{
    Q_DECLARE_TR_FUNCTIONS(lac::DatabaseRecovery)

public:
    /// Takes the database's instance lock (refusing while a window has it open), then restores.
    /// Returns where the replaced file was kept (empty if there was none).
    static Result<QString> restore(const QString& databasePath, const QString& backup,
                                   const QString& login);
    /// The same for a caller that already holds the instance lock.
    static Result<QString> restoreWhileLocked(const QString& databasePath, const QString& backup,
                                              const QString& login);
};

} // namespace lac
