// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "data/AuditLog.h"

#include "data/SqlConnection.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>

namespace lac {
namespace {

QVariant jsonOrNull(const QJsonObject& o)
{
    if (o.isEmpty())
        return QVariant(QMetaType::fromType<QString>());
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QVariant idOrNull(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType::fromType<qint64>());
}

} // namespace

AuditLog::AuditLog(const Database& db, UserContext user)
    : m_db(db)
    , m_user(std::move(user))
{}

Status AuditLog::append(const AuditEntry& e) const
{
    if (auto s = m_db.writesAllowed(); !s)
        return s;
    const auto q =
        runQuery(m_db,
                 QStringLiteral(
                     "INSERT INTO audit_log (at, user_login, action, entity, entity_id, child_id, "
                     "summary, before_json, after_json) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                 {QDateTime::currentDateTimeUtc().toString(Qt::ISODate), m_user.login, e.action,
                  e.entity, idOrNull(e.entityId), idOrNull(e.childId), e.summary,
                  jsonOrNull(e.before), jsonOrNull(e.after)},
                 tr("could not write the audit entry"));
    if (!q)
        return q.failure();
    return {};
}

} // namespace lac
