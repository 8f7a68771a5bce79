// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "data/Database.h"
#include "domain/AuditRecord.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include <optional>

namespace lac {

/// Reads the audit trail page by page, newest first, filtered in SQL so that a table of
/// millions of entries scrolls without being loaded. Pages are keyed on the entry id (the
/// next page starts below the last id shown), so a page costs the same at any depth and
/// entries appended while someone scrolls never shift the rows they are reading.
class AuditTrailRepository
{
    Q_DECLARE_TR_FUNCTIONS(lac::AuditTrailRepository)

public:
    explicit AuditTrailRepository(const Database& db);

    Result<qint64> count(const AuditFilter& filter) const;
    /// Up to \a limit entries older than \a belowId (0: start from the newest).
    Result<QList<AuditRecord>> page(const AuditFilter& filter, qint64 belowId, int limit) const;
    /// Every sign-in name that appears in the trail, for the viewer's user filter.
    Result<QStringList> logins() const;
    /// The child with case ID \a caseId, if there is one.
    Result<std::optional<qint64>> childIdForCaseId(const QString& caseId) const;

private:
    const Database& m_db;
};

} // namespace lac
