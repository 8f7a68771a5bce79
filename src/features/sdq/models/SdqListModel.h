// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "RecordListModel.h"
#include "sdq/core/SdqRecord.h"

namespace lac {

/// One child's SDQs (scores, and reasons for none), oldest first.
class SdqListModel : public RecordListModel<SdqRecord>
{
    Q_OBJECT

public:
    enum Column
    {
        DateColumn,
        ScoreColumn,
        ReasonColumn,
        NotesColumn,
    };

    explicit SdqListModel(QObject* parent = nullptr);
    /// The DfE's wording of a reason for no score, with its code ("SDQ2: carer refused").
    static QString reasonText(SdqReason reason);

protected:
    QVariant cell(const SdqRecord& row, int column, int role) const override;
};

} // namespace lac
