// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "data/DatabaseBackup.h"

#include "common/FileSync.h"
#include "data/RawConnection.h"
#include "data/SqlConnection.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace lac {
namespace {

Status vacuumInto(QSqlDatabase sql, const QString& target)
{
    const QFileInfo info(target);
    if (info.exists())
        return Failure{
            DatabaseBackup::tr("a file with this name already exists; choose another name"),
            target};
    if (!QDir().mkpath(info.absolutePath()))
        return Failure{DatabaseBackup::tr("cannot create the backup folder"), info.absolutePath()};
    const QString partial = info.absoluteFilePath() + QStringLiteral(".partial");
    QFile::remove(partial); // left by an interrupted backup
    QSqlQuery q(sql);
    q.prepare(QStringLiteral("VACUUM INTO ?"));
    q.addBindValue(partial);
    if (!q.exec()) {
        Failure f =
            sqlFailure(DatabaseBackup::tr("the backup could not be written"), q.lastError());
        QFile::remove(partial);
        f.where = target;
        return f;
    }
    if (!FileSync::syncFile(partial) || !QFile::rename(partial, info.absoluteFilePath())) {
        QFile::remove(partial);
        return Failure{DatabaseBackup::tr("the backup could not be saved to disk"), target};
    }
    FileSync::syncFolder(info.absolutePath());
    return {};
}

QString sideFile(const QString& path, const char* suffix)
{
    return path + QLatin1String(suffix);
}

} // namespace

Status DatabaseBackup::write(const Database& db, const QString& target)
{
    return vacuumInto(sqlConnection(db), target);
}

Status DatabaseBackup::write(const QString& source, const QString& target)
{
    if (!QFileInfo(source).isFile())
        return Failure{tr("no database file here"), source};
    if (QFileInfo(source).absoluteFilePath() == QFileInfo(target).absoluteFilePath())
        return Failure{tr("the backup cannot replace the database itself"), target};
    RawConnection connection(source, true);
    if (!connection.isOpen())
        return Failure{tr("cannot open the database (%1)").arg(connection.errorText()), source};
    return vacuumInto(connection.sql(), target);
}

Result<IntegrityReport> DatabaseBackup::validate(const QString& backup)
{
    return IntegrityCheck::run(backup, IntegrityCheck::Depth::Full);
}

Result<QString> DatabaseBackup::restore(const QString& databasePath, const QString& backup)
{
    const QString target = QFileInfo(databasePath).absoluteFilePath();
    if (QFileInfo(backup).absoluteFilePath() == target)
        return Failure{tr("choose a backup file, not the database itself"), backup};
    auto report = validate(backup);
    if (!report)
        return report.failure();
    if (!report->ok)
        return Failure{tr("this backup is not usable, so nothing was changed: %1")
                           .arg(report->problems.join(QStringLiteral("; "))),
                       backup};

    // 1. The backup, copied next to the database and flushed, so the final step is a rename.
    const QString incoming = target + QStringLiteral(".restoring");
    QFile::remove(incoming);
    if (!QFile::copy(backup, incoming) || !FileSync::syncFile(incoming)) {
        QFile::remove(incoming);
        return Failure{tr("could not copy the backup next to the database (is the disk full?); "
                          "nothing was changed"),
                       target};
    }
    QFile(incoming).setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                   QFileDevice::ReadGroup | QFileDevice::WriteGroup);

    // 2. The current file, with its write-ahead log, kept under another name. The log must
    // move with it: left behind, SQLite would replay it into the restored file.
    QString kept;
    if (QFileInfo::exists(target)) {
        kept =
            QStringLiteral("%1.replaced-%2")
                .arg(target,
                     QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddTHHmmssZ")));
        if (!QFile::rename(target, kept)) {
            QFile::remove(incoming);
            return Failure{tr("could not move the current database aside (is it still open in "
                              "the program?); nothing was changed"),
                           target};
        }
        for (const char* suffix : {"-wal", "-shm", "-journal"}) {
            if (QFileInfo::exists(sideFile(target, suffix)))
                QFile::rename(sideFile(target, suffix), sideFile(kept, suffix));
        }
    }

    // 3. The restored file in place.
    if (!QFile::rename(incoming, target)) {
        if (!kept.isEmpty())
            QFile::rename(kept, target);
        QFile::remove(incoming);
        return Failure{tr("could not put the backup in place; the database was left as it was"),
                       target};
    }
    FileSync::syncFolder(QFileInfo(target).absolutePath());
    return kept;
}

} // namespace lac
