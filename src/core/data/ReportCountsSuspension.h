// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "common/Result.h"
#include "data/Database.h"

#include <QCoreApplication>
#include <QStringList>

namespace lac {

/// The report's counts (report_counts, schema 20) during a team's first import (and while
/// `lachealth demo` writes a new file). Their
/// triggers count each row as it is written, which cost a first import of 100,000 episodes
/// about a third of its time; into a database with no periods of care yet everything is new,
/// so counting it all once at the end is exact and cheap. Use inside the import's
/// transaction: suspendIfFirstImport() takes the triggers away, finish() counts and puts them
/// back, and a rollback (a dry run, a cancel, a failure) puts them back with everything else.
/// SQLite only: on a server, other people's writes go on during an import and need the
/// triggers, so nothing is suspended there.
class ReportCountsSuspension
{
    Q_DECLARE_TR_FUNCTIONS(lac::ReportCountsSuspension)
public:
    explicit ReportCountsSuspension(const Database& db);

    /// Takes the count triggers away when the file holds no period of care yet.
    Status suspendIfFirstImport();
    bool suspended() const { return !m_triggers.isEmpty(); }
    /// When suspended: counts every record afresh and restores the triggers.
    Status finish();

private:
    const Database& m_db;
    QStringList m_triggers; ///< their CREATE TRIGGER statements, as the schema holds them
};

} // namespace lac
