// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import/ImportChange.h"
#include "import/ImportCounts.h"
#include "import/ImportProblem.h"

#include <QList>
#include <QString>

namespace lac {

/// The outcome of an import or a dry run: the counts, every problem found (in file and line
/// order) and a preview of the changes. Lists are capped so that a million-row file with a
/// systematic error cannot exhaust memory; the totals are always exact.
struct ImportReport
{
    static constexpr qsizetype maxListed = 10000;

    ImportCounts counts;
    QList<ImportProblem> problems; ///< the first maxListed problems
    qint64 problemCount = 0;       ///< all of them
    QList<ImportChange> changes;   ///< the first maxListed changes (added, updated, rejected)
    qint64 changeCount = 0;
    bool written = false; ///< true when the import was committed
    QString rejectedPath; ///< where rejected rows went (--skip-invalid), else empty
    /// A problem with a file as a whole (missing column, unterminated quote, not a CSV):
    /// nothing is imported even with --skip-invalid.
    bool fatal = false;
};

} // namespace lac
