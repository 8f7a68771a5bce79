// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "RecordListModel.h"
#include "domain/OutOfAreaRequestRecord.h"

namespace lac {

/// The chase history of one out-of-area request: when, who and what was said.
class ChaseListModel : public RecordListModel<OutOfAreaChase>
{
    Q_OBJECT

public:
    explicit ChaseListModel(QObject* parent = nullptr);

protected:
    QVariant cell(const OutOfAreaChase& c, int column, int role) const override;
};

} // namespace lac
