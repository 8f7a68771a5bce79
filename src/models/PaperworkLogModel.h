// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PagedTableModel.h"
#include "domain/PaperworkLog.h"

namespace lac {

/// The paperwork issues log: what was wrong, when it went back to social care and when it
/// came back right, oldest first by default.
class PaperworkLogModel : public PagedRowModel<PaperworkLogRow, PaperworkLogQuery>
{
    Q_OBJECT

public:
    enum Column
    {
        CaseIdColumn,
        ChildColumn,
        KindColumn,
        ProblemColumn,
        FoundColumn,
        ReturnedColumn,
        ResolvedColumn,
        DaysColumn,
        DueColumn,
        ColumnCount
    };

    explicit PaperworkLogModel(const PageSource<PaperworkLogRow, PaperworkLogQuery>& source,
                               QObject* parent = nullptr);

protected:
    QVariant cell(const PaperworkLogRow& row, int column, int role) const override;
};

} // namespace lac
