// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/AuditTrailService.h"

#include "common/CsvWriter.h"
#include "security/AccessPolicy.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonObject>
#include <QSaveFile>

namespace lac {
namespace {
constexpr int exportPageSize = 2000;
} // namespace

AuditTrailService::AuditTrailService(const Database& db, const AuditLog& audit)
    : m_repository(db)
    , m_audit(audit)
{}

Status AuditTrailService::allowed() const
{
    return AccessPolicy::require(m_audit.user(), Permission::ViewAuditTrail);
}

Result<qint64> AuditTrailService::count(const AuditFilter& filter) const
{
    if (auto s = allowed(); !s)
        return s.failure();
    return m_repository.count(filter);
}

Result<QList<AuditRecord>> AuditTrailService::page(const AuditFilter& filter, qint64 belowId,
                                                   int limit) const
{
    if (auto s = allowed(); !s)
        return s.failure();
    return m_repository.page(filter, belowId, limit);
}

Result<QStringList> AuditTrailService::logins() const
{
    if (auto s = allowed(); !s)
        return s.failure();
    return m_repository.logins();
}

Result<std::optional<qint64>> AuditTrailService::childIdForCaseId(const QString& caseId) const
{
    if (auto s = allowed(); !s)
        return s.failure();
    return m_repository.childIdForCaseId(caseId);
}

QStringList AuditTrailService::csvHeader()
{
    return {QStringLiteral("id"),       QStringLiteral("at_utc"),  QStringLiteral("user"),
            QStringLiteral("action"),   QStringLiteral("entity"),  QStringLiteral("entity_id"),
            QStringLiteral("child_id"), QStringLiteral("case_id"), QStringLiteral("summary"),
            QStringLiteral("before"),   QStringLiteral("after")};
}

Result<qint64> AuditTrailService::exportCsv(const AuditFilter& filter, const QString& path) const
{
    if (auto s = allowed(); !s)
        return s.failure();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Failure{tr("cannot write this file (%1)").arg(file.errorString()), path};
    CsvWriter csv(file);
    csv.writeRecord(csvHeader());
    qint64 written = 0;
    qint64 below = 0;
    for (;;) {
        auto rows = m_repository.page(filter, below, exportPageSize);
        if (!rows) {
            file.cancelWriting();
            return rows.failure();
        }
        for (const AuditRecord& r : rows.value()) {
            csv.writeRecord({QString::number(r.id), r.at, r.login, r.action, r.entity,
                             r.entityId ? QString::number(r.entityId) : QString(),
                             r.childId ? QString::number(r.childId) : QString(), r.caseId,
                             r.summary, r.beforeJson, r.afterJson});
            below = r.id;
            ++written;
        }
        if (rows.value().size() < exportPageSize)
            break;
    }
    if (!csv.ok() || !file.commit())
        return Failure{tr("the export could not be written completely (%1); no file was saved")
                           .arg(file.errorString()),
                       path};

    AuditEntry e;
    e.action = QStringLiteral("export");
    e.entity = QStringLiteral("audit_log");
    e.childId = filter.childId;
    e.summary = tr("exported %n audit entries to %1", nullptr, int(written))
                    .arg(QFileInfo(path).fileName());
    e.after = QJsonObject{{QStringLiteral("file"), QFileInfo(path).absoluteFilePath()},
                          {QStringLiteral("entries"), written},
                          {QStringLiteral("user_filter"), filter.login},
                          {QStringLiteral("from"), filter.from.toString(Qt::ISODate)},
                          {QStringLiteral("to"), filter.to.toString(Qt::ISODate)}};
    if (auto s = m_audit.append(e); !s)
        return s.failure();
    return written;
}

} // namespace lac
