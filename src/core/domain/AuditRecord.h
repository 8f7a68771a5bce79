// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>

namespace lac {

/// One stored audit entry as the audit trail viewer and its export show it.
struct AuditRecord
{
    qint64 id = 0;
    QString at; ///< ISO 8601 UTC, e.g. 2026-03-01T09:15:02Z
    QString login;
    QString action;
    QString entity;
    qint64 entityId = 0;
    qint64 childId = 0;
    QString caseId; ///< the child's case ID when the entry is about a child
    QString summary;
    QString beforeJson;
    QString afterJson;
};

/// Which audit entries to show; empty members match everything. Dates are inclusive and
/// compared as UTC calendar days.
struct AuditFilter
{
    qint64 childId = 0;
    QString login;
    QDate from;
    QDate to;

    bool operator==(const AuditFilter&) const = default;
};

} // namespace lac
