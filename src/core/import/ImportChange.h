// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace lac {

/// One line of an import preview: a record that would be added, updated or rejected, with
/// what changes or why it is refused, so that nobody confirms an import blind.
struct ImportChange
{
    enum class Kind
    {
        Added,
        Updated,
        Rejected,
    };

    Kind kind = Kind::Added;
    QString record;  ///< "child", "episode", "period of care", "assessment"
    QString caseId;  ///< SSDA903 CHILD / child_id
    QString detail;  ///< what changes ("DOB 01/02/2010 → 02/01/2010"), or the reason refused
    QString file;    ///< source file name
    qint64 line = 0; ///< source line, 0 when derived (a period of care)
};

} // namespace lac
