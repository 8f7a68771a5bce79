// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "data/AuditLog.h"
#include "data/Database.h"
#include "data/SettingsStore.h"

#include <QCoreApplication>
#include <QDate>
#include <QFileInfo>
#include <QList>

namespace lac {

/// The automatic start-of-day backup: the first start on a given day copies the database to
/// "<backups folder>/<name>-YYYY-MM-DD.sqlite" and keeps the newest "backup.keep" of them
/// (default 14). The folder is "backup.folder" if an administrator set one, otherwise a
/// "backups" folder beside the database. These copies protect against a damaged file and
/// mistakes, not against losing the PC: the council must still copy them off it.
class DailyBackup
{
    Q_DECLARE_TR_FUNCTIONS(lac::DailyBackup)

public:
    DailyBackup(const Database& db, const SettingsStore& settings, const AuditLog& audit);

    /// Makes today's backup if there is none yet and rotates; returns the file made, or an
    /// empty string when today's backup already existed.
    Result<QString> runIfDue(QDate today) const;

    /// The window makes the backup in three steps, so that the first start of the day does
    /// not wait for a copy of the whole file: the file due today (empty: none is due) ...
    QString dueTarget(QDate today) const;
    /// ... the copy and the rotation to the newest \a keep, on a worker thread with its own
    /// connection (a consistent snapshot while the window goes on working) ...
    static Status writeAndRotate(const QString& databasePath, const QString& target, int keep);
    /// ... and its audit entry, back on the window's connection.
    Status recordMade(const QString& target) const;
    /// The folder backups go to.
    QString folder() const;
    int keep() const;

    static QString keepKey() { return QStringLiteral("backup.keep"); }
    static QString folderKey() { return QStringLiteral("backup.folder"); }
    static constexpr int defaultKeep = 14;

    /// The default folder for the database at \a databasePath (settings unreadable).
    static QString defaultFolder(const QString& databasePath);
    /// The daily backups for \a databasePath in \a folder, newest first.
    static QList<QFileInfo> backupsIn(const QString& folder, const QString& databasePath);
    /// The newest backup that passes a full check, or empty when there is none.
    static QString latestGoodBackup(const QString& folder, const QString& databasePath);

private:
    const Database& m_db;
    const SettingsStore& m_settings;
    const AuditLog& m_audit;
};

} // namespace lac
