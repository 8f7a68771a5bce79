// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "data/AuditLog.h"
#include "data/Database.h"
#include "demo/DemoSink.h"

#include <QCoreApplication>

#include <memory>

namespace lac {

/// Stores a generated demo county in a new, empty database: every table through prepared
/// statements reused for every row, inside one transaction, with the ids the generator chose
/// (nothing is read back). The database is a temporary file that is renamed into place only
/// when complete, so start() relaxes durability (journal in memory, no fsync) for the build
/// and finish() puts it back.
class DemoDatabaseWriter : public DemoSink
{
    Q_DECLARE_TR_FUNCTIONS(lac::DemoDatabaseWriter)

public:
    explicit DemoDatabaseWriter(const Database& db);
    ~DemoDatabaseWriter() override;

    /// Tunes the connection for a bulk build, opens the transaction, prepares the statements.
    Status start();
    Status writeReferenceData(const DemoReferenceData& reference) override;
    Status writeChild(const DemoChild& child) override;
    /// Writes the audit entry and commits; restores the normal journal and sync settings.
    Status finish(const AuditLog& audit, const AuditEntry& entry);

    /// Rows changed on this connection so far (to prove a later pass changed nothing).
    static Result<qint64> totalChanges(const Database& db);

private:
    struct Statements;
    const Database& m_db;
    std::unique_ptr<Statements> m_statements;
};

} // namespace lac
