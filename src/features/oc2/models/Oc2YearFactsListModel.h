// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "RecordListModel.h"
#include "oc2/core/Oc2YearFacts.h"

#include <QDate>

namespace lac {

/// One child's OC2 year facts, a row per collection year; "Not known" where nobody has said.
class Oc2YearFactsListModel : public RecordListModel<Oc2YearFacts>
{
    Q_OBJECT

public:
    enum Column
    {
        YearColumn,
        SubstanceMisuseColumn,
        ReceivedColumn,
        OfferedColumn,
        ConvictedColumn,
        NotesColumn,
    };

    explicit Oc2YearFactsListModel(QObject* parent = nullptr);
    static QString answerText(std::optional<bool> answer);
    /// The child's date of birth: CONVICTED reads "not asked" in years they were under 10.
    void setDateOfBirth(QDate born) { m_born = born; }

protected:
    QVariant cell(const Oc2YearFacts& row, int column, int role) const override;

private:
    QDate m_born;
};

} // namespace lac
