// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "RecordListModel.h"
#include "domain/AppointmentRecord.h"

namespace lac {

/// Every booking attempt of one assessment, with what happened at each.
class AppointmentListModel : public RecordListModel<AppointmentRecord>
{
    Q_OBJECT

public:
    enum Column
    {
        WhenColumn,
        ProviderColumn,
        ClinicianColumn,
        VenueColumn,
        ModeColumn,
        InterpreterColumn,
        OutcomeColumn,
        NotesColumn, ///< the first line of the notes; the whole note as its tooltip
        ColumnCount
    };
    explicit AppointmentListModel(QObject* parent = nullptr);

protected:
    QVariant cell(const AppointmentRecord& a, int column, int role) const override;
};

} // namespace lac
