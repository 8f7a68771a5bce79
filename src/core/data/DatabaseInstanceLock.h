// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

class QLockFile;

namespace lac {

/// One window per database per PC: a lock file next to the database ("<file>.<pc name>.lock") held
/// for as long as the window is open. Two windows on one PC would each keep their own view and
/// fight over the write lock; a restore must never replace a file that a window has open.
/// A lock left by a crashed program is detected (its process is gone) and taken over.
class DatabaseInstanceLock
{
    Q_DECLARE_TR_FUNCTIONS(lac::DatabaseInstanceLock)

public:
    ~DatabaseInstanceLock();
    DatabaseInstanceLock(const DatabaseInstanceLock&) = delete;
    DatabaseInstanceLock& operator=(const DatabaseInstanceLock&) = delete;

    /// The lock for \a databasePath, or a Failure naming the process and user holding it.
    static Result<std::unique_ptr<DatabaseInstanceLock>> acquire(const QString& databasePath);
    static QString lockPathFor(const QString& databasePath);

private:
    explicit DatabaseInstanceLock(std::unique_ptr<QLockFile> lock);
    std::unique_ptr<QLockFile> m_lock;
};

} // namespace lac
