// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "import/ImportProblem.h"

#include <QList>
#include <QString>

#include <functional>

namespace lac {

class AppServices;

/// What an all-or-nothing import of one kind of record found, or did: the same few numbers
/// for every kind, so that one dialog can show any of them.
struct RecordImportOutcome
{
    int rows = 0;                  ///< data rows read
    int written = 0;               ///< records written (0 on a dry run or when refused)
    int alreadyRecorded = 0;       ///< rows the database already holds, skipped
    QList<ImportProblem> problems; ///< why nothing was written, when not empty

    /// From a kind's own report (DentalImportReport, ImmunisationImportReport…).
    template <typename Report>
    static Result<RecordImportOutcome> of(const Result<Report>& report)
    {
        if (!report)
            return report.failure();
        RecordImportOutcome o;
        o.rows = report.value().rows;
        o.written = report.value().written;
        o.alreadyRecorded = report.value().alreadyRecorded;
        o.problems = report.value().problems;
        return o;
    }
};

/// A kind of record a CSV can bring in (dental checks, immunisation histories, carers'
/// medicals, requests from other authorities). Each kind's feature registers its own, so
/// File → Import records… offers every kind installed without naming any.
struct RecordImportKind
{
    QString key;     ///< stable, for remembering the last choice
    QString title;   ///< "Dental checks"
    QString columns; ///< the file's columns in plain words, shown before choosing a file
    /// "12 dental checks": the number of records in the kind's own words.
    std::function<QString(int)> counted;
    /// Checks (\a dryRun) or imports \a path through \a services, which may be a worker
    /// thread's own connection (OwnConnection); fails when the file cannot be read at all.
    std::function<Result<RecordImportOutcome>(const AppServices& services, const QString& path,
                                              bool dryRun)>
        run;
};

} // namespace lac
