// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/ImportDate.h"

#include "common/DisplayDate.h"

namespace lac {
namespace {

/// The number in text[from, from + count) when all of it is ASCII digits, else -1.
int digits(QStringView text, qsizetype from, qsizetype count)
{
    int value = 0;
    for (qsizetype i = from; i < from + count; ++i) {
        const QChar c = text.at(i);
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return -1;
        value = value * 10 + (c.unicode() - '0');
    }
    return value;
}

} // namespace

QDate ImportDate::parse(QStringView text)
{
    text = text.trimmed();
    if (text.size() != 10)
        return {};
    int year = -1;
    int month = -1;
    int day = -1;
    if (text.at(2) == QLatin1Char('/') && text.at(5) == QLatin1Char('/')) {
        day = digits(text, 0, 2);
        month = digits(text, 3, 2);
        year = digits(text, 6, 4);
    } else if (text.at(4) == QLatin1Char('-') && text.at(7) == QLatin1Char('-')) {
        year = digits(text, 0, 4);
        month = digits(text, 5, 2);
        day = digits(text, 8, 2);
    } else {
        return {};
    }
    if (year < 1900 || month < 1 || day < 1)
        return {};
    return QDate(year, month, day); // invalid for 31/02 and the like
}

QString ImportDate::display(QDate date)
{
    return displayDate(date);
}

} // namespace lac
