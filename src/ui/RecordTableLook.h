// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QTableView;

namespace lac {

/// How every long list of records looks (children, case-work tables, the audit trail), so
/// that they read and behave alike: one whole row selected at a time, alternate rows shaded,
/// one compact line per row, no row numbers, the last column filling the width.
class RecordTableLook
{
public:
    static void apply(QTableView* table);
};

} // namespace lac
