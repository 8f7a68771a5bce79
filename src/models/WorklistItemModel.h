// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PagedTableModel.h"
#include "domain/Worklist.h"

namespace lac {

/// The list behind one worklist count: the children and assessments in that pile, most
/// urgent (or oldest) first, coloured red/amber/green by days to the due date.
class WorklistItemModel : public PagedRowModel<WorklistRow, WorklistQuery>
{
    Q_OBJECT

public:
    enum Column
    {
        CaseIdColumn,
        ChildColumn,
        KindColumn,
        DueColumn,
        DaysColumn,
        StatusColumn,
        LocationColumn,
        SinceColumn,
        DetailColumn,
        ColumnCount
    };

    WorklistItemModel(const PageSource<WorklistRow, WorklistQuery>& source, RagRating rag,
                      QObject* parent = nullptr);
    void setRagRating(RagRating rag) { m_rag = rag; }

    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

protected:
    QVariant cell(const WorklistRow& row, int column, int role) const override;

private:
    /// An IHA whose request to health should have gone and has not.
    static bool requestLate(const WorklistRow& row, QDate today);

    RagRating m_rag;
};

} // namespace lac
