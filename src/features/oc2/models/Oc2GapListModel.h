// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "RecordListModel.h"
#include "oc2/core/Oc2Rules.h"

namespace lac {

/// The gaps of an OC2 return, a row per child and field, like a worklist: who, which field,
/// what is missing. RecordIdRole gives the child, so a view can open the child's window.
class Oc2GapListModel : public RecordListModel<Oc2Gap>
{
    Q_OBJECT

public:
    enum Column
    {
        ChildColumn,
        NameColumn,
        FieldColumn,
        MissingColumn,
    };

    explicit Oc2GapListModel(QObject* parent = nullptr);

protected:
    QVariant cell(const Oc2Gap& row, int column, int role) const override;
};

} // namespace lac
