// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "data/AuditLog.h"
#include "data/AuditTrailRepository.h"

#include <QCoreApplication>

namespace lac {

/// The audit trail for the people allowed to read it (ViewAuditTrail): pages for the viewer
/// and a CSV export for a subject access request or an investigation. The export is itself
/// audited, with the filter used and the number of entries written.
class AuditTrailService
{
    Q_DECLARE_TR_FUNCTIONS(lac::AuditTrailService)

public:
    AuditTrailService(const Database& db, const AuditLog& audit);

    Result<qint64> count(const AuditFilter& filter) const;
    Result<QList<AuditRecord>> page(const AuditFilter& filter, qint64 belowId, int limit) const;
    Result<QStringList> logins() const;
    Result<std::optional<qint64>> childIdForCaseId(const QString& caseId) const;

    /// Writes every entry matching \a filter to \a path (replaced only once complete) and
    /// returns how many were written.
    Result<qint64> exportCsv(const AuditFilter& filter, const QString& path) const;

    /// The CSV header, in the order of the columns written.
    static QStringList csvHeader();

private:
    Status allowed() const;

    AuditTrailRepository m_repository;
    const AuditLog& m_audit;
};

} // namespace lac
