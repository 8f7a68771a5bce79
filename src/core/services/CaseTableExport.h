// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "data/AuditLog.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace lac {

/// Writes a case-work table (worklist, logs, backlog) to CSV as the user sees it. Case data is
/// identifiable, so the role must allow exports, the file is written through the formula-safe
/// CsvWriter (all or nothing), and the export itself goes in the audit trail.
class CaseTableExport
{
    Q_DECLARE_TR_FUNCTIONS(lac::CaseTableExport)

public:
    explicit CaseTableExport(const AuditLog& audit);

    /// \a what names the table for the audit entry ("paperwork log").
    Status write(const QString& path, const QString& what, const QStringList& header,
                 const QList<QStringList>& rows) const;
    /// Whether the signed-in role may export case data at all.
    Status allowed() const;

private:
    const AuditLog& m_audit;
};

} // namespace lac
