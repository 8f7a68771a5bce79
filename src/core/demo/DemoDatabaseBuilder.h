// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "demo/DemoGenerator.h"
#include "demo/DemoOptions.h"
#include "domain/UserContext.h"

#include <QCoreApplication>
#include <QString>

#include <functional>

namespace lac {

class Database;

/// A kind of record's demo records (src/features), added once the county is written; returns
/// how many rows it wrote. Features register theirs in the demo command, so the demo county
/// grows with them without core knowing any feature.
using DemoRecordFiller = std::function<Result<qint64>(const Database&, const DemoOptions&)>;

/// Builds a demo database file safely: refuses a file that already holds data unless asked
/// to replace it, builds into a temporary file beside it, proves the result agrees with the
/// due-date rules (a recompute pass must change nothing), and only then renames it into
/// place, so that a crash or an error never leaves a half-built database at the path.
class DemoDatabaseBuilder
{
    Q_DECLARE_TR_FUNCTIONS(lac::DemoDatabaseBuilder)

public:
    struct Report
    {
        DemoSummary summary;
        qint64 bytes = 0;
        qint64 recomputeChanges = 0; ///< rows the due-date service changed (0 = agrees)
        qint64 generateMs = 0;
        qint64 verifyMs = 0;
        qint64 featureRecords = 0; ///< rows the fillers wrote
    };

    static Result<Report> build(const QString& path, const DemoOptions& options, bool replace,
                                const UserContext& user,
                                const QList<DemoRecordFiller>& fillers = {});
};

} // namespace lac
