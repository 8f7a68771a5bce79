// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "data/Database.h"
#include "domain/UserContext.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace lac {

/// One entry for the append-only audit trail: who did what to which record, before and after.
struct AuditEntry
{
    QString action;      ///< "create", "update", "close", "import", "export", "report", ...
    QString entity;      ///< table or subject, e.g. "assessments", "import"
    qint64 entityId = 0; ///< 0 when not about one row
    qint64 childId = 0;  ///< 0 when not about one child
    QString summary;     ///< one plain sentence
    QJsonObject before;
    QJsonObject after;
};

/// Writes audit entries. Call append() inside the same SqlTransaction as the change it
/// describes, so that a change and its audit entry are saved together or not at all.
class AuditLog
{
    Q_DECLARE_TR_FUNCTIONS(lac::AuditLog)

public:
    AuditLog(const Database& db, UserContext user);

    Status append(const AuditEntry& entry) const;
    const UserContext& user() const { return m_user; }

private:
    const Database& m_db;
    UserContext m_user;
};

} // namespace lac
