// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "rules/BankHoliday.h"
#include "rules/CalendarDivision.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QList>

namespace lac {

/// The GOV.UK bank-holidays.json list (Open Government Licence v3.0), as bundled in the
/// program's resources. It is the authority for every year it covers; the rule-based fallback
/// only fills years outside it.
class GovUkBankHolidayList
{
    Q_DECLARE_TR_FUNCTIONS(lac::GovUkBankHolidayList)

public:
    /// Reads GOV.UK's JSON format: {"england-and-wales": {"events": [{"title", "date"}]}, ...}.
    static Result<GovUkBankHolidayList> parse(const QByteArray& json);
    /// The copy compiled into the program (":/bank-holidays/govuk-bank-holidays.json").
    static GovUkBankHolidayList bundled();

    /// The days listed for a division, in date order.
    QList<BankHoliday> holidays(CalendarDivision division) const;
    /// First and last calendar year the list covers for a division (0 when empty).
    int firstYear(CalendarDivision division) const;
    int lastYear(CalendarDivision division) const;

private:
    QHash<CalendarDivision, QList<BankHoliday>> m_days;
};

} // namespace lac
