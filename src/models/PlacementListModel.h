// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "RecordListModel.h"
#include "domain/PlacementRecord.h"

namespace lac {

/// A child's placements through all periods of care, newest last: dates, legal status,
/// placement type, in or out of area and the host authority.
class PlacementListModel : public RecordListModel<PlacementRecord>
{
    Q_OBJECT

public:
    enum Column
    {
        FromColumn,
        ToColumn,
        LegalStatusColumn,
        PlacementColumn,
        LocationColumn,
        HostColumn,
        ColumnCount
    };
    explicit PlacementListModel(QObject* parent = nullptr);

protected:
    QVariant cell(const PlacementRecord& p, int column, int role) const override;
};

} // namespace lac
