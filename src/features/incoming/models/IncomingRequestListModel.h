// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "RecordListModel.h"
#include "incoming/core/IncomingService.h"

namespace lac {

/// Incoming requests as the "Placed here" tab lists them: the child as the requester knows
/// them, the authority, what was asked, when it came and was complete, their due date and
/// ours, whose move it is and for how long, whose delay made it late, and our own case ID when
/// the child is ours too. Sorted by a proxy on RawValueRole, never on the words shown.
class IncomingRequestListModel : public RecordListModel<IncomingLine>
{
    Q_OBJECT

public:
    enum Column
    {
        ChildColumn,
        TheirCaseIdColumn,
        AuthorityColumn,
        KindColumn,
        ReceivedColumn,
        CompleteColumn,
        TheirDueColumn,
        HostDueColumn,
        StageColumn,
        DaysColumn,
        IssuesColumn,
        DelayColumn,
        AlsoOursColumn,
        ColumnCount,
    };

    IncomingRequestListModel(const RequestingAuthorities& authorities, QObject* parent = nullptr);

protected:
    QVariant cell(const IncomingLine& row, int column, int role) const override;

private:
    const RequestingAuthorities& m_authorities;
};

/// The caseload split as a table: our own line, each authority that has placed children here,
/// and a total line, so the designated nurse reads it as the source's annual report put it.
class CaseloadSplitModel : public RecordListModel<CaseloadLine>
{
    Q_OBJECT

public:
    enum Column
    {
        AuthorityColumn,
        OwnColumn,
        PlacedHereColumn,
        ColumnCount,
    };

    explicit CaseloadSplitModel(QObject* parent = nullptr);
    /// Shows \a split's lines and a total line.
    void setSplit(const CaseloadSplit& split);

protected:
    QVariant cell(const CaseloadLine& row, int column, int role) const override;
};

} // namespace lac
