// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/DatabaseRecovery.h"

#include "data/AuditLog.h"
#include "data/Database.h"
#include "data/DatabaseBackup.h"
#include "data/DatabaseInstanceLock.h"
#include "domain/UserAccount.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonObject>

namespace lac {

Result<QString> DatabaseRecovery::restore(const QString& databasePath, const QString& backup,
                                          const QString& login)
{
    auto lock = DatabaseInstanceLock::acquire(databasePath);
    if (!lock)
        return lock.failure();
    return restoreWhileLocked(databasePath, backup, login);
}

Result<QString> DatabaseRecovery::restoreWhileLocked(const QString& databasePath,
                                                     const QString& backup, const QString& login)
{
    auto kept = DatabaseBackup::restore(databasePath, backup);
    if (!kept)
        return kept;
    // Opening brings an older backup up to this version's schema (with its own backup first).
    auto db = Database::open(databasePath, Database::Options{false, true, 5000});
    if (!db)
        return Failure{
            tr("the backup was restored but cannot be opened: %1").arg(db.failure().message),
            databasePath};
    AuditEntry e;
    e.action = QStringLiteral("restore");
    e.entity = QStringLiteral("database");
    e.summary = tr("restored from backup %1").arg(QDir::toNativeSeparators(backup));
    e.after = QJsonObject{{QStringLiteral("backup"), backup},
                          {QStringLiteral("replaced_file_kept_as"), kept.value()}};
    if (auto s =
            AuditLog(*db.value(), UserContext{UserAccount::normaliseLogin(login), UserRole::Viewer})
                .append(e);
        !s)
        return s.failure();
    return kept;
}

} // namespace lac
