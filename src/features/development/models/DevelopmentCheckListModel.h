// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "RecordListModel.h"
#include "development/core/DevelopmentCheck.h"

namespace lac {

/// One child's development reviews (and reviews that did not happen), oldest first.
class DevelopmentCheckListModel : public RecordListModel<DevelopmentCheckRecord>
{
    Q_OBJECT

public:
    enum Column
    {
        DateColumn,
        ReviewColumn,
        OutcomeColumn,
        ReviewerColumn,
        NotesColumn,
    };

    explicit DevelopmentCheckListModel(QObject* parent = nullptr);
    static QString reviewText(DevelopmentReview review);
    static QString outcomeText(DevelopmentOutcome outcome);

protected:
    QVariant cell(const DevelopmentCheckRecord& row, int column, int role) const override;
};

} // namespace lac
