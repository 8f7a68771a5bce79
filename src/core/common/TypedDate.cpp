// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/TypedDate.h"

#include <QLocale>
#include <QRegularExpression>

namespace lac {
namespace {

Failure notADate(const QString& why)
{
    return Failure{why, {}};
}

Result<QDate> fromParts(int day, int month, int year, QStringView typed)
{
    if (year < 1900 || year > 2199)
        return notADate(
            TypedDate::tr("%1: the year must be four digits, 1900 to 2199").arg(typed.toString()));
    if (month < 1 || month > 12)
        return notADate(TypedDate::tr("%1: there is no month %2").arg(typed.toString()).arg(month));
    const QDate first(year, month, 1);
    if (day < 1 || day > first.daysInMonth())
        return notADate(
            TypedDate::tr("%1: %2 has %3 days")
                .arg(typed.toString(), QLocale(QLocale::English, QLocale::UnitedKingdom)
                                           .toString(first, QStringLiteral("MMMM yyyy")))
                .arg(first.daysInMonth()));
    return QDate(year, month, day);
}

} // namespace

Result<QDate> TypedDate::parse(QStringView text)
{
    const QString typed = text.trimmed().toString();
    if (typed.isEmpty())
        return notADate(tr("enter the date as dd/mm/yyyy"));
    static const QRegularExpression dayFirst(
        QStringLiteral(R"(^(\d{1,2})([/.\-])(\d{1,2})\2(\d{4})$)"));
    static const QRegularExpression eightDigits(QStringLiteral(R"(^(\d{2})(\d{2})(\d{4})$)"));
    static const QRegularExpression iso(QStringLiteral(R"(^(\d{4})-(\d{2})-(\d{2})$)"));
    if (const auto m = dayFirst.match(typed); m.hasMatch())
        return fromParts(m.captured(1).toInt(), m.captured(3).toInt(), m.captured(4).toInt(),
                         typed);
    if (const auto m = eightDigits.match(typed); m.hasMatch())
        return fromParts(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt(),
                         typed);
    if (const auto m = iso.match(typed); m.hasMatch())
        return fromParts(m.captured(3).toInt(), m.captured(2).toInt(), m.captured(1).toInt(),
                         typed);
    return notADate(tr("%1 is not a date: type dd/mm/yyyy (for example 14/07/2019)").arg(typed));
}

} // namespace lac
