// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "data/DatabaseInstanceLock.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLockFile>
#include <QRegularExpression>
#include <QSysInfo>

namespace lac {

DatabaseInstanceLock::DatabaseInstanceLock(std::unique_ptr<QLockFile> lock)
    : m_lock(std::move(lock))
{}

DatabaseInstanceLock::~DatabaseInstanceLock() = default;

QString DatabaseInstanceLock::lockPathFor(const QString& databasePath)
{
    // Per PC: on a shared folder, other PCs must still be able to open the same database.
    QString host = QSysInfo::machineHostName();
    host.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9_.-]")), QStringLiteral("_"));
    if (host.isEmpty())
        host = QStringLiteral("this-pc");
    return QStringLiteral("%1.%2.lock").arg(QFileInfo(databasePath).absoluteFilePath(), host);
}

Result<std::unique_ptr<DatabaseInstanceLock>>
DatabaseInstanceLock::acquire(const QString& databasePath)
{
    const QString lockPath = lockPathFor(databasePath);
    QDir().mkpath(QFileInfo(lockPath).absolutePath());
    auto lock = std::make_unique<QLockFile>(lockPath);
    lock->setStaleLockTime(0); // never by age: only a dead process frees it
    if (lock->tryLock(0))
        return std::unique_ptr<DatabaseInstanceLock>(new DatabaseInstanceLock(std::move(lock)));
    if (lock->error() == QLockFile::LockFailedError) {
        qint64 pid = 0;
        QString host;
        QString app;
        lock->getLockInfo(&pid, &host, &app);
        return Failure{tr("this database is already open in another LAC Health Tracker window "
                          "on this PC (process %1 on %2). Switch to that window, or close it "
                          "first.")
                           .arg(pid)
                           .arg(host),
                       databasePath};
    }
    return Failure{tr("cannot create the lock file next to the database "
                      "(is the folder read-only?)"),
                   lockPath};
}

} // namespace lac
