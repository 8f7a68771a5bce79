// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "RecordListModel.h"
#include "uasc/core/UascHealth.h"

namespace lac {

/// One UASC child's screenings (TB, hepatitis B/C, HIV, others), oldest first, with the
/// texts the tab and the dialogs show for the UASC codes.
class UascScreeningListModel : public RecordListModel<UascScreening>
{
    Q_OBJECT

public:
    enum Column
    {
        DateColumn,
        ScreenColumn,
        OutcomeColumn,
        ReferralColumn,
        NotesColumn,
    };

    explicit UascScreeningListModel(QObject* parent = nullptr);
    static QString screenText(UascScreen screen);
    static QString outcomeText(UascScreenOutcome outcome);
    static QString historyText(UascImmunisationHistory history);

protected:
    QVariant cell(const UascScreening& row, int column, int role) const override;
};

} // namespace lac
