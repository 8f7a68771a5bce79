// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "RecordListModel.h"
#include "carers/core/CarerMedicalService.h"

namespace lac {

/// Carers' medicals as the workspace lists them (waiting, renewals due, or all): who, what
/// for, when requested, how many days, whose move it is and since when, the chases, the
/// adviser's outcome and the renewal date. Sorted by a proxy on RawValueRole (days as
/// numbers, dates as dates), never on the words shown.
class CarerMedicalListModel : public RecordListModel<CarerMedicalLine>
{
    Q_OBJECT

public:
    enum Column
    {
        ApplicantColumn,
        HouseholdColumn,
        ApplicationColumn,
        FormColumn,
        RequestedColumn,
        DaysColumn,
        StageColumn,
        SinceColumn,
        ChasesColumn,
        OutcomeColumn,
        RenewalColumn,
        ColumnCount,
    };

    explicit CarerMedicalListModel(QObject* parent = nullptr);

protected:
    QVariant cell(const CarerMedicalLine& row, int column, int role) const override;
};

} // namespace lac
