// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QString>

namespace lac {

class ImportStaging;

/// Writes the rows an import rejected to a CSV the user can correct and import again: the
/// source file's own column line plus a final "problem" column (ignored on re-import, like
/// any extra column), then each rejected record exactly as it was, followed by why it was
/// rejected. Records are re-read from the source by byte offset, so nothing is kept in memory.
/// Cells that a spreadsheet would run as a formula (=, +, -, @) get a leading apostrophe,
/// which the importer removes again.
class RejectedRowsWriter
{
    Q_DECLARE_TR_FUNCTIONS(lac::RejectedRowsWriter)

public:
    explicit RejectedRowsWriter(const ImportStaging& staging);

    /// Copies the rejected rows of \a source into \a target; with \a always, writes the
    /// column line even when no row of it was rejected (an SSDA903 folder needs both files).
    /// Returns how many rows were written.
    Result<qint64> write(const QString& source, const QString& target, bool always) const;

    /// A cell made safe to open in a spreadsheet.
    static QString spreadsheetSafe(const QString& cell);

private:
    const ImportStaging& m_staging;
};

} // namespace lac
