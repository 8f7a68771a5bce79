// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "RecordListModel.h"
#include "dental/core/DentalCheck.h"

namespace lac {

/// One child's dental checks (and visits that ended without one), oldest first.
class DentalCheckListModel : public RecordListModel<DentalCheckRecord>
{
    Q_OBJECT

public:
    enum Column
    {
        DateColumn,
        DentistColumn,
        OutcomeColumn,
        NotesColumn,
    };

    explicit DentalCheckListModel(QObject* parent = nullptr);
    static QString reasonText(DentalNotSeenReason reason);

protected:
    QVariant cell(const DentalCheckRecord& row, int column, int role) const override;
};

} // namespace lac
