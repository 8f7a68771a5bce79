// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "data/BankHolidayRepository.h"

#include "data/SqlConnection.h"

#include <QCoreApplication>
#include <QDateTime>

namespace lac {

BankHolidayRepository::BankHolidayRepository(const Database& db)
    : m_db(db)
{}

Result<QList<WorkingDayCalendar::Override>>
BankHolidayRepository::overrides(CalendarDivision division) const
{
    auto q = runQuery(
        m_db,
        QStringLiteral(
            "SELECT date, title, removed FROM bank_holidays WHERE division = ? ORDER BY date"),
        {divisionKey(division)}, tr("could not read the bank-holiday table"));
    if (!q)
        return q.failure();
    QList<WorkingDayCalendar::Override> list;
    while (q.value().next()) {
        list.append({QDate::fromString(q.value().value(0).toString(), Qt::ISODate),
                     q.value().value(1).toString(), q.value().value(2).toInt() != 0});
    }
    return list;
}

Status BankHolidayRepository::save(CalendarDivision division,
                                   const WorkingDayCalendar::Override& day, const QString& by) const
{
    auto q = runQuery(
        m_db,
        QStringLiteral(
            "INSERT INTO bank_holidays (division, date, title, removed, added_by, added_at) "
            "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (division, date) DO UPDATE SET "
            "title = excluded.title, removed = excluded.removed, "
            "added_by = excluded.added_by, added_at = excluded.added_at"),
        {divisionKey(division), day.date.toString(Qt::ISODate), textValue(day.title),
         day.removed ? 1 : 0, by, QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
        tr("could not save the bank holiday"));
    if (!q)
        return q.failure();
    return {};
}

} // namespace lac
