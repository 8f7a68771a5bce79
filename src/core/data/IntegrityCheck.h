// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace lac {

/// What a check of a database file found.
struct IntegrityReport
{
    bool ok = false;
    QStringList problems; ///< plain sentences, the database's own words after ours
    int schemaVersion = 0;
    /// Written by a newer version of the program: not damaged, but not ours to check or change.
    bool fromNewerVersion = false;
    /// Not a LAC Health Tracker database at all (another program's, or not SQLite).
    bool foreign = false;
};

/// Checks a database file without changing it: that it is a LAC Health Tracker database,
/// that SQLite finds its pages and indexes sound, and (in full) that every reference between
/// tables points at a row that exists and the report's stored counts match the records.
/// Used by `lachealth check`, by the quick check at every
/// start and to validate a backup before restoring it.
class IntegrityCheck
{
    Q_DECLARE_TR_FUNCTIONS(lac::IntegrityCheck)

public:
    enum class Depth
    {
        Header, ///< ours, and which schema: instant, to decide how a start checks the rest
        Quick,  ///< PRAGMA quick_check: pages and structure, fast enough for every start
        Full,   ///< PRAGMA integrity_check and foreign_key_check
    };

    /// A report (ok or not) for a file that could be looked at; Failure only when there is no
    /// file at \a path.
    static Result<IntegrityReport> run(const QString& path, Depth depth);
};

} // namespace lac
