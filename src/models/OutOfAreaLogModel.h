// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PagedTableModel.h"
#include "domain/OutOfAreaLog.h"

namespace lac {

/// The out-of-area log: host authority and provider, when asked, the wait they gave, chases
/// and escalation; longest waits first by default.
class OutOfAreaLogModel : public PagedRowModel<OutOfAreaLogRow, OutOfAreaLogQuery>
{
    Q_OBJECT

public:
    enum Column
    {
        CaseIdColumn,
        ChildColumn,
        KindColumn,
        HostColumn,
        ProviderColumn,
        RequestedColumn,
        StatedWaitColumn,
        WaitedColumn,
        ChasesColumn,
        LastChaseColumn,
        EscalatedColumn,
        ResolvedColumn,
        ColumnCount
    };

    explicit OutOfAreaLogModel(const PageSource<OutOfAreaLogRow, OutOfAreaLogQuery>& source,
                               QObject* parent = nullptr);

protected:
    QVariant cell(const OutOfAreaLogRow& row, int column, int role) const override;
};

} // namespace lac
