// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PagedTableModel.h"
#include "domain/Backlog.h"

namespace lac {

/// Overdue children in backlog order (under 5 and 17+ first, then clinical need, then longest
/// overdue) with the suggested way of doing each assessment. The clinical-need column is
/// checkable for those allowed to set it; the change goes through the caller (an undoable
/// command that calls the service), never straight into the model.
class BacklogModel : public PagedRowModel<BacklogRow, BacklogQuery>
{
    Q_OBJECT

public:
    enum Column
    {
        RankColumn,
        CaseIdColumn,
        ChildColumn,
        AgeColumn,
        KindColumn,
        DueColumn,
        OverdueColumn,
        ClinicalNeedColumn,
        ModeColumn,
        LocationColumn,
        ColumnCount
    };

    explicit BacklogModel(const PageSource<BacklogRow, BacklogQuery>& source,
                          QObject* parent = nullptr);
    /// Whether the clinical-need column can be ticked (the role may set it).
    void setClinicalNeedEditable(bool editable) { m_needEditable = editable; }

    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role) override;

Q_SIGNALS:
    /// The user ticked or cleared a clinical-need box.
    void clinicalNeedRequested(qint64 childId, int childVersion, bool need);

protected:
    QVariant cell(const BacklogRow& row, int column, int role) const override;

private:
    bool m_needEditable = false;
};

} // namespace lac
