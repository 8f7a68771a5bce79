// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "rules/GovUkBankHolidayList.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace lac {

Result<GovUkBankHolidayList> GovUkBankHolidayList::parse(const QByteArray& json)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return Failure{tr("not a bank-holiday list: %1").arg(error.errorString()),
                       tr("offset %1").arg(error.offset)};
    if (!doc.isObject())
        return Failure{tr("not a bank-holiday list: the top level is not a JSON object"), {}};

    GovUkBankHolidayList list;
    const QJsonObject root = doc.object();
    for (auto it = root.begin(); it != root.end(); ++it) {
        const auto division = divisionFromKey(it.key());
        if (!division)
            continue; // a division we do not know is not an error: GOV.UK may add one
        const QJsonArray events = it.value().toObject().value(QStringLiteral("events")).toArray();
        QList<BankHoliday> days;
        for (const auto& e : events) {
            const QJsonObject o = e.toObject();
            const QString dateText = o.value(QStringLiteral("date")).toString();
            const QDate date = QDate::fromString(dateText, Qt::ISODate);
            if (!date.isValid())
                return Failure{tr("invalid date '%1'").arg(dateText), it.key()};
            days.append(
                {date, o.value(QStringLiteral("title")).toString(), BankHoliday::Source::GovUk});
        }
        std::sort(days.begin(), days.end(),
                  [](const BankHoliday& a, const BankHoliday& b) { return a.date < b.date; });
        list.m_days.insert(*division, days);
    }
    return list;
}

GovUkBankHolidayList GovUkBankHolidayList::bundled()
{
    QFile file(QStringLiteral(":/bank-holidays/govuk-bank-holidays.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    auto parsed = parse(file.readAll());
    return parsed ? parsed.value() : GovUkBankHolidayList{};
}

QList<BankHoliday> GovUkBankHolidayList::holidays(CalendarDivision division) const
{
    return m_days.value(division);
}

int GovUkBankHolidayList::firstYear(CalendarDivision division) const
{
    const auto days = m_days.value(division);
    return days.isEmpty() ? 0 : days.first().date.year();
}

int GovUkBankHolidayList::lastYear(CalendarDivision division) const
{
    const auto days = m_days.value(division);
    return days.isEmpty() ? 0 : days.last().date.year();
}

} // namespace lac
