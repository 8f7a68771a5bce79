// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/DailyBackup.h"

#include "data/DatabaseBackup.h"

#include <QDir>
#include <QJsonObject>
#include <QRegularExpression>

namespace lac {
namespace {

QString baseName(const QString& databasePath)
{
    return QFileInfo(databasePath).completeBaseName();
}

} // namespace

DailyBackup::DailyBackup(const Database& db, const SettingsStore& settings, const AuditLog& audit)
    : m_db(db)
    , m_settings(settings)
    , m_audit(audit)
{}

QString DailyBackup::defaultFolder(const QString& databasePath)
{
    return QFileInfo(databasePath).absoluteDir().filePath(QStringLiteral("backups"));
}

QString DailyBackup::folder() const
{
    const QString configured = m_settings.value(folderKey()).trimmed();
    return configured.isEmpty() ? defaultFolder(m_db.path()) : configured;
}

int DailyBackup::keep() const
{
    return qBound(1, m_settings.intValue(keepKey(), defaultKeep), 3650);
}

QList<QFileInfo> DailyBackup::backupsIn(const QString& folder, const QString& databasePath)
{
    const QRegularExpression pattern(QStringLiteral("^%1-\\d{4}-\\d{2}-\\d{2}\\.sqlite$")
                                         .arg(QRegularExpression::escape(baseName(databasePath))));
    QList<QFileInfo> found;
    for (const QFileInfo& f :
         QDir(folder).entryInfoList(QDir::Files, QDir::Name | QDir::Reversed)) {
        if (pattern.match(f.fileName()).hasMatch())
            found << f;
    }
    return found; // names end in the date, so name order is date order
}

QString DailyBackup::latestGoodBackup(const QString& folder, const QString& databasePath)
{
    for (const QFileInfo& f : backupsIn(folder, databasePath)) {
        auto report = DatabaseBackup::validate(f.absoluteFilePath());
        if (report && report->ok)
            return f.absoluteFilePath();
    }
    return {};
}

QString DailyBackup::dueTarget(QDate today) const
{
    // A server database is backed up by its DBA with pg_dump (docs/deployment.md); a copy of
    // it on one PC would be personal data outside the server's protection.
    if (m_db.isServer())
        return {};
    const QString target = QDir(folder()).filePath(
        QStringLiteral("%1-%2.sqlite").arg(baseName(m_db.path()), today.toString(Qt::ISODate)));
    return QFileInfo::exists(target) ? QString() : target;
}

Status DailyBackup::writeAndRotate(const QString& databasePath, const QString& target, int keep)
{
    if (auto s = DatabaseBackup::write(databasePath, target); !s)
        return Failure{
            tr("today's automatic backup could not be made: %1").arg(s.failure().message), target};
    const QList<QFileInfo> all = backupsIn(QFileInfo(target).absolutePath(), databasePath);
    for (qsizetype i = keep; i < all.size(); ++i)
        QFile::remove(all.at(i).absoluteFilePath());
    return {};
}

Status DailyBackup::recordMade(const QString& target) const
{
    AuditEntry e;
    e.action = QStringLiteral("backup");
    e.entity = QStringLiteral("database");
    e.summary = tr("start-of-day backup to %1").arg(QDir::toNativeSeparators(target));
    e.after = QJsonObject{{QStringLiteral("file"), target}, {QStringLiteral("keep"), keep()}};
    return m_audit.append(e);
}

Result<QString> DailyBackup::runIfDue(QDate today) const
{
    const QString target = dueTarget(today);
    if (target.isEmpty())
        return QString();
    if (auto s = writeAndRotate(m_db.path(), target, keep()); !s)
        return s.failure();
    if (auto s = recordMade(target); !s)
        return s.failure();
    return target;
}

} // namespace lac
