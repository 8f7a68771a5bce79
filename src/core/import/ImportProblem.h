// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace lac {

/// One thing wrong with an import file, precise enough to find and fix it in the file:
/// `file:line: column: value: reason`.
struct ImportProblem
{
    QString file;    ///< the path as the user gave it
    qint64 line = 0; ///< physical line where the record starts (1 is the column names)
    QString column;  ///< the column name as in the file, or empty for the whole record
    QString value;   ///< the offending value as written
    QString reason;  ///< plain words

    QString text() const
    {
        return QStringLiteral("%1:%2: %3: %4: %5").arg(file).arg(line).arg(column, value, reason);
    }
};

} // namespace lac
