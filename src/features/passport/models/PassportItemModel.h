// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "RecordListModel.h"
#include "passport/core/Passport.h"

namespace lac {

/// A passport's items in booklet order, with whether each may be shared with the young
/// person, so the nurse sees at a glance what their copy will leave out.
class PassportItemModel : public RecordListModel<PassportItem>
{
    Q_OBJECT

public:
    enum Column
    {
        SectionColumn,
        LabelColumn,
        SharedColumn,
        TextColumn,
    };

    explicit PassportItemModel(QObject* parent = nullptr);

protected:
    QVariant cell(const PassportItem& row, int column, int role) const override;
};

/// A passport's signed-off versions, newest last: who signed each off and what happened to it.
class PassportVersionModel : public RecordListModel<PassportVersion>
{
    Q_OBJECT

public:
    enum Column
    {
        NumberColumn,
        SignedOffColumn,
        OfferedColumn,
        AnswerColumn,
        DeliveredColumn,
    };

    explicit PassportVersionModel(QObject* parent = nullptr);
    static QString formatText(PassportFormat format);

protected:
    QVariant cell(const PassportVersion& row, int column, int role) const override;
};

} // namespace lac
